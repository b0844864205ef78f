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
  * ``oracle``, ``oracle lean``: ``groups`` and ``lean`` over the gold narratives (ceilings, not deployable; read,
    never chosen).

The entity's side is that of the actors.v1 actor matched to the gold mention (scripts/roles12/e2e_rows.py).
Usage: python scripts/roles14/stance_nested.py ROWS.pkl E2E.pkl PARTITION OUT.pkl
"""
from __future__ import annotations

import hashlib
import pickle
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse

sys.path.insert(0, "scripts/roles11")
import folds as F  # noqa: E402

from spinscope.components.semeval2025 import MAIN_ROLES, stack_features  # noqa: E402
from spinscope.training import semeval2025 as S  # noqa: E402

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
    dom.fit(x, ["URW" if "_UA_" in a.id or "_RU_" in a.id else "CC" for a in arts])

    def predict(others: list) -> np.ndarray:
        t, d = S.narrative_rows(others)
        xo = stack_features({"vectorizer": vec, "dense_weight": 1.0}, t, d)
        out = np.zeros((len(others), len(labels) + 1))
        out[:, :-1][:, keep] = ovr.predict_proba(xo)
        out[:, -1] = dom.predict_proba(xo)[:, list(dom.classes_).index("URW")]
        return out
    return predict


def grouped(p: np.ndarray, labels: list[str]) -> np.ndarray:
    """[P(URW), max P over each group of GROUPS] of one article's label probabilities (last column P(URW))."""
    return np.array([p[-1]] + [max((p[labels.index(n)] for n in g if n in labels), default=0.0) for g in GROUPS])


def block(variant: str, sides: list[str], keys: list[str], probs: list[np.ndarray], labels: list[str],
          keyset: list[str]) -> np.ndarray:
    """The side x stance columns of each row (one-hot of the side or key, and its stance values)."""
    out = []
    for s, k, p in zip(sides, keys, probs):
        if variant == "full":
            st, cats, c = p[:-1], keyset + ["other"], (k if k in keyset else "other")
        elif variant == "lean":
            g = grouped(p, labels)
            if s in LEAN_SIDES:
                out.append(np.kron(np.eye(len(LEAN_SIDES))[LEAN_SIDES.index(s)], g[1:3]))
            else:
                out.append(np.zeros(2 * len(LEAN_SIDES)))
            continue
        else:
            st, cats, c = grouped(p, labels), list(SIDES), s
        v = np.zeros(len(cats) * (len(st) + 1))
        j = cats.index(c) * (len(st) + 1)
        v[j] = 1.0
        v[j + 1:j + 1 + len(st)] = st
        out.append(v)
    return np.array(out)


def main() -> None:
    rows_path, e2e_path, part, out_path = sys.argv[1:5]
    d = pickle.load(open(rows_path, "rb"))
    e2e = pickle.load(open(e2e_path, "rb"))
    rows, mentions = d["rows"], d["mentions"]
    assert [(m.article, m.start) for m in mentions] == [(m.article, m.start) for m in e2e["mentions"]]
    actors = [e2e["actors"][m.article][x] if x is not None else None for m, x in zip(mentions, e2e["match"])]
    sides, keys = [side_of(a) for a in actors], [key_of(a) for a in actors]
    arts_t, _ = S.load_task(Path("/work/shared/data"))
    narr_arts = [a for a in arts_t.values() if a.narratives]
    S.embed(narr_arts, cache=Path("/tmp/semeval2025-cache"), progress=lambda s: None)
    labels = sorted({n for a in narr_arts for n in a.narratives} - {"Other"})
    gold = np.array([m.main for m in mentions])
    arts = [m.article for m in mentions]
    inner = {a: int(hashlib.sha1(f"inner14:{a}".encode()).hexdigest(), 16) % 5 for a in set(arts)}
    oracle = {a.id: np.array([float(n in a.narratives) for n in labels] + [float("_CC_" not in a.id)])
              for a in narr_arts}
    variants = ("groups", "full", "lean")
    pred = {v: np.full(len(mentions), "", dtype=object) for v in
            ["base", "oracle", "oracle lean", "choice"] + [f"{v} {w}" for v in variants for w in WEIGHTS] + list(variants)}
    chosen: list[str] = []
    stance_probs: dict[str, np.ndarray] = {}
    t0 = time.time()
    for fold_no, (tr, te) in enumerate(F.partitions(arts)[part]):
        test = {arts[i] for i in te}
        pool = [a for a in narr_arts if a.id not in test]
        probs: dict[str, np.ndarray] = {}
        test_arts = sorted(test)
        for a, p in zip(test_arts, fit_narratives(pool, labels)([arts_t[a] for a in test_arts])):
            probs[a] = p
        train_arts = sorted({arts[i] for i in tr})
        for k in range(5):
            held = [a for a in train_arts if inner[a] == k]
            fit = fit_narratives([a for a in pool if a.id not in set(held)], labels)
            for a, p in zip(held, fit([arts_t[a] for a in held])):
                probs[a] = p
        stance_probs.update({a: probs[a] for a in test_arts})
        keyset = sorted(k for k, n in Counter(keys[i] for i in tr).items() if n >= 10 and k != "none")

        def split(fit_idx: np.ndarray, pred_idx: np.ndarray, cfgs: list, table: dict[str, np.ndarray]) -> dict:
            """Predictions on ``pred_idx`` of the recipe fitted on ``fit_idx``, for each (variant, weight)."""
            b = S.fit_roles(rows.take(list(fit_idx)), [mentions[i] for i in fit_idx], F.PARAMS, fine=False).bundle
            xs = {}
            for idx in (fit_idx, pred_idx):
                r = rows.take(list(idx))
                xs[id(idx)] = stack_features(b, r.lexical, np.stack(r.dense), r.context, np.stack(r.numbers))
            found = {}
            for v, w in cfgs:
                def x(idx: np.ndarray):
                    if v is None:
                        return xs[id(idx)]
                    blk = block(v, [sides[i] for i in idx], [keys[i] for i in idx],
                                [table[arts[i]] for i in idx], labels, keyset)
                    return sparse.hstack([xs[id(idx)], sparse.csr_matrix(blk * w)]).tocsr()
                lr = S._logreg(1.0)
                lr.fit(x(fit_idx), [mentions[i].main for i in fit_idx])
                found[(v, w)] = np.array(lr.classes_)[lr.predict_proba(x(pred_idx)).argmax(1)]
            return found

        configs = [(None, 0.0)] + [(v, w) for v in variants for w in WEIGHTS]
        hits = Counter()
        for k in range(5):
            itr = np.array([i for i in tr if inner[arts[i]] != k])
            ite = np.array([i for i in tr if inner[arts[i]] == k])
            for c, p in split(itr, ite, configs, probs).items():
                hits[c] += int((p == gold[ite]).sum())
        inner_acc = {c: hits[c] / len(tr) for c in configs}
        outer = split(tr, te, configs, probs)
        pred["base"][te] = outer[(None, 0.0)]
        for v in variants:
            for w in WEIGHTS:
                pred[f"{v} {w}"][te] = outer[(v, w)]
            best = max([(None, 0.0)] + [(v, w) for w in WEIGHTS], key=lambda c: (inner_acc[c], c[0] is None))
            pred[v][te] = outer[best]
        best = max(configs, key=lambda c: (inner_acc[c], c[0] is None))
        pred["choice"][te] = outer[best]
        chosen.append(f"{best[0]} {best[1]}")
        ceil = split(tr, te, [("groups", 1.0), ("lean", 1.0)], oracle)
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
