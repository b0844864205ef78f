"""Round 23 (narr23): scripts/narr22/pair.py on one widened cache (scripts/narr23/widen_cache.py) with the Other
C grid set to OTHER_C (comma-separated), so its rows are the candidate's (`cwide`: 1,3,10,30,100; `c30`: 30).
Usage: python scripts/narr23/pair_c.py OTHER_C CACHE.pkl OUT.npz"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr22"))
import pair

from spinscope.training import semeval2025 as S

if __name__ == "__main__":
    S.OTHER_C = tuple(float(c) for c in sys.argv[1].split(","))
    sys.argv = [sys.argv[0], *sys.argv[2:]]
    pair.main()
