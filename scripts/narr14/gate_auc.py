"""Round 14 (narr14): on the outer test articles of a cache (scripts/narr14/cache_folds.py), the AUC of "the article
has a narrative" for the learned gate of narr_gate.py (fitted on the inner rows), the Other classifier (C 10) and the
best narrative probability; and where the gold-narrative articles go under P(Other) 0.3 and coarse threshold 0.55.
Usage: python scripts/narr14/gate_auc.py CACHE.pkl..."""
import pickle
import sys
from pathlib import Path

import numpy as np
from narr_gate import _target, fit_gates, part_of
from sklearn.metrics import roc_auc_score


def main():
    for path in sys.argv[1:]:
        y, gate, other, best = [], [], [], []
        for fold in pickle.loads(Path(path).read_bytes())["folds"]:
            inner, outer = [part_of(x) for x in fold["inner"]], part_of(fold["outer"])
            fit_gates(inner, outer)
            y.append(_target(outer))
            gate.append(outer.gate[10.0])
            other.append(outer.a.other[10.0])
            best.append(np.where(outer.a.in_domain, outer.lifted, 0.0).max(axis=1))
        y, gate, other, best = (np.concatenate(v) for v in (y, gate, other, best))
        print(f"{path}: AUC gate {roc_auc_score(y, gate):.3f}, Other classifier {roc_auc_score(y, -other):.3f}, "
              f"best narrative {roc_auc_score(y, best):.3f} ({int(y.sum())} of {len(y)} with a narrative)")
        for name, rows in (("gold narratives", y), ("gold Other", ~y)):
            vetoed, low = other >= 0.3, (other < 0.3) & (best < 0.55)
            print(f"  {name}: P(Other) >= 0.3 {int((vetoed & rows).sum())}, best < 0.55 {int((low & rows).sum())}, "
                  f"reported {int((~vetoed & ~low & rows).sum())}")


if __name__ == "__main__":
    main()
