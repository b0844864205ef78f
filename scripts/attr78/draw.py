#!/usr/bin/env python3
"""Round 78's draw: the pool's one SemEval-2023 English article (development) and five Lee test stories, three
of them held out by seed 78.

    python scripts/attr78/draw.py > scripts/attr78/draw.txt

Pool: /work/wt/pools/attr78.txt ("id chars path" lines). Every id was checked fresh (``git grep -w -F`` over every
local branch's tests/gold, docs, CHANGELOG.md and draw files: no hit). Held out:
random.Random(78).sample(sorted Lee stems, 3); the other two Lee stories and the SemEval article are development."""

from __future__ import annotations

import random
from pathlib import Path

POOL = Path("/work/wt/pools/attr78.txt")


def main(seed: int = 78) -> None:
    rows = [ln.split() for ln in POOL.read_text().splitlines() if ln.strip()]
    lee = sorted(stem for stem, _chars, _path in rows if stem.startswith("lee_t_"))
    other = sorted(stem for stem, _chars, _path in rows if not stem.startswith("lee_t_"))
    held = random.Random(seed).sample(lee, 3)
    print(f"{len(rows)} articles in the pool ({len(lee)} Lee test stories, {len(other)} SemEval-2023)")
    for stem in other + lee:
        print(("HELD " if stem in held else "dev  ") + stem)


if __name__ == "__main__":
    main()
