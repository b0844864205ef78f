"""Round 16 (narr16): round 14's fold caches (scripts/narr14/cache_folds.py) rebuilt for the three partitions,
reading the MiniLM sentence cache at $EMBED_CACHE (default /tmp/narr16/semeval2025-cache).
Usage: python scripts/narr16/cache.py r4|fresh|n15 OUT.pkl"""
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr14"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr15"))
import cache_folds
import cache_n15

CACHE = Path(os.environ.get("EMBED_CACHE", "/tmp/narr16/semeval2025-cache"))


def main():
    partition, out = sys.argv[1], sys.argv[2]
    embed = cache_folds.S.embed
    cache_folds.S.embed = lambda arts, cache=None, **kw: embed(arts, cache=CACHE, **kw)
    if partition == "n15":
        cache_folds.outer_folds = cache_n15.outer_folds
    sys.argv = [sys.argv[0], partition, out]
    cache_folds.main()


if __name__ == "__main__":
    main()
