"""Draw round 67's actor stories from this helper's pool (seeded, reproducible).

Pool: ``/work/wt/pools/actors67.txt`` (fifteen Reuters-21578 stories of 1987 from Debian weka's example data
unpacked to ``../wekareuters`` (branch ``news52``): five government / economy stories, ten company stories; columns:
path relative to ../shared, characters, title). Eight are drawn: ``random.Random(67).sample(sorted(pool), 8)``; held
out: ``random.Random(67).sample(sorted(drawn), 3)`` (so 5 development stories and 3 held-out ones).
Usage: ``python scripts/actors67/draw.py [POOL]`` (prints ``draw.txt``).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

SEED = 67
DRAW = 8
HELD = 3


def main() -> None:
    pool_file = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/wt/pools/actors67.txt")
    rows = [line.split("\t") for line in pool_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    drawn = random.Random(SEED).sample(sorted(r[0] for r in rows), DRAW)
    held = set(random.Random(SEED).sample(sorted(drawn), HELD))
    for path in drawn:
        print(f"{path}{'  HELD' if path in held else ''}")


if __name__ == "__main__":
    main()
