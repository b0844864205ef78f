"""Round 14 (roles14): the article's stance as a narrative model reads it, crossed with the entity's side, added to
the role model; measured nested on one partition (round 4's folds ``old``, fresh ``roles10`` or ``roles11``).

For each outer fold (held-out articles T):
  * narrative probabilities of T come from a coarse narrative model (narratives.v1's recipe: TF-IDF of 3,000
    unigrams beside the mean sentence vector, one-vs-rest balanced logistic regression, C 2) fitted on every
    English subtask-2 article except T (319 articles, 155 of them without subtask-1 entities);
  * those of the outer training part's articles come from five inner folds (sha1("inner14:" + id) % 5): the model
    fitted on every subtask-2 article except T and except the inner fold, so the role model trains on honest
    (out-of-fold) stance features, as it would meet them at run time;
  * the block's weight W (0 = the shipped model, 0.5, 1, 2) is chosen per variant by grouped 5-fold over the
    outer training part alone (the same inner folds), the variant too (``choice``); T is read only to report.

Variants of the block (side of the entity x stance of the article):
  * ``groups``: side (RUS/BLR, UKR, the West: USA, NATO, EU, European states..., another country or body, none)
    x [1, P(URW), pro-Russia narratives (max P), Overpraising the West, CC criticism of policy and institutions,
    CC criticism of the movement and science (max P each)];
  * ``full``: round 12's block (the country key, those with >= 10 training mentions, x every coarse narrative's P);
  * ``lean``: only the sides of the war (RUS/BLR, UKR, the West) x [P(pro-Russia narratives), P(Overpraising the
    West)], six columns and no side indicator;
  * ``binary``: the same three sides x P(pro-Russia) of one binary classifier of the group (fitted on the URW
    articles of the reader's training set, same features, balanced, C 2): three columns;
  * ``oracle``, ``oracle lean``: ``groups`` and ``lean`` over the gold narratives (ceilings, not deployable; read,
    never chosen).

The entity's side is that of the actors.v1 actor matched to the gold mention (scripts/roles12/e2e_rows.py).
Usage: python scripts/roles14/stance_nested.py ROWS.pkl E2E.pkl PARTITION OUT.pkl [VARIANTS]
(VARIANTS: comma-separated, default groups,full,lean; the nested choice is over these and the shipped model)
"""
from __future__ import annotations

import hashlib
import pickle
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse

sys.path.insert(0, "scripts/roles11")
import folds as F

from spinscope.components.semeval2025 import MAIN_ROLES, stack_features
from spinscope.training import semeval2025 as S

WEIGHTS = (0.5, 1.0, 2.0)
PRO_RUSSIA = ("URW: Discrediting Ukraine", "URW: Praise of Russia", "URW: Russia is the Victim",
              "URW: Blaming the war on others rather than the invader", "URW: Discrediting the West, Diplomacy",
              "URW: Negative Consequences for the West")
PRO_WEST = ("URW: Overpraising the West",)
CC_POLICY = ("CC: Criticism of climate policies", "CC: Criticism of institutions and authorities",
             "CC: Controversy about green technologies", "CC: Hidden plots by secret schemes of powerful groups")
CC_MOVEMENT = ("CC: Criticism of climate movement", "CC: Questioning the measurements and science",
               "CC: Downplaying climate change")
GROUPS = (PRO_RUSSIA, PRO_WEST, CC_POLICY, CC_MOVEMENT)
RUSSIA_SIDE = {"RUS", "BLR"}
WEST = {"USA", "GBR", "DEU", "WST", "NLD", "POL", "CAN", "FRA", "SWE", "FIN", "NOR", "ITA", "EST", "LTU", "LVA",
        "CZE", "ROU", "DNK", "BEL", "ESP", "AUT", "AUS", "JPN"}
SIDES = ("russia", "ukraine", "west", "other", "none")
LEAN_SIDES = ("russia", "ukraine", "west")


def side_of(actor: dict | None) -> str:
    """The entity's side from its actors.v1 actor: Russia's, Ukraine's, the West's, another, or unknown."""
    if actor is None:
        return "none"
    code = actor["code"] or ""
    key = actor["country"] or code[:3]
    if key in RUSSIA_SIDE:
        return "russia"
    if key == "UKR":
        return "ukraine"
    if key in WEST or (key == "IGO" and any(t in code for t in ("NAT", "EU", "WST"))):
        return "west"
    return "other" if key else "none"


def key_of(actor: dict | None) -> str:
    """Round 12's country key (scripts/roles12/stance.py)."""
    return "none" if actor is None else actor["country"] or (actor["code"] or "none")[:3]


