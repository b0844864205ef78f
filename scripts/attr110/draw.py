#!/usr/bin/env python3
"""Round 110's draw: all thirty Reuters-21578 stories in /work/wt/pools/attr110.txt (wekareuters short wire, under
700 characters; fifteen naming governments, fifteen company/market wire), ten of them held out.

    python scripts/attr110/draw.py > scripts/attr110/draw.txt

Pool lines: one wekareuters id a line (``wr-test-NNNN`` / ``wr-train-NNNN``). Every id was checked fresh (``git grep
-F`` of each id over tests/gold, docs, scripts and CHANGELOG.md of main, and the earlier pools r52..r55: no hit).
Order: random.Random(110).shuffle of the sorted ids; held out: random.Random(110).sample(sorted(ids), 10); the
other twenty are development."""

from __future__ import annotations

import random
from pathlib import Path

POOL = Path("/work/wt/pools/attr110.txt")


def path_of(stem: str) -> str:
    split = "test" if stem.startswith("wr-test-") else "train"
    return f"../wekareuters/{split}/{stem}.txt"


def main(seed: int = 110) -> None:
    ids = sorted(ln.strip() for ln in POOL.read_text().splitlines() if ln.strip())
    held = set(random.Random(seed).sample(ids, 10))
    order = list(ids)
    random.Random(seed).shuffle(order)
    print(f"{len(ids)} wekareuters stories in the pool; seed {seed}, all drawn, 10 held out")
    for stem in order:
        print(("HELD " if stem in held else "dev  ") + path_of(stem))


if __name__ == "__main__":
    main()
