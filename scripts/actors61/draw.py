"""Draw round 61's actor articles from this helper's pool (seeded, reproducible).

Pool: ``/work/wt/pools/actors61.txt`` (eight English tech and science news pages, 870-3,810 characters, from
``../webnews`` (extractor folder / stem); columns: folder/stem, characters, path relative to ../shared). ``git grep``
over tests/gold, docs and draws of every branch named them only in genre41's genre gold (no actors gold or draw). All eight are drawn, sorted by folder/stem and shuffled with ``random.Random(61)``; held out:
``random.Random(61).sample(drawn, 3)`` (so 5 development stories and 3 held-out ones).
Usage: ``python scripts/actors61/draw.py [POOL]`` (prints ``draw.txt``).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

SEED = 61
HELD = 3


def main() -> None:
    pool_file = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/wt/pools/actors61.txt")
    rows = [line.split("\t") for line in pool_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    drawn = sorted(r[0] for r in rows)
    random.Random(SEED).shuffle(drawn)
    held = set(random.Random(SEED).sample(drawn, HELD))
    for key in drawn:
        print(f"../webnews/{key}{'  HELD' if key in held else ''}")


if __name__ == "__main__":
    main()
