"""Round 21 (narr21): round 20's scripts/narr20/subfeat_cache.py with only the modes `coarsesim` reads (none, and
("subsim", 0.05), ("subsim", 0.1): the sub-narrative classifiers refitted with the standardised label similarities
appended). Same checks (mode none equal to the cached probabilities in every split), same output format.
Usage: python scripts/narr21/subsim_cache.py CACHE.pkl OUT.pkl"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr20"))
import subfeat_cache

subfeat_cache.MODES = ("none", ("subsim", 0.05), ("subsim", 0.1))

if __name__ == "__main__":
    subfeat_cache.main()
