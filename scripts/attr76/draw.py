#!/usr/bin/env python3
"""Round 76's draw: the pool's two SemEval-2023 task 3 English articles, one held out by seed 76.

    python scripts/attr76/draw.py > scripts/attr76/draw.txt

Pool: /work/wt/pools/attr76.txt ("id chars path" lines, paths relative to the worktree). Both ids were checked
fresh (``git grep -F`` over every local branch's tests/gold, docs, draw files and CHANGELOG.md: no hit). Held out:
random.Random(76).sample(sorted paths, 1); the other is the development article."""

from __future__ import annotations

import random
from pathlib import Path

POOL = Path("/work/wt/pools/attr76.txt")


def main(seed: int = 76) -> None:
    rows = [ln.split() for ln in POOL.read_text().splitlines() if ln.strip()]
    paths = sorted(rel.split("shared/", 1)[1] for _stem, _chars, rel in rows)
    held = random.Random(seed).sample(paths, 1)
    print(f"{len(paths)} articles in the pool")
    for p in paths:
        print(("HELD " if p in held else "dev  ") + p)


if __name__ == "__main__":
    main()
