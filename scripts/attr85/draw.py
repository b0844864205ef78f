#!/usr/bin/env python3
"""Round 85's draw: ten Reuters wire stories with officials (wekareuters, /work/wt/pools/attr85.txt), four held
out by seed 85.

    python scripts/attr85/draw.py > scripts/attr85/draw.txt

Pool lines: "id chars path-as-golds-name-it". Every id was checked fresh (``git grep -F`` of each file name over
every local branch's tests/gold, docs, CHANGELOG.md and draw files: no hit). Held out:
random.Random(85).sample(sorted pool ids, 4); the other six are development."""

from __future__ import annotations

import random
from pathlib import Path

POOL = Path("/work/wt/pools/attr85.txt")


def main(seed: int = 85) -> None:
    rows = [ln.split() for ln in POOL.read_text().splitlines() if ln.strip()]
    ids = sorted(row[0] for row in rows)
    held = random.Random(seed).sample(ids, 4)
    print(f"{len(ids)} wekareuters articles in the pool; seed {seed}, 4 held out")
    for pid in ids:
        path = next(row[2] for row in rows if row[0] == pid)
        print(("HELD " if pid in held else "dev  ") + path)


if __name__ == "__main__":
    main()
