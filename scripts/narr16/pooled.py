"""Round 16 (narr16): a variant's gain over the shipped rule pooled over partitions, from the per-article rows
scripts/narr16/ml_stack.py saves: each article's gain averaged over the partitions, then a bootstrap over the
articles (2000 draws), as scripts/narr15/pooled.py.
Usage: python scripts/narr16/pooled.py ROWS.npz..."""
import sys

import numpy as np


def main():
    runs = [np.load(p) for p in sys.argv[1:]]
    ids = runs[0]["ids"].tolist()
    order = [dict(zip(r["ids"].tolist(), range(len(ids)), strict=True)) for r in runs]
    for name in ("c", "f"):
        gains = np.mean([r[f"var_{name}"][[o[i] for i in ids]] - r[f"base_{name}"][[o[i] for i in ids]]
                         for r, o in zip(runs, order, strict=True)], axis=0)
        rng = np.random.default_rng(16)
        means = gains[rng.integers(0, len(gains), size=(2000, len(gains)))].mean(axis=1)
        label = "coarse" if name == "c" else "fine"
        per = " ".join(f"{(r[f'var_{name}'] - r[f'base_{name}']).mean():+.4f}" for r in runs)
        print(f"{label}: pooled {gains.mean():+.4f} [{np.percentile(means, 2.5):+.4f}, "
              f"{np.percentile(means, 97.5):+.4f}] P(<=0) {(means <= 0).mean():.3f}; per partition {per}")


if __name__ == "__main__":
    main()
