"""Round 10 (roles10): decision rules over the role model's probabilities, chosen by the inner CV, on the saved
inner out-of-fold and outer test probabilities of ``roles_events_exp.py ... nested`` (variant base = the
shipped recipe), round 4's folds and fresh folds.

- ``bias``: per-class log-biases of Protagonist and Innocent against Antagonist (the prior mismatch);
- ``article``: in an article where every annotated entity comes out Antagonist, the entity with the smallest
  margin log P(Antagonist) - log P(second role) takes its second role when that margin is under m.
Usage: python scripts/roles10/roles_decision.py ROWS.pkl /tmp/roles10/roles_nested.pkl
"""
import itertools
import pickle
import sys
from collections import Counter

import numpy as np

from spinscope.components.semeval2025 import MAIN_ROLES

A = MAIN_ROLES.index("Antagonist")
BIASES = (-0.6, -0.3, 0.0, 0.3, 0.6)
MARGINS = (None, 0.5, 1.0, 1.5, 2.0)


def decide(p, arts, rule, opt):
    lp = np.log(np.clip(p, 1e-9, 1))
    if rule == "bias":
        b = np.zeros(3)
        b[MAIN_ROLES.index("Protagonist")], b[MAIN_ROLES.index("Innocent")] = opt
        return (lp + b).argmax(1)
    pred = lp.argmax(1)
    if opt is None:
        return pred
    for art in set(arts):
        idx = np.array([i for i, a in enumerate(arts) if a == art])
        if len(idx) < 2 or (pred[idx] != A).any():
            continue
        other = lp[idx].copy()
        other[:, A] = -np.inf
        margin = lp[idx, A] - other.max(1)
        k = margin.argmin()
        if margin[k] < opt:
            pred[idx[k]] = other[k].argmax()
    return pred


def main():
    d = pickle.load(open(sys.argv[1], "rb"))
    mentions = d["mentions"]
    arts = np.array([m.article for m in mentions])
    s = pickle.load(open(sys.argv[2], "rb"))
    gold = np.array([MAIN_ROLES.index(g) for g in s["gold"]])
    per_art = Counter()
    for art in set(arts):
        per_art[bool((gold[arts == art] == A).all())] += 1
    print(f"articles whose annotated entities are all Antagonist: {per_art[True]} of {sum(per_art.values())}")
    from spinscope.training import semeval2025 as S
    for rule, grid in (("bias", list(itertools.product(BIASES, BIASES))), ("article", list(MARGINS))):
        for fname in ("old", "fresh"):
            correct = base = 0
            chosen = []
            for k, (tr, te) in enumerate(s["folds"][fname]):
                pin = s[(fname, k, "base", 0.0, "inner")]
                best = max(grid, key=lambda o: (np.mean(decide(pin, list(arts[tr]), rule, o) == gold[tr]),
                                                -grid.index(o) if o in ((0.0, 0.0), None) else -99))
                pt = s[(fname, k, "base", 0.0, "test")]
                correct += int((decide(pt, list(arts[te]), rule, best) == gold[te]).sum())
                base += int((pt.argmax(1) == gold[te]).sum())
                chosen.append(best)
            n = len(gold)
            print(f"{rule}, {fname} folds: nested {correct / n:.4f} (plain {base / n:.4f}); choices {chosen}")
        # fixed options (no choice) on the outer test parts, for the table
        for o in grid if rule == "article" else [(0.0, 0.3), (0.3, 0.0), (0.3, 0.3)]:
            row = []
            for fname in ("old", "fresh"):
                c = sum(int((decide(s[(fname, k, "base", 0.0, "test")], list(arts[te]), rule, o) == gold[te]).sum())
                        for k, (tr, te) in enumerate(s["folds"][fname]))
                row.append(round(c / len(gold), 4))
            print(f"  fixed {rule} {o}: old {row[0]}, fresh {row[1]}")


if __name__ == "__main__":
    main()
