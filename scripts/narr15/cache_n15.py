"""Round 15 (narr15): the fold cache of scripts/narr14/cache_folds.py for a third partition never used before,
sha1("narr15:" + id) % 5 (five outer folds; the inner folds as the shipped procedure builds them).
Usage: python scripts/narr15/cache_n15.py OUT.pkl"""
import hashlib
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr14"))
import cache_folds


def outer_folds(partition, ids):
    """(training, test) index pairs of the narr15 partition."""
    fold = np.array([int(hashlib.sha1(f"narr15:{i}".encode()).hexdigest(), 16) % 5 for i in ids])
    return [(np.where(fold != k)[0], np.where(fold == k)[0]) for k in range(5)]


if __name__ == "__main__":
    cache_folds.outer_folds = outer_folds
    sys.argv = [sys.argv[0], "n15", sys.argv[1]]
    cache_folds.main()
