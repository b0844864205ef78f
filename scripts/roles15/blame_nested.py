"""Round 15 (roles15): readers aimed at the role rather than at the narrative labels, each added to the role model as
a block of columns times a weight W and measured nested on one partition (round 4's folds ``old``, fresh
``roles10`` or ``roles11``), with round 14's protocol (scripts/roles14/stance_nested.py).

Blocks:
  * ``sides``: who the article blames and praises, from role_context's side numbers of every actors.v1 actor of the
    article (scripts/roles12/e2e_rows.py): for Russia's side (RUS, BLR) and for Ukraine's and the West's together,
    log(1 + mentions), log(1 + the count of mentions that do harm), that undergo harm or suffer (patient of harm,
    sufferer, victim noun), that help, that are helped, and the mean sentence tone (positive - negative). Crossed
    with the entity's side (Russia's, Ukraine's, the West's: the actor matched to the gold mention): own side's
    profile and the opposing side's, 3 x 12 columns. No fitting: the same in every fold.
  * ``net``: the same reading in 6 columns: side one-hot x [opposing side's harm - own side's harm, own side's
    suffering - opposing side's], each a share of the article's actor mentions.
  * ``netz``: ``net`` with each column scaled to unit standard deviation over the 560 mentions (a second run, after
    the first showed ``net``'s shares too small for W up to 2 to move a prediction).
  * ``xvec``, ``xtfidf`` (third run): side x the article's mean sentence vector (3 x 384), side x the article's
    TF-IDF (3 x 3,000): the stance read on the role labels directly, by the role model.
  * ``sent``: an entity-level reader: a head (balanced logistic regression, C 1) over the MiniLM vector of each
    sentence that mentions the entity (training's surface mentions), trained on the mentions' main roles (each
    mention's sentences weigh 1 in all) inside the fold; per entity the mean, max and share (argmax) of its
    sentences' P, and the P of the mention's own sentence: 12 columns.
  * ``others``: who the article blames, read by the role model itself: the recipe fitted inside the fold casts every
    other actor of the article on Russia's side and on Ukraine's or the West's (analyze's rows); per group the
    mention-weighted mean P of the three roles, own group's and opposing group's, crossed with the side: 3 x 6.
  * ``sentfine`` (fourth run): ``sent``'s head with the fine roles as targets (a mention's first fine role where
    it has at least FINE_MIN training mentions, else its main role); per entity the mean and max of its sentences'
    P over every label: 2 x 25 columns.
  * ``fine``: the fine roles as auxiliary targets: the shipped recipe's fine-role classifiers (`fit_roles(fine=True)`)
    fitted inside the fold; their probabilities are the block.

Supervised blocks (``sent``, ``sentfine``, ``others``, ``fine``) are cross-fitted: the outer training part's rows
get them from five inner folds (sha1("inner15:" + id) % 5), the held-out rows from the reader fitted on the whole
training part. W in {0 (shipped), 0.5, 1, 2} and the block are chosen by grouped 5-fold over the outer training
part (the same inner folds; as in round 14 an inner training row's block comes from a reader that saw the inner
held-out fold's labels, never the outer held-out articles'). The held-out articles are read only to report.

Usage: python scripts/roles15/blame_nested.py ROWS.pkl E2E.pkl PARTITION OUT.pkl [VARIANTS]
(VARIANTS: comma-separated, default sides,net,sent,fine; the nested choice is over these and the shipped model)
"""
from __future__ import annotations

import hashlib
import pickle
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse

sys.path.insert(0, "scripts/roles11")
sys.path.insert(0, "scripts/roles14")
import folds as F
import stance_nested as N

from spinscope.components.role_context import NUMERIC_NAMES
from spinscope.components.semeval2025 import FINE_ROLES, MAIN_ROLES, sentence_index, stack_features, surface_mentions
from spinscope.training import semeval2025 as S

WEIGHTS = (0.5, 1.0, 2.0)
DATA = Path("/work/shared/data")
CACHE = Path("/tmp/semeval2025-cache")
LEAN_SIDES = N.LEAN_SIDES
_AT = {n: i for i, n in enumerate(NUMERIC_NAMES)}
MEAN0 = len(NUMERIC_NAMES)  # the mean numbers over all mentions start here in an entity_context row
SUFFER = ("harm_patient", "sufferer", "victim_noun")
FINE_MIN = 10  # ``sentfine``: a fine role is its own target with at least this many training mentions