def fit_narratives(arts: list, labels: list[str]):
    """Coarse one-vs-rest narrative classifiers on ``arts`` (narratives.v1's features), a predictor of P(label)."""
    texts, dense = S.narrative_rows(arts)
    vec, x = S._fit_features(texts, dense, 1.0, "narratives")
    y = np.array([[n in a.narratives for n in labels] for a in arts], dtype=int)
    keep = y.sum(0) > 0
    ovr = S._ovr(2.0)
    ovr.fit(x, y[:, keep])
    dom = S._logreg(2.0)
    dom.fit(x, ["URW" if "_CC_" not in a.id else "CC" for a in arts])
    urw = np.array(["_CC_" not in a.id for a in arts])
    pro = S._logreg(2.0, "balanced")
    pro.fit(x[urw], [any(n in a.narratives for n in PRO_RUSSIA) for a in arts if "_CC_" not in a.id])

    def predict(others: list) -> np.ndarray:
        t, d = S.narrative_rows(others)
        xo = stack_features({"vectorizer": vec, "dense_weight": 1.0}, t, d)
        out = np.zeros((len(others), len(labels) + 2))
        out[:, :len(labels)][:, keep] = ovr.predict_proba(xo)
        out[:, len(labels)] = dom.predict_proba(xo)[:, list(dom.classes_).index("URW")]
        out[:, -1] = pro.predict_proba(xo)[:, 1]
        return out
    return predict


def grouped(p: np.ndarray, labels: list[str]) -> np.ndarray:
    """[P(URW), max P over each group of GROUPS] of one article's row (label P, then P(URW), P(pro-Russia))."""
    return np.array([p[len(labels)]]
                    + [max((p[labels.index(n)] for n in g if n in labels), default=0.0) for g in GROUPS])


def block(variant: str, sides: list[str], keys: list[str], probs: list[np.ndarray], labels: list[str],
          keyset: list[str]) -> np.ndarray:
    """The side x stance columns of each row (one-hot of the side or key, and its stance values)."""
    out = []
    for s, k, p in zip(sides, keys, probs, strict=True):
        if variant == "full":
            st, cats, c = p[:len(labels)], [*keyset, "other"], (k if k in keyset else "other")
        elif variant in ("lean", "binary"):
            g = grouped(p, labels)[1:3] if variant == "lean" else p[-1:]
            out.append(np.kron(np.eye(len(LEAN_SIDES))[LEAN_SIDES.index(s)], g) if s in LEAN_SIDES
                       else np.zeros(len(LEAN_SIDES) * len(g)))
            continue
        else:
            st, cats, c = grouped(p, labels), list(SIDES), s
        v = np.zeros(len(cats) * (len(st) + 1))
        j = cats.index(c) * (len(st) + 1)
        v[j] = 1.0
        v[j + 1:j + 1 + len(st)] = st
        out.append(v)
    return np.array(out)


@dataclass
class Data:
    """The role rows and, per mention, its gold role, article, side and country key; the narrative labels."""

    rows: Any
    mentions: list
    gold: np.ndarray
    arts: list[str]
    sides: list[str]
    keys: list[str]
    labels: list[str]


def split(data: Data, fit_idx: np.ndarray, pred_idx: np.ndarray, cfgs: list[tuple[str | None, float]],
          table: dict[str, np.ndarray], keyset: list[str]) -> dict[tuple[str | None, float], np.ndarray]:
    """Predicted main roles on ``pred_idx`` of the recipe fitted on ``fit_idx``, for each (variant, weight): the
    shipped features (variant None) or them beside the block of the stance in ``table`` times the weight."""
    rows, mentions = data.rows, data.mentions
    b = S.fit_roles(rows.take(list(fit_idx)), [mentions[i] for i in fit_idx], F.PARAMS, fine=False).bundle
    base = {}
    for name, idx in (("fit", fit_idx), ("pred", pred_idx)):
        r = rows.take(list(idx))
        base[name] = stack_features(b, r.lexical, np.stack(r.dense), r.context, np.stack(r.numbers))

    def x(name: str, idx: np.ndarray, variant: str | None, w: float) -> Any:
        if variant is None:
            return base[name]
        blk = block(variant, [data.sides[i] for i in idx], [data.keys[i] for i in idx],
                    [table[data.arts[i]] for i in idx], data.labels, keyset)
        return sparse.hstack([base[name], sparse.csr_matrix(blk * w)]).tocsr()
    found = {}
    for v, w in cfgs:
        lr = S._logreg(1.0)
        lr.fit(x("fit", fit_idx, v, w), [mentions[i].main for i in fit_idx])
        found[(v, w)] = np.array(lr.classes_)[lr.predict_proba(x("pred", pred_idx, v, w)).argmax(1)]
    return found


def stance_table(narr_arts: list, arts_t: dict, labels: list[str], test: list[str], train: list[str],
                 inner: dict[str, int]) -> dict[str, np.ndarray]:
    """Reader rows of the held-out articles (reader fitted on the subtask-2 articles less them) and of the training
    part's (each inner fold's by a reader fitted on the subtask-2 articles less the held-out ones less that fold)."""
    pool = [a for a in narr_arts if a.id not in set(test)]
    probs = dict(zip(test, fit_narratives(pool, labels)([arts_t[a] for a in test]), strict=True))
    for k in range(5):
        held = [a for a in train if inner[a] == k]
        fit = fit_narratives([a for a in pool if a.id not in set(held)], labels)
        probs.update(zip(held, fit([arts_t[a] for a in held]), strict=True))
    return probs


