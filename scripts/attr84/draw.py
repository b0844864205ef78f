#!/usr/bin/env python3
"""Round 84's draw: eight English news pages (/work/wt/pools/attr84.txt), three held out by seed 84.

    python scripts/attr84/draw.py > scripts/attr84/draw.txt

Pool lines: "id chars path-as-golds-name-it". Every id was checked fresh (``git grep -F`` of each file name over
every local branch's tests/gold, docs, CHANGELOG.md and draw files: no hit). Held out:
random.Random(84).sample(sorted pool ids, 3); the other five are development."""

from __future__ import annotations

import random
from pathlib import Path

POOL = Path("/work/wt/pools/attr84.txt")


def main(seed: int = 84) -> None:
    rows = [ln.split() for ln in POOL.read_text().splitlines() if ln.strip()]
    ids = sorted(row[0] for row in rows)
    held = random.Random(seed).sample(ids, 3)
    print(f"{len(ids)} news pages in the pool; seed {seed}, 3 held out")
    for pid in ids:
        path = next(row[2] for row in rows if row[0] == pid)
        print(("HELD " if pid in held else "dev  ") + path)


if __name__ == "__main__":
    main()