def actor_counts(e2e: dict, aid: str) -> dict[str, np.ndarray]:
    """Per side group ('russia', 'opposed': Ukraine's and the West's), the summed counts over the article's actors:
    [mentions, harm done, harm undergone or suffering, help given, help received, sum of sentence tone]."""
    out = {"russia": np.zeros(6), "opposed": np.zeros(6)}
    for i, actor in enumerate(e2e["actors"][aid]):
        rows = e2e["rows"]["actor"].get((aid, i))
        side = N.side_of(actor)
        if rows is None or side not in LEAN_SIDES:
            continue
        vec = rows.numbers[0]
        n = float(np.expm1(vec[-1]))
        mean = vec[MEAN0:MEAN0 + len(NUMERIC_NAMES)]
        tone = mean[_AT["sentence_positive"]] - mean[_AT["sentence_negative"]]
        vals = [1.0, mean[_AT["harm_agent"]], sum(mean[_AT[k]] for k in SUFFER), mean[_AT["help_agent"]],
                mean[_AT["help_patient"]], tone]
        out["russia" if side == "russia" else "opposed"] += n * np.array(vals)
    return out


def profile(c: np.ndarray) -> np.ndarray:
    """One side group's reading: log counts of mentions and deeds, and its mean sentence tone."""
    return np.array([*np.log1p(c[:5]), c[5] / max(c[0], 1.0)])


def sides_block(side: str, counts: dict[str, np.ndarray], variant: str) -> np.ndarray:
    """The ``sides`` (3 x 12) or ``net`` (3 x 2) columns of one mention whose entity is on ``side``."""
    width = 12 if variant == "sides" else 2
    out = np.zeros(len(LEAN_SIDES) * width)
    if side not in LEAN_SIDES:
        return out
    own, opp = (("russia", "opposed") if side == "russia" else ("opposed", "russia"))
    if variant == "sides":
        vals = np.concatenate([profile(counts[own]), profile(counts[opp])])
    else:
        total = max(counts["russia"][0] + counts["opposed"][0], 1.0)
        vals = np.array([counts[opp][1] - counts[own][1], counts[own][2] - counts[opp][2]]) / total
    j = LEAN_SIDES.index(side) * width
    out[j:j + width] = vals
    return out


