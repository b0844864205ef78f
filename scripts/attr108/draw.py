#!/usr/bin/env python3
"""Round 108's draw: ten of the fourteen Reuters-21578 stories in /work/wt/pools/attr108.txt (wekareuters;
mostly wire with sources from several countries), three of the ten held out.

    python scripts/attr108/draw.py > scripts/attr108/draw.txt

Pool lines: one wekareuters id a line (``wr-test-NNNN`` / ``wr-train-NNNN``). Every id was checked fresh (``git grep
-F`` of each id over every local branch's tests/gold, docs, scripts and CHANGELOG.md: no hit). Drawn:
random.Random(108).sample(sorted pool paths, 10); held out: random.Random(108).sample(sorted drawn paths, 3); the
other seven are development."""

from __future__ import annotations

import random
from pathlib import Path

POOL = Path("/work/wt/pools/attr108.txt")


def path_of(stem: str) -> str:
    split = "test" if stem.startswith("wr-test-") else "train"
    return f"../wekareuters/{split}/{stem}.txt"


def main(seed: int = 108) -> None:
    paths = sorted(path_of(ln.strip()) for ln in POOL.read_text().splitlines() if ln.strip())
    drawn = sorted(random.Random(seed).sample(paths, 10))
    held = random.Random(seed).sample(drawn, 3)
    print(f"{len(paths)} wekareuters stories in the pool; seed {seed}, 10 drawn, 3 held out")
    for path in drawn:
        print(("HELD " if path in held else "dev  ") + path)


if __name__ == "__main__":
    main()
