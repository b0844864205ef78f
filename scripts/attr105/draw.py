#!/usr/bin/env python3
"""Round 105's draw: ten of the fourteen Reuters-21578 stories in /work/wt/pools/attr105.txt (wekareuters ids,
seven naming governments, seven company or market wire), three of the ten held out.

    python scripts/attr105/draw.py > scripts/attr105/draw.txt

Pool lines: one weka id ("wr-test-0006"). Every id was checked fresh (``git grep -F`` of each id over every local
branch's tests, docs, scripts and CHANGELOG.md: no hit). Drawn: random.Random(105).sample(sorted ids, 10); held
out: random.Random(105).sample(sorted drawn ids, 3); the other seven are development."""

from __future__ import annotations

import random
from pathlib import Path

POOL = Path("/work/wt/pools/attr105.txt")


def path_of(wid: str) -> str:
    return f"../wekareuters/{wid.split('-')[1]}/{wid}.txt"


def main(seed: int = 105) -> None:
    ids = sorted(ln.strip() for ln in POOL.read_text().splitlines() if ln.strip())
    drawn = sorted(random.Random(seed).sample(ids, 10))
    held = random.Random(seed).sample(drawn, 3)
    print(f"{len(ids)} wekareuters stories in the pool; seed {seed}, 10 drawn, 3 held out")
    for wid in drawn:
        print(("HELD " if wid in held else "dev  ") + path_of(wid))


if __name__ == "__main__":
    main()