def crossed(articles: dict, mentions: list, sides: list[str]) -> dict[str, Any]:
    """``xvec`` and ``xtfidf``: the entity's side (Russia's, Ukraine's, the West's) x the article's mean sentence
    vector, and x the article's TF-IDF (unigrams and bigrams, min_df 3, at most 3,000; fitted on the texts alone),
    so the role model learns on the role labels themselves which article content turns a side's role."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    ids = sorted({m.article for m in mentions})
    tfidf = TfidfVectorizer(ngram_range=(1, 2), min_df=3, max_features=3000, sublinear_tf=True)
    x = tfidf.fit_transform([articles[a].text for a in ids])
    row = {a: i for i, a in enumerate(ids)}
    out: dict[str, Any] = {}
    for name, feats in (("xvec", sparse.csr_matrix(np.array([articles[a].vectors.mean(0) for a in ids]))),
                        ("xtfidf", x.tocsr())):
        blocks = []
        for m, s in zip(mentions, sides, strict=True):
            onehot = np.zeros((1, len(LEAN_SIDES)))
            if s in LEAN_SIDES:
                onehot[0, LEAN_SIDES.index(s)] = 1.0
            blocks.append(sparse.kron(onehot, feats[row[m.article]]))
        out[name] = sparse.vstack(blocks).tocsr()
    return out


@dataclass
class Data:
    """The role rows, per mention its gold role, article, side and entity sentences (indices), and the articles."""

    rows: Any
    mentions: list
    gold: np.ndarray
    arts: list[str]
    sides: list[str]
    sentences: list[tuple[list[int], int]]
    articles: dict
    fixed: dict[str, Any]
    actors: dict[str, list[tuple[int, str, float, Any]]]
    match: list[int | None]


def load(rows_path: str, e2e_path: str) -> Data:
    """Rows and mentions, the matched actors' sides, the article readings, each mention's entity sentences."""
    with open(rows_path, "rb") as f:
        d = pickle.load(f)
    with open(e2e_path, "rb") as f:
        e2e = pickle.load(f)
    mentions = d["mentions"]
    assert [(m.article, m.start) for m in mentions] == [(m.article, m.start) for m in e2e["mentions"]]
    actors = [e2e["actors"][m.article][x] if x is not None else None
              for m, x in zip(mentions, e2e["match"], strict=True)]
    articles, _ = S.load_task(DATA)
    S.embed([articles[a] for a in sorted({m.article for m in mentions})], cache=CACHE, progress=lambda s: None)
    sides = [N.side_of(a) for a in actors]
    counts = {a: actor_counts(e2e, a) for a in {m.article for m in mentions}}
    fixed = {v: np.array([sides_block(s, counts[m.article], v) for s, m in zip(sides, mentions, strict=True)])
             for v in ("sides", "net")}
    fixed.update(crossed(articles, mentions, sides))
    sd = fixed["net"].std(axis=0)
    fixed["netz"] = fixed["net"] / np.where(sd > 0, sd, 1.0)  # ``net`` at unit scale (second run)
    sents = []
    for m in mentions:
        art = articles[m.article]
        own = sentence_index(art.sentences, m.start)
        idx = sorted({sentence_index(art.sentences, s) for s, _ in surface_mentions(art.text, m.start, m.end)}
                     | {own})
        sents.append((idx, own))
    side_actors = {a: [(i, N.side_of(x), float(len(x["mentions"])), e2e["rows"]["actor"][(a, i)])
                       for i, x in enumerate(e2e["actors"][a])
                       if N.side_of(x) in LEAN_SIDES and (a, i) in e2e["rows"]["actor"]] for a in counts}
    return Data(d["rows"], mentions, np.array([m.main for m in mentions]), [m.article for m in mentions], sides,
                sents, articles, fixed, side_actors, list(e2e["match"]))


def fit_sentence_head(data: Data, fit_idx: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
    """The ``sent`` reader fitted on ``fit_idx``'s mentions; returns the block of given mentions."""
    xs, ys, ws = [], [], []
    for i in fit_idx:
        idx, _ = data.sentences[i]
        vec = data.articles[data.arts[i]].vectors
        xs.append(vec[idx])
        ys += [data.gold[i]] * len(idx)
        ws += [1.0 / len(idx)] * len(idx)
    head = S._logreg(1.0, "balanced")
    head.fit(np.vstack(xs), ys, sample_weight=np.array(ws))
    order = [list(head.classes_).index(r) for r in MAIN_ROLES]

    def read(idx_rows: np.ndarray) -> np.ndarray:
        out = []
        for i in idx_rows:
            idx, own = data.sentences[i]
            vec = data.articles[data.arts[i]].vectors
            p = head.predict_proba(vec[idx])[:, order]
            share = np.bincount(p.argmax(1), minlength=3) / len(idx)
            own_p = p[idx.index(own)]
            out.append(np.concatenate([p.mean(0), p.max(0), share, own_p]))
        return np.array(out)
    return read


