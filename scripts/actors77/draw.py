"""Draw round 77's actor stories from this helper's pool (seeded, reproducible).

Pool: ``/work/wt/pools/actors77.txt`` (thirty short Reuters-21578 stories of 1987, under 700 characters, from Debian
weka's example data in ``../wekareuters``, one id a line; stories naming governments, allotted to this pool by the
lead's seeded allocation, ``random.Random(58)``, from the fresh stories no other pool holds). All thirty are drawn in
a seeded order: ``random.Random(77).sample(sorted(pool), 30)``; held out, as round 57's tasks say:
``random.Random(77).sample(sorted(pool), 10)`` (a third: 20 development stories and 10 held-out ones; the same seed
on the same list, so the held-out ten are the first ten drawn).
Usage: ``python scripts/actors77/draw.py [POOL]`` (prints ``draw.txt``: path relative to ../shared).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

SEED = 77
DRAW = 30
HELD = 10
FOLDER = Path(__file__).resolve().parents[2].parent / "wekareuters"


def _path(story: str) -> str:
    part = "test" if story.startswith("wr-test-") else "train"
    assert (FOLDER / part / f"{story}.txt").exists() or not FOLDER.exists(), story
    return f"../wekareuters/{part}/{story}.txt"


def main() -> None:
    pool_file = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/wt/pools/actors77.txt")
    ids = [line.split()[0] for line in pool_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    drawn = random.Random(SEED).sample(sorted(ids), DRAW)
    held = set(random.Random(SEED).sample(sorted(ids), HELD))
    for story in drawn:
        print(f"{_path(story)}{'  HELD' if story in held else ''}")


if __name__ == "__main__":
    main()
