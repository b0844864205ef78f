"""Draw round 54's actor articles from this helper's pool (seeded, reproducible).

Pool: ``/work/wt/pools/actors54.txt`` (seven short Lee test stories, 300-750 characters; columns: stem,
characters, path). ``git grep`` over tests/gold, docs and scripts of main and of every branch of this round named
none of the seven before the draw. All seven are drawn, sorted by stem and shuffled with ``random.Random(54)``;
held out: ``random.Random(54).sample(drawn, 3)`` (so 4 development articles and 3 held-out ones).
Usage: ``python scripts/actors54/draw.py [POOL]`` (prints ``draw.txt``).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

SEED = 54
HELD = 3


def main() -> None:
    pool_file = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/wt/pools/actors54.txt")
    rows = [line.split("\t") for line in pool_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    drawn = sorted(r[0] for r in rows)
    random.Random(SEED).shuffle(drawn)
    held = set(random.Random(SEED).sample(drawn, HELD))
    for stem in drawn:
        print(f"../lee/test/{stem}.txt{'  HELD' if stem in held else ''}")


if __name__ == "__main__":
    main()
