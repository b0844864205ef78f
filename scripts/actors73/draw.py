"""Draw round 73's actor stories from this helper's pool (seeded, reproducible).

Pool: ``/work/wt/pools/actors73.txt`` (fourteen Reuters-21578 stories of 1987 from Debian weka's example data in
``../wekareuters``, one id a line; stories naming governments, allotted to this pool
by the lead from the fresh stories no other pool holds). Nine are
drawn: ``random.Random(73).sample(sorted(pool), 9)``; held out: ``random.Random(73).sample(sorted(drawn), 3)`` (a
third: 6 development stories and 3 held-out ones).
Usage: ``python scripts/actors73/draw.py [POOL]`` (prints ``draw.txt``: path relative to ../shared).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

SEED = 73
DRAW = 9
HELD = 3
FOLDER = Path(__file__).resolve().parents[2].parent / "wekareuters"


def _path(story: str) -> str:
    part = "test" if story.startswith("wr-test-") else "train"
    assert (FOLDER / part / f"{story}.txt").exists() or not FOLDER.exists(), story
    return f"../wekareuters/{part}/{story}.txt"


def main() -> None:
    pool_file = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/wt/pools/actors73.txt")
    ids = [line.split()[0] for line in pool_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    drawn = random.Random(SEED).sample(sorted(ids), DRAW)
    held = set(random.Random(SEED).sample(sorted(drawn), HELD))
    for story in drawn:
        print(f"{_path(story)}{'  HELD' if story in held else ''}")


if __name__ == "__main__":
    main()
