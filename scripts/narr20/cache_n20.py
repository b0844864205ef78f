"""Round 20 (narr20): the fold cache of scripts/narr14/cache_folds.py (as scripts/narr16/cache.py builds it, MiniLM
sentence cache at $EMBED_CACHE, default /tmp/narr16/semeval2025-cache) for a fifth partition never used before,
sha1("narr20:" + id) % 5 (five outer folds; the inner folds as the shipped procedure builds them).
Usage: python scripts/narr20/cache_n20.py OUT.pkl"""
import hashlib
import os
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr14"))
import cache_folds

CACHE = Path(os.environ.get("EMBED_CACHE", "/tmp/narr16/semeval2025-cache"))


def outer_folds(partition, ids):
    """(training, test) index pairs of the narr20 partition."""
    fold = np.array([int(hashlib.sha1(f"narr20:{i}".encode()).hexdigest(), 16) % 5 for i in ids])
    return [(np.where(fold != k)[0], np.where(fold == k)[0]) for k in range(5)]


if __name__ == "__main__":
    embed = cache_folds.S.embed
    cache_folds.S.embed = lambda arts, cache=None, **kw: embed(arts, cache=CACHE, **kw)
    cache_folds.outer_folds = outer_folds
    sys.argv = [sys.argv[0], "n20", sys.argv[1]]
    cache_folds.main()
