"""Draw round 53's actor articles from this helper's pool (seeded, reproducible).

Pool: ``/work/wt/pools/actors53.txt`` (five short Lee background stories, 1,000-1,200 characters; columns: stem,
characters, path). ``git grep`` over tests/gold, docs and scripts of main named none of the five before the draw.
All five are drawn, sorted by stem and shuffled with ``random.Random(53)``; held out:
``random.Random(53).sample(drawn, 2)`` (so 3 development articles and 2 held-out ones).
Usage: ``python scripts/actors53/draw.py [POOL]`` (prints ``draw.txt``).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

SEED = 53
HELD = 2


def main() -> None:
    pool_file = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/wt/pools/actors53.txt")
    rows = [line.split("\t") for line in pool_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    drawn = sorted(r[0] for r in rows)
    random.Random(SEED).shuffle(drawn)
    held = set(random.Random(SEED).sample(drawn, HELD))
    for stem in drawn:
        print(f"../lee/background/{stem}.txt{'  HELD' if stem in held else ''}")


if __name__ == "__main__":
    main()
