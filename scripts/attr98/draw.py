#!/usr/bin/env python3
"""Round 98's draw: eight of the fourteen Reuters-21578 stories in /work/wt/pools/attr98.txt (wekareuters; five
with governments or economies in the title, nine on companies and markets), three of the eight held out.

    python scripts/attr98/draw.py > scripts/attr98/draw.txt

Pool lines: "path-as-golds-name-it chars title" (tab-separated). Every stem was checked fresh (``git grep -F`` of
each file stem over every local branch's tests/gold, docs, CHANGELOG.md and draw files: no hit). Drawn:
random.Random(98).sample(sorted pool paths, 8); held out: random.Random(98).sample(sorted drawn paths, 3); the
other five are development."""

from __future__ import annotations

import random
from pathlib import Path

POOL = Path("/work/wt/pools/attr98.txt")


def main(seed: int = 98) -> None:
    paths = sorted(ln.split("\t")[0] for ln in POOL.read_text().splitlines() if ln.strip())
    drawn = sorted(random.Random(seed).sample(paths, 8))
    held = random.Random(seed).sample(drawn, 3)
    print(f"{len(paths)} wekareuters stories in the pool; seed {seed}, 8 drawn, 3 held out")
    for path in drawn:
        print(("HELD " if path in held else "dev  ") + path)


if __name__ == "__main__":
    main()
