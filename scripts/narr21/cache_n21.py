"""Round 21 (narr21): the fold cache of scripts/narr14/cache_folds.py (as scripts/narr20/cache_n20.py builds it, MiniLM
sentence cache at $EMBED_CACHE, default /tmp/narr16/semeval2025-cache) for a NEW partition, sha1("narr21X:" + id) % 5
with X in a, b, c (five outer folds; the inner folds as the shipped procedure builds them).
Usage: python scripts/narr21/cache_n21.py a|b|c OUT.pkl"""

import hashlib
import os
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr14"))
import cache_folds

CACHE = Path(os.environ.get("EMBED_CACHE", "/tmp/narr16/semeval2025-cache"))


def folds_for(seed):
    def outer_folds(partition, ids):
        """(training, test) index pairs of the narr21 partition ``seed``."""
        fold = np.array([int(hashlib.sha1(f"narr21{seed}:{i}".encode()).hexdigest(), 16) % 5 for i in ids])
        return [(np.where(fold != k)[0], np.where(fold == k)[0]) for k in range(5)]

    return outer_folds


if __name__ == "__main__":
    seed, out = sys.argv[1], sys.argv[2]
    assert seed in ("a", "b", "c")
    embed = cache_folds.S.embed
    cache_folds.S.embed = lambda arts, cache=None, **kw: embed(arts, cache=CACHE, **kw)
    cache_folds.outer_folds = folds_for(seed)
    sys.argv = [sys.argv[0], f"n21{seed}", out]
    cache_folds.main()
