"""Draw round 51's actor articles from this helper's pool (seeded, reproducible).

Pool: ``/work/wt/pools/actors51.txt`` (SemEval-2023 EN subtask-3 training articles no branch has used; columns: stem,
characters, path relative to the worktree). Candidates: 1,500-6,500 characters (the pool's count, inclusive), sorted
by stem, shuffled with ``random.Random(51)``; the first eight are drawn; held out:
``random.Random(51).sample(drawn, 3)``. Usage: ``python scripts/actors51/draw.py [POOL]`` (prints ``draw.txt``).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

SEED = 51
COUNT = 8
HELD = 3
LOW, HIGH = 1500, 6500


def main() -> None:
    pool_file = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/wt/pools/actors51.txt")
    rows = [line.split("\t") for line in pool_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    cands = sorted((r[0], r[2]) for r in rows if LOW <= int(r[1]) <= HIGH)
    random.Random(SEED).shuffle(cands)
    drawn = cands[:COUNT]
    held = set(random.Random(SEED).sample([s for s, _ in drawn], HELD))
    for stem, path in drawn:
        print(f"{path}{'  HELD' if stem in held else ''}")


if __name__ == "__main__":
    main()
