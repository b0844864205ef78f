"""Round 22 (narr22): how well the Other classifier's P(Other) (C 3, the shipped model's) separates gold-Other
articles on the outer test rows of a fold cache: AUC pooled over the outer folds (ranking and calibration across
folds) and the mean P(Other) of gold-Other and narrative articles.
Usage: python scripts/narr22/other_auc.py CACHE.pkl..."""

import pickle
import sys
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score


def main():
    for path in sys.argv[1:]:
        data = pickle.loads(Path(path).read_bytes())
        p, gold = [], []
        for fold in data["folds"]:
            a = fold["outer"][0]
            p.append(a.other[3.0])
            gold.append(a.gold_coarse[:, -1])
        p, gold = np.concatenate(p), np.concatenate(gold).astype(bool)
        print(
            f"{path}: AUC {roc_auc_score(gold, p):.3f}; mean P(Other) gold Other {p[gold].mean():.3f}, "
            f"narrative {p[~gold].mean():.3f}; share of P(Other) >= 0.4: {(p >= 0.4).mean():.3f}"
        )


if __name__ == "__main__":
    main()
