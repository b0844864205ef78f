#!/usr/bin/env python3
"""Round 83's draw: eight Reuters wire trade-policy stories (wekareuters, /work/wt/pools/attr83.txt), three held
out by seed 83.

    python scripts/attr83/draw.py > scripts/attr83/draw.txt

Pool lines: "id chars path-as-golds-name-it". Every id was checked fresh (``git grep -F`` of each file name over
every local branch's tests/gold, docs, CHANGELOG.md and draw files: no hit). Held out:
random.Random(83).sample(sorted pool ids, 3); the other five are development."""

from __future__ import annotations

import random
from pathlib import Path

POOL = Path("/work/wt/pools/attr83.txt")


def main(seed: int = 83) -> None:
    rows = [ln.split() for ln in POOL.read_text().splitlines() if ln.strip()]
    ids = sorted(row[0] for row in rows)
    held = random.Random(seed).sample(ids, 3)
    print(f"{len(ids)} wekareuters articles in the pool; seed {seed}, 3 held out")
    for pid in ids:
        path = next(row[2] for row in rows if row[0] == pid)
        print(("HELD " if pid in held else "dev  ") + path)


if __name__ == "__main__":
    main()
