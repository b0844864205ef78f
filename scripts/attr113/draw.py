#!/usr/bin/env python3
"""Round 113's draw: the thirty Reuters-21578 stories of /work/wt/pools/attr113.txt (wekareuters short wire, under
700 characters: fifteen naming governments, fifteen company/market), all thirty drawn in a seeded order, ten held out.

    python scripts/attr113/draw.py > scripts/attr113/draw.txt

Pool lines: one wekareuters id a line (``wr-test-NNNN`` / ``wr-train-NNNN``). Every id was checked fresh (``git grep
-F`` of each id over main's tests, docs, scripts and CHANGELOG.md: no hit). Order: random.Random(113).shuffle of the
sorted ids; held out: random.Random(113).sample(sorted(ids), 10); the other twenty are development."""

from __future__ import annotations

import random
from pathlib import Path

POOL = Path("/work/wt/pools/attr113.txt")


def path_of(stem: str) -> str:
    split = "test" if stem.startswith("wr-test-") else "train"
    return f"../wekareuters/{split}/{stem}.txt"


def main(seed: int = 113) -> None:
    ids = sorted(ln.strip() for ln in POOL.read_text().splitlines() if ln.strip())
    order = list(ids)
    random.Random(seed).shuffle(order)
    held = set(random.Random(seed).sample(sorted(ids), 10))
    print(f"{len(ids)} wekareuters stories in the pool; seed {seed}, all drawn (seeded order), 10 held out")
    for stem in order:
        print(("HELD " if stem in held else "dev  ") + path_of(stem))


if __name__ == "__main__":
    main()
