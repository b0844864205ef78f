"""Draw round 55's actor articles from this helper's pool (seeded, reproducible).

Pool: ``/work/wt/pools/actors55.txt`` (ten Reuters wire articles of 1987, 200-2,700 characters, from Debian
``r-cran-tm``'s sample texts unpacked by ``scripts/reuters/fetch.py``; columns: folder/stem, characters, path
relative to ../shared). No branch names a Reuters article in tests/gold, docs or a draw before this round. All ten
are drawn, sorted by folder/stem and shuffled with ``random.Random(55)``; held out:
``random.Random(55).sample(drawn, 4)`` (so 6 development articles and 4 held-out ones).
Usage: ``python scripts/actors55/draw.py [POOL]`` (prints ``draw.txt``).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

SEED = 55
HELD = 4


def main() -> None:
    pool_file = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/wt/pools/actors55.txt")
    rows = [line.split("\t") for line in pool_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    drawn = sorted(r[0] for r in rows)
    random.Random(SEED).shuffle(drawn)
    held = set(random.Random(SEED).sample(drawn, HELD))
    for key in drawn:
        print(f"../reuters/{key}{'  HELD' if key in held else ''}")


if __name__ == "__main__":
    main()