def load(rows_path: str, e2e_path: str) -> tuple[Data, dict, list]:
    """The rows, the sides of the matched actors, every task article and those with subtask-2 labels (embedded)."""
    with open(rows_path, "rb") as f:
        d = pickle.load(f)
    with open(e2e_path, "rb") as f:
        e2e = pickle.load(f)
    mentions = d["mentions"]
    assert [(m.article, m.start) for m in mentions] == [(m.article, m.start) for m in e2e["mentions"]]
    actors = [e2e["actors"][m.article][x] if x is not None else None
              for m, x in zip(mentions, e2e["match"], strict=True)]
    arts_t, _ = S.load_task(Path("/work/shared/data"))
    narr_arts = [a for a in arts_t.values() if a.narratives]
    S.embed(narr_arts, cache=Path("/tmp/semeval2025-cache"), progress=lambda s: None)
    labels = sorted({n for a in narr_arts for n in a.narratives} - {"Other"})
    data = Data(d["rows"], mentions, np.array([m.main for m in mentions]), [m.article for m in mentions],
                [side_of(a) for a in actors], [key_of(a) for a in actors], labels)
    return data, arts_t, narr_arts


def main() -> None:
    rows_path, e2e_path, part, out_path = sys.argv[1:5]
    variants = tuple(sys.argv[5].split(",")) if len(sys.argv) > 5 else ("groups", "full", "lean")
    data, arts_t, narr_arts = load(rows_path, e2e_path)
    arts, gold, labels = data.arts, data.gold, data.labels
    inner = {a: int(hashlib.sha1(f"inner14:{a}".encode()).hexdigest(), 16) % 5 for a in set(arts)}
    oracle = {a.id: np.array([float(n in a.narratives) for n in labels] + [float("_CC_" not in a.id)]
                             + [float(any(n in a.narratives for n in PRO_RUSSIA))]) for a in narr_arts}
    names = ["base", "oracle", "oracle lean", "choice", *[f"{v} {w}" for v in variants for w in WEIGHTS], *variants]
    pred = {v: np.full(len(arts), "", dtype=object) for v in names}
    configs: list[tuple[str | None, float]] = [(None, 0.0)] + [(v, w) for v in variants for w in WEIGHTS]
    chosen: list[str] = []
    stance_probs: dict[str, np.ndarray] = {}
    t0 = time.time()
    for fold_no, (tr, te) in enumerate(F.partitions(arts)[part]):
        test_arts = sorted({arts[i] for i in te})
        probs = stance_table(narr_arts, arts_t, labels, test_arts, sorted({arts[i] for i in tr}), inner)
        stance_probs.update({a: probs[a] for a in test_arts})
        keyset = sorted(k for k, n in Counter(data.keys[i] for i in tr).items() if n >= 10 and k != "none")
        hits: Counter = Counter()
        for k in range(5):
            itr = np.array([i for i in tr if inner[arts[i]] != k])
            ite = np.array([i for i in tr if inner[arts[i]] == k])
            for c, p in split(data, itr, ite, configs, probs, keyset).items():
                hits[c] += int((p == gold[ite]).sum())
        inner_acc = {c: hits[c] / len(tr) for c in configs}
        outer = split(data, tr, te, configs, probs, keyset)
        pred["base"][te] = outer[(None, 0.0)]
        for v in variants:
            for w in WEIGHTS:
                pred[f"{v} {w}"][te] = outer[(v, w)]
            own = [(None, 0.0)] + [(v, w) for w in WEIGHTS]
            pred[v][te] = outer[max(own, key=lambda c: (inner_acc[c], c[0] is None))]
        best = max(configs, key=lambda c: (inner_acc[c], c[0] is None))
        pred["choice"][te] = outer[best]
        chosen.append(f"{best[0]} {best[1]}")
        ceil = split(data, tr, te, [("groups", 1.0), ("lean", 1.0)], oracle, keyset)
        pred["oracle"][te], pred["oracle lean"][te] = ceil[("groups", 1.0)], ceil[("lean", 1.0)]
        print(f"{part} fold {fold_no}: inner {({f'{c[0]} {c[1]}': round(a, 4) for c, a in inner_acc.items()})} "
              f"chosen {chosen[-1]} ({time.time() - t0:.0f} s)", flush=True)
    for name, p in pred.items():
        conf = [[int(((gold == g) & (p == q)).sum()) for q in MAIN_ROLES] for g in MAIN_ROLES]
        print(f"{part} {name}: {np.mean(p == gold):.4f} confusion {conf}", flush=True)
    print(f"{part} chosen per outer fold: {chosen}")
    with open(out_path, "wb") as f:
        pickle.dump({"pred": pred, "chosen": chosen, "stance": stance_probs, "labels": labels}, f)


if __name__ == "__main__":
    main()
