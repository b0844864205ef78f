"""Round 17 (docs/EVALUATION.md, "Techniques, round 17"): does a per-technique *sentence* head, trained on the
gold spans, make the paragraph head better? Round 16's next step (2).

    python scripts/tech17/sentence_pool.py --scores /tmp/tech16/val_scores.pkl \
        --train-vectors /tmp/tech16/train_sent.npz --val-vectors /tmp/tech16/val_sent.npz [--salt S] [--choose-only]

Sentence head: one logistic regression per technique over a sentence's frozen MiniLM vector, its paragraph's mean
and the article's mean (1,152 features), gold 1 where a gold span of the technique covers at least 3 characters
of the sentence; trained on the 359 training articles. Paragraph head v2: the shipped paragraph head's features
(:func:`~spinscope.components.persuasion_paragraphs.paragraph_features`) plus, per technique, the max and the mean
over the paragraph's sentences of the sentence head's probability (logits; 46 more features), trained on the same
articles with out-of-fold sentence probabilities (grouped 5-fold by article), the full sentence head applied to
the validation articles.

Step 1, on the training articles only (the 87 validation articles are not read): the sentence head's C fixed at
0.001 (round 15's range; a grid of three took 40 s a fit, too slow for the shared machine) and the v2 head's C
(0.003 as shipped, or 0.001 / 0.01), chosen by the v2 head's out-of-fold paragraph log-loss summed over the
techniques (grouped 5-fold; the sentence probabilities of each outer fold's training part are out-of-fold in
3 inner folds); the shipped head's figure printed beside it. If v2 does not beat the shipped head's log-loss
there, stop.

Run on 2026-12-03: step 1 was stopped after 5 min (the shared machine gave it a third of a core, so it would
have taken an hour) and not read; step 2 ran with the fixed choice ``--choice 0.001,0.003`` (sentence C 0.001,
paragraph C 0.003 as shipped), so nothing in it was chosen on any article.

Step 2, the deciding run: the v2 head's probabilities replace the shipped head's in the shipped rule (blend 0.5
into the techniques whose tagger F1 on the fitting half is under 0.3, thresholds refitted on the blend for those,
the tagger's for the others), scored nested on the 87 validation articles as rounds 9-16. **Decision rule**
(written before step 2 ran): adopt v2 if its nested micro-F1 gain over the shipped head, the mean of the two
splits of rounds 5-16, is at least +0.003 with the paired bootstrap's 95% interval (2,000 resamples over the 87
articles) above 0, and the mean gain over three fresh splits (``--salt a|b|c``) is positive.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import counts, f1c, load, shipped_rule  # noqa: E402

from spinscope.training.data import TECHNIQUES  # noqa: E402
from spinscope.training.technique_paragraphs import paragraph_gold  # noqa: E402
from spinscope.training.technique_sentences import article_sentences  # noqa: E402

S_GRID = (0.001,)
P_GRID = (0.001, 0.003, 0.01)
MIN_OVERLAP = 3
FOLDS = 5
INNER = 3


def sentence_design(a: Any, vecs: np.ndarray) -> tuple[np.ndarray, np.ndarray, list[int]]:
    """(features, gold, owner line) of each sentence of ``a``."""
    sents, owner = article_sentences(a)
    own = np.asarray(owner)
    pm = np.vstack([vecs[own == o].mean(axis=0) for o in owner])
    am = np.repeat(vecs.mean(axis=0, keepdims=True), len(vecs), axis=0)
    g = np.zeros((len(sents), len(TECHNIQUES)), dtype=np.int64)
    for span in a.spans:
        if span.technique in TECHNIQUES:
            k = TECHNIQUES.index(span.technique)
            for i, (s, e) in enumerate(sents):
                if min(e, span.end) - max(s, span.start) >= MIN_OVERLAP:
                    g[i, k] = 1
    return np.c_[vecs, pm, am], g, owner


def fit(x: np.ndarray, y: np.ndarray, c: float) -> tuple[np.ndarray, np.ndarray]:
    from sklearn.linear_model import LogisticRegression

    mu, sd = x.mean(axis=0), x.std(axis=0) + 1e-6
    z = (x - mu) / sd
    w = np.zeros((y.shape[1], x.shape[1]))
    b = np.full(y.shape[1], -30.0)
    for k in range(y.shape[1]):
        if 0 < y[:, k].sum() < len(y):
            lr = LogisticRegression(C=c, max_iter=2000).fit(z, y[:, k])
            w[k] = lr.coef_[0] / sd
            b[k] = lr.intercept_[0] - (w[k] * mu).sum()
    return w, b


def prob(x: np.ndarray, wb: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(x @ wb[0].T + wb[1], -30, 30))))


def logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-4, 1 - 1e-4)
    return np.asarray(np.log(p / (1 - p)))


def pooled(sp: np.ndarray, owner: list[int], n: int) -> np.ndarray:
    own = np.asarray(owner)
    mx = np.full((n, sp.shape[1]), 1e-4)
    mn = np.full((n, sp.shape[1]), 1e-4)
    for i in range(n):
        if (own == i).any():
            mx[i] = sp[own == i].max(axis=0)
            mn[i] = sp[own == i].mean(axis=0)
    return np.c_[logit(mx), logit(mn)]


def logloss(p: np.ndarray, y: np.ndarray) -> float:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-(y * np.log(p) + (1 - y) * np.log(1 - p)).sum())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scores", type=Path, required=True)
    ap.add_argument("--train-vectors", type=Path, required=True)
    ap.add_argument("--val-vectors", type=Path, required=True)
    ap.add_argument("--salt", default="")
    ap.add_argument("--choose-only", action="store_true")
    ap.add_argument("--choice", default="", help="sC,pC: skip step 1 (its logged choice)")
    ap.add_argument("--save", type=Path, default=None, help="npz of the v2 head probabilities on the 87 articles")
    ap.add_argument("--load", type=Path, default=None, help="read them from --save's npz (skips both steps' fits)")
    args = ap.parse_args()
    b, val, hp, train, vx = load(args.scores, args.train_vectors, args.val_vectors)
    tv = dict(np.load(args.train_vectors))
    vv = dict(np.load(args.val_vectors))
    from spinscope.training.technique_paragraphs import article_features

    tx = {a.id: article_features(a, tv[a.id]) for a in train}
    sd = {a.id: sentence_design(a, tv[a.id]) for a in train}
    vsd = {a.id: sentence_design(a, vv[a.id]) for a in val}
    fold = {a.id: i % FOLDS for i, a in enumerate(train)}
    py = {a.id: paragraph_gold([a]).astype(np.int64) for a in train}

    def oof_sentence(arts: list[Any], c: float) -> dict[str, np.ndarray]:
        """Out-of-fold sentence probabilities of ``arts`` (grouped folds within ``arts``)."""
        f = {a.id: i % INNER for i, a in enumerate(arts)}
        out = {}
        for k in range(INNER):
            tr = [a for a in arts if f[a.id] != k]
            wb = fit(np.vstack([sd[a.id][0] for a in tr]), np.vstack([sd[a.id][1] for a in tr]), c)
            for a in arts:
                if f[a.id] == k:
                    out[a.id] = prob(sd[a.id][0], wb)
        return out

    def para_x(a: Any, sp: np.ndarray, base: np.ndarray) -> np.ndarray:
        return np.c_[base, pooled(sp, sd[a.id][2] if a.id in sd else vsd[a.id][2], len(base))]

    if args.choice or args.load:
        s_c, p_c = (float(x) for x in (args.choice or "0,0").split(","))
    else:
        # step 1: outer grouped folds over the training articles; inner OOF sentence probabilities inside them
        results: dict[str, float] = {}
        ship = {c: 0.0 for c in P_GRID}
        outer = {s: {c: 0.0 for c in P_GRID} for s in S_GRID}
        for k in range(FOLDS):
            tr = [a for a in train if fold[a.id] != k]
            te = [a for a in train if fold[a.id] == k]
            ytr, yte = np.vstack([py[a.id] for a in tr]), np.vstack([py[a.id] for a in te])
            xtr0, xte0 = np.vstack([tx[a.id] for a in tr]), np.vstack([tx[a.id] for a in te])
            for c in P_GRID:
                ship[c] += logloss(prob(xte0, fit(xtr0, ytr, c)), yte)
            for s in S_GRID:
                inner = oof_sentence(tr, s)
                wb = fit(np.vstack([sd[a.id][0] for a in tr]), np.vstack([sd[a.id][1] for a in tr]), s)
                xtr = np.vstack([para_x(a, inner[a.id], tx[a.id]) for a in tr])
                xte = np.vstack([para_x(a, prob(sd[a.id][0], wb), tx[a.id]) for a in te])
                for c in P_GRID:
                    outer[s][c] += logloss(prob(xte, fit(xtr, ytr, c)), yte)
            print("fold", k, "shipped", {c: round(v, 1) for c, v in ship.items()},
                  "v2", {s: {c: round(v, 1) for c, v in d.items()} for s, d in outer.items()}, flush=True)
        results = {f"{s},{c}": v for s, d in outer.items() for c, v in d.items()}
        best = min(results, key=results.__getitem__)
        print("step 1: shipped head (C 0.003)", round(ship[0.003], 1), "best v2", best, round(results[best], 1),
              json.dumps({k: round(v, 1) for k, v in results.items()}), flush=True)
        s_c, p_c = (float(x) for x in best.split(","))
        if results[best] >= ship[0.003] or args.choose_only:
            print("stop" if results[best] >= ship[0.003] else "chosen", flush=True)
            return
    # step 2: fit on all training articles, score the 87 nested
    if args.load:
        hp2 = dict(np.load(args.load))
    else:
        inner = oof_sentence(train, s_c)
        wb = fit(np.vstack([sd[a.id][0] for a in train]), np.vstack([sd[a.id][1] for a in train]), s_c)
        head = fit(np.vstack([para_x(a, inner[a.id], tx[a.id]) for a in train]),
                   np.vstack([py[a.id] for a in train]), p_c)
        hp2 = {a.id: prob(para_x(a, prob(vsd[a.id][0], wb), vx[a.id]), head) for a in val}
    if args.save:
        np.savez(args.save, **hp2)
    if args.salt:
        h = [int(hashlib.sha256((a.id + args.salt).encode()).hexdigest(), 16) % 2 for a in val]
        b.splits = [[[a for a, x in zip(val, h, strict=True) if x == 0],
                     [a for a, x in zip(val, h, strict=True) if x == 1]]]
    base, new, per_b, per_n = [], [], [], []
    for halves in b.splits:
        cb, cn, ab, an = np.zeros(3), np.zeros(3), {}, {}
        for i, j in ((0, 1), (1, 0)):
            p0, t0 = shipped_rule(b, hp, halves[i])
            p1, t1 = shipped_rule(b, hp2, halves[i])
            for a in halves[j]:
                ab[a.id] = counts(p0[a.id], b.gold[a.id], t0)
                an[a.id] = counts(p1[a.id], b.gold[a.id], t1)
                cb += ab[a.id]
                cn += an[a.id]
        base.append(f1c(cb))
        new.append(f1c(cn))
        per_b.append(ab)
        per_n.append(an)
    print("nested salt", args.salt or "-", [round(x, 4) for x in base], "->", [round(x, 4) for x in new],
          round(float(np.mean(base)), 4), "->", round(float(np.mean(new)), 4), flush=True)
    print(b.bootstrap(per_b, per_n))


if __name__ == "__main__":
    main()