def fit_sentence_fine(data: Data, fit_idx: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
    """The ``sentfine`` reader: ``sent``'s head with the fine roles as its targets (blame, praise, victimhood: a
    mention's first fine role where it has at least FINE_MIN training mentions, else its main role); per entity the
    mean and max of its sentences' P."""
    first = [data.mentions[i].fine[0] if data.mentions[i].fine else data.gold[i] for i in range(len(data.arts))]
    common = {f for f in (first[i] for i in fit_idx) if sum(first[j] == f for j in fit_idx) >= FINE_MIN}
    target = [f if f in common else data.gold[i] for i, f in enumerate(first)]
    xs, ys, ws = [], [], []
    for i in fit_idx:
        idx, _ = data.sentences[i]
        xs.append(data.articles[data.arts[i]].vectors[idx])
        ys += [target[i]] * len(idx)
        ws += [1.0 / len(idx)] * len(idx)
    head = S._logreg(1.0, "balanced")
    head.fit(np.vstack(xs), ys, sample_weight=np.array(ws))
    labels = sorted(set(MAIN_ROLES) | {f for fs in FINE_ROLES.values() for f in fs})
    order = [labels.index(c) for c in head.classes_]

    def read(idx_rows: np.ndarray) -> np.ndarray:
        out = np.zeros((len(idx_rows), 2 * len(labels)))
        for r, i in enumerate(idx_rows):
            idx, _ = data.sentences[i]
            p = head.predict_proba(data.articles[data.arts[i]].vectors[idx])
            out[r, order] = p.mean(0)
            out[r, [len(labels) + j for j in order]] = p.max(0)
        return out
    return read


def fit_fine(data: Data, fit_idx: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
    """The ``fine`` reader: the recipe's fine-role classifiers fitted on ``fit_idx``, over every fine role label."""
    b = S.fit_roles(data.rows.take(list(fit_idx)), [data.mentions[i] for i in fit_idx], F.PARAMS, fine=True).bundle
    labels = sorted({f for m in data.mentions for f in m.fine})

    def read(idx_rows: np.ndarray) -> np.ndarray:
        r = data.rows.take(list(idx_rows))
        x = stack_features(b, r.lexical, np.stack(r.dense), r.context, np.stack(r.numbers))
        p = b["fine"].predict_proba(x)
        out = np.zeros((len(idx_rows), len(labels)))
        for j, f in enumerate(b["fine_labels"]):
            out[:, labels.index(f)] = p[:, j]
        return out
    return read


def fit_others(data: Data, fit_idx: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
    """The ``others`` reader: the recipe fitted on ``fit_idx`` casts every other actor of the article on Russia's
    side and on Ukraine's or the West's (analyze's rows: the mean P over its first mentions); per side group the
    mention-weighted mean P of the three roles, crossed with the entity's side (own group's, opposing group's)."""
    b = S.fit_roles(data.rows.take(list(fit_idx)), [data.mentions[i] for i in fit_idx], F.PARAMS, fine=False).bundle
    cache: dict[str, list[tuple[int, str, float, np.ndarray]]] = {}

    def cast(aid: str) -> list[tuple[int, str, float, np.ndarray]]:
        if aid not in cache:
            cache[aid] = [(i, "russia" if s == "russia" else "opposed", n, S._main_proba(b, r).mean(0))
                          for i, s, n, r in data.actors[aid]]
        return cache[aid]

    def read(idx_rows: np.ndarray) -> np.ndarray:
        out = np.zeros((len(idx_rows), len(LEAN_SIDES) * 6))
        for r, i in enumerate(idx_rows):
            side = data.sides[i]
            if side not in LEAN_SIDES:
                continue
            own = "russia" if side == "russia" else "opposed"
            vals = []
            for group in (own, "opposed" if own == "russia" else "russia"):
                got = [(n, p) for j, g, n, p in cast(data.arts[i]) if g == group and j != data.match[i]]
                weight = sum(n for n, _ in got)
                vals.append(sum(n * p for n, p in got) / weight if weight else np.zeros(3))
            j = LEAN_SIDES.index(side) * 6
            out[r, j:j + 6] = np.concatenate(vals)
        return out
    return read


READERS = {"sent": fit_sentence_head, "sentfine": fit_sentence_fine, "fine": fit_fine, "others": fit_others}


def supervised_table(data: Data, variant: str, tr: np.ndarray, te: np.ndarray, inner: np.ndarray) -> np.ndarray:
    """The block of every mention: held-out rows by the reader fitted on ``tr``, ``tr`` rows out of inner fold."""
    table = np.zeros((len(data.arts), 0))
    parts = [(tr, te)] + [(tr[inner[tr] != k], tr[inner[tr] == k]) for k in range(5)]
    for fit_idx, pred_idx in parts:
        blk = READERS[variant](data, fit_idx)(pred_idx)
        if table.shape[1] == 0:
            table = np.zeros((len(data.arts), blk.shape[1]))
        table[pred_idx] = blk
    return table


def split(data: Data, fit_idx: np.ndarray, pred_idx: np.ndarray, cfgs: list[tuple[str | None, float]],
          tables: dict[str, np.ndarray]) -> dict[tuple[str | None, float], np.ndarray]:
    """Predicted main roles on ``pred_idx`` of the recipe fitted on ``fit_idx``, for each (variant, weight)."""
    rows, mentions = data.rows, data.mentions
    b = S.fit_roles(rows.take(list(fit_idx)), [mentions[i] for i in fit_idx], F.PARAMS, fine=False).bundle
    base = {}
    for name, idx in (("fit", fit_idx), ("pred", pred_idx)):
        r = rows.take(list(idx))
        base[name] = stack_features(b, r.lexical, np.stack(r.dense), r.context, np.stack(r.numbers))

    def x(name: str, idx: np.ndarray, variant: str | None, w: float) -> Any:
        if variant is None:
            return base[name]
        return sparse.hstack([base[name], sparse.csr_matrix(tables[variant][idx]) * w]).tocsr()
    found = {}
    for v, w in cfgs:
        lr = S._logreg(1.0)
        lr.fit(x("fit", fit_idx, v, w), [mentions[i].main for i in fit_idx])
        found[(v, w)] = np.array(lr.classes_)[lr.predict_proba(x("pred", pred_idx, v, w)).argmax(1)]
    return found


def main() -> None:
    rows_path, e2e_path, part, out_path = sys.argv[1:5]
    variants = tuple(sys.argv[5].split(",")) if len(sys.argv) > 5 else ("sides", "net", "sent", "fine")
    data = load(rows_path, e2e_path)
    arts, gold = data.arts, data.gold
    inner = np.array([int(hashlib.sha1(f"inner15:{a}".encode()).hexdigest(), 16) % 5 for a in arts])
    names = ["base", "choice", *[f"{v} {w}" for v in variants for w in WEIGHTS], *variants]
    pred = {v: np.full(len(arts), "", dtype=object) for v in names}
    configs: list[tuple[str | None, float]] = [(None, 0.0)] + [(v, w) for v in variants for w in WEIGHTS]
    chosen: list[str] = []
    t0 = time.time()
    for fold_no, (tr, te) in enumerate(F.partitions(arts)[part]):
        tables = {v: data.fixed[v] if v in data.fixed else supervised_table(data, v, tr, te, inner)
                  for v in variants}
        hits: dict[tuple[str | None, float], int] = dict.fromkeys(configs, 0)
        for k in range(5):
            itr, ite = tr[inner[tr] != k], tr[inner[tr] == k]
            for c, p in split(data, itr, ite, configs, tables).items():
                hits[c] += int((p == gold[ite]).sum())
        inner_acc = {c: hits[c] / len(tr) for c in configs}
        outer = split(data, tr, te, configs, tables)
        pred["base"][te] = outer[(None, 0.0)]
        for v in variants:
            for w in WEIGHTS:
                pred[f"{v} {w}"][te] = outer[(v, w)]
            own = [(None, 0.0)] + [(v, w) for w in WEIGHTS]
            pred[v][te] = outer[max(own, key=lambda c: (inner_acc[c], c[0] is None))]
        best = max(configs, key=lambda c: (inner_acc[c], c[0] is None))
        pred["choice"][te] = outer[best]
        chosen.append(f"{best[0]} {best[1]}")
        print(f"{part} fold {fold_no}: inner {({f'{c[0]} {c[1]}': round(a, 4) for c, a in inner_acc.items()})} "
              f"chosen {chosen[-1]} ({time.time() - t0:.0f} s)", flush=True)
    for name, p in pred.items():
        conf = [[int(((gold == g) & (p == q)).sum()) for q in MAIN_ROLES] for g in MAIN_ROLES]
        print(f"{part} {name}: {np.mean(p == gold):.4f} confusion {conf}", flush=True)
    print(f"{part} chosen per outer fold: {chosen}")
    with open(out_path, "wb") as f:
        pickle.dump({"pred": pred, "chosen": chosen}, f)


if __name__ == "__main__":
    main()
