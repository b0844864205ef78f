"""Draw round 60's actor articles from this helper's pool (seeded, reproducible).

Pool: ``/work/wt/pools/actors60.txt`` (twelve short Reuters wire articles of 1987 on takeovers, stakes and company
results, from Debian ``r-cran-tm``'s sample texts unpacked by ``scripts/reuters/fetch.py``; columns: folder/stem,
characters, path relative to ../shared). ``git grep`` over tests/gold, docs and scripts of every branch named none of
them. All twelve are drawn, sorted by folder/stem and shuffled with ``random.Random(60)``; held out:
``random.Random(60).sample(drawn, 4)`` (so 8 development articles and 4 held-out ones).
Usage: ``python scripts/actors60/draw.py [POOL]`` (prints ``draw.txt``).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

SEED = 60
HELD = 4


def main() -> None:
    pool_file = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/wt/pools/actors60.txt")
    rows = [line.split("\t") for line in pool_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    drawn = sorted(r[0] for r in rows)
    random.Random(SEED).shuffle(drawn)
    held = set(random.Random(SEED).sample(drawn, HELD))
    for key in drawn:
        print(f"../reuters/{key}{'  HELD' if key in held else ''}")


if __name__ == "__main__":
    main()
