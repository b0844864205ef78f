"""Draw round 59's actor articles from this helper's pool (seeded, reproducible).

Pool: ``/work/wt/pools/actors59.txt`` (eight Reuters-21578 trade-policy stories of 1987, 640-2,900 characters,
from Debian weka's example data unpacked to ``../wekareuters`` (branch ``news52``); columns: folder/stem,
characters, path relative to ../shared). ``git grep`` over tests/gold, docs and scripts of every branch named none of
them. All eight are drawn, sorted by folder/stem and shuffled with ``random.Random(59)``; held out:
``random.Random(59).sample(drawn, 3)`` (so 5 development stories and 3 held-out ones).
Usage: ``python scripts/actors59/draw.py [POOL]`` (prints ``draw.txt``).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

SEED = 59
HELD = 3


def main() -> None:
    pool_file = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/wt/pools/actors59.txt")
    rows = [line.split("\t") for line in pool_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    drawn = sorted(r[0] for r in rows)
    random.Random(SEED).shuffle(drawn)
    held = set(random.Random(SEED).sample(drawn, HELD))
    for key in drawn:
        print(f"../wekareuters/{key}{'  HELD' if key in held else ''}")


if __name__ == "__main__":
    main()
