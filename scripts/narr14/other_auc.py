"""Round 14 (narr14): AUC of P(Other) per Other classifier of a cache (scripts/narr14/cache_folds.py): on the outer
test articles, and pooled over the inner out-of-fold rows the inner CV chooses on.
Usage: python scripts/narr14/other_auc.py CACHE.pkl..."""
import pickle
import sys
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score


def main():
    for path in sys.argv[1:]:
        folds = pickle.loads(Path(path).read_bytes())["folds"]
        y = np.concatenate([f["outer"][0].gold_coarse[:, -1] for f in folds])
        y_in = np.concatenate([a.gold_coarse[:, -1] for f in folds for a, _ in f["inner"]])
        for key in folds[0]["outer"][0].other:
            p = np.concatenate([f["outer"][0].other[key] for f in folds])
            p_in = np.concatenate([a.other[key] for f in folds for a, _ in f["inner"]])
            print(f"{path} {key}: outer AUC {roc_auc_score(y, p):.4f}, inner AUC {roc_auc_score(y_in, p_in):.4f}")


if __name__ == "__main__":
    main()
