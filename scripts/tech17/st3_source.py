"""Round 17 (docs/EVALUATION.md, "Techniques, round 17"): how the tagger's paragraph probability is read from its
two outputs (the paragraph head's probability h and the word probabilities w), under the shipped pipeline
(:mod:`common`: article prior 0.1, the paragraph head blended into the weak techniques, thresholds fitted on the
fitting half), chosen on the fitting half's inner even/odd cross-fit and scored on the other half.

    python scripts/tech17/st3_source.py --scores /tmp/tech16/val_scores.pkl --train-vectors /tmp/tech16/train_sent.npz \
        --val-vectors /tmp/tech16/val_sent.npz [--salt S]

Options (shipped: ``mean``, (h + max w) / 2):
  mean, head35 (0.35 h + 0.65 max w), head65 (0.65 h + 0.35 max w), top2 ((h + mean of the two best w) / 2).

Decision rule (written before the deciding run): adopt the nested choice if its micro-F1 gain over the shipped
reading, the mean of the two splits of rounds 5-16, is at least +0.003 with the paired bootstrap's 95% interval
(2,000 resamples over the 87 articles) above 0, and the mean gain over three fresh splits (``--salt a|b|c``) is
positive.
"""
from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import counts, f1c, load, shipped_rule  # noqa: E402

from spinscope.components.persuasion_models import with_article_prior  # noqa: E402
from spinscope.training import techniques as T  # noqa: E402

OPTIONS = ("mean", "head35", "head65", "top2")


def read(para: Any, option: str) -> np.ndarray:
    h, m = para.head_probs, para.token_max
    if option == "head35":
        return 0.35 * h + 0.65 * m
    if option == "head65":
        return 0.65 * h + 0.35 * m
    if option == "top2":
        w = np.asarray(para.word_probs)
        top = np.sort(w, axis=0)[-2:].mean(axis=0) if len(w) >= 2 else m
        return (h + top) / 2
    return (h + m) / 2


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scores", type=Path, required=True)
    ap.add_argument("--train-vectors", type=Path, required=True)
    ap.add_argument("--val-vectors", type=Path, required=True)
    ap.add_argument("--salt", default="")
    args = ap.parse_args()
    b, val, hp, _, _ = load(args.scores, args.train_vectors, args.val_vectors)
    scores = pickle.loads(args.scores.read_bytes())["scores"]  # a cache this project's script wrote
    tagger = {o: {a.id: with_article_prior(np.array([read(p, o) for p in scores[a.id]]), T.ARTICLE_PRIOR)
                  for a in val} for o in OPTIONS}
    assert all(np.allclose(tagger["mean"][a.id], b.tagger[a.id]) for a in val)
    if args.salt:
        h = [int(hashlib.sha256((a.id + args.salt).encode()).hexdigest(), 16) % 2 for a in val]
        b.splits = [[[a for a, x in zip(val, h, strict=True) if x == 0],
                     [a for a, x in zip(val, h, strict=True) if x == 1]]]
    shipped = b.tagger

    def rule(option: str, fit: list[Any]) -> tuple[dict[str, np.ndarray], np.ndarray]:
        b.tagger = tagger[option]
        try:
            return shipped_rule(b, hp, fit)
        finally:
            b.tagger = shipped

    def inner_score(option: str, fit: list[Any]) -> float:
        inner, c = [fit[0::2], fit[1::2]], np.zeros(3)
        for i, j in ((0, 1), (1, 0)):
            p, t = rule(option, inner[i])
            for a in inner[j]:
                c += counts(p[a.id], b.gold[a.id], t)
        return f1c(c)

    fixed = {o: [] for o in OPTIONS}
    base, new, per_b, per_n, chosen = [], [], [], [], []
    for halves in b.splits:
        cb, cn, ab, an = np.zeros(3), np.zeros(3), {}, {}
        cf = {o: np.zeros(3) for o in OPTIONS}
        for i, j in ((0, 1), (1, 0)):
            inner = {o: inner_score(o, halves[i]) for o in OPTIONS}
            pick = max(OPTIONS, key=lambda o: (inner[o], o == "mean"))
            chosen.append(pick)
            outs = {o: rule(o, halves[i]) for o in OPTIONS}
            for a in halves[j]:
                for o in OPTIONS:
                    cf[o] += counts(outs[o][0][a.id], b.gold[a.id], outs[o][1])
                ab[a.id] = counts(outs["mean"][0][a.id], b.gold[a.id], outs["mean"][1])
                an[a.id] = counts(outs[pick][0][a.id], b.gold[a.id], outs[pick][1])
                cb += ab[a.id]
                cn += an[a.id]
        for o in OPTIONS:
            fixed[o].append(f1c(cf[o]))
        base.append(f1c(cb))
        new.append(f1c(cn))
        per_b.append(ab)
        per_n.append(an)
    print("fixed", {o: round(float(np.mean(v)), 4) for o, v in fixed.items()}, flush=True)
    print("nested salt", args.salt or "-", round(float(np.mean(base)), 4), "->", round(float(np.mean(new)), 4),
          "chosen", chosen, flush=True)
    print(b.bootstrap(per_b, per_n))


if __name__ == "__main__":
    main()
