"""Draw round 56's actor articles from this helper's pool (seeded, reproducible).

Pool: ``/work/wt/pools/actors56.txt`` (13 texts: eight short Reuters company stories of 1987 from Debian
``r-cran-tm``'s sample texts, unpacked by ``scripts/reuters/fetch.py``, and the last five Lee test stories; columns:
id, characters, path as golds name it). No branch named any of them in tests/gold, docs or a draw before this one.
All 13 are drawn, sorted by id and shuffled with ``random.Random(56)``; held out: ``random.Random(56).sample(drawn,
5)`` (so 8 development texts and 5 held-out ones).
Usage: ``python scripts/actors56/draw.py [POOL]`` (prints ``draw.txt``).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

SEED = 56
HELD = 5


def main() -> None:
    pool_file = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/wt/pools/actors56.txt")
    rows = [line.split("\t") for line in pool_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    path_of = {r[0]: r[2].strip() for r in rows}
    drawn = sorted(path_of)
    random.Random(SEED).shuffle(drawn)
    held = set(random.Random(SEED).sample(drawn, HELD))
    for ident in drawn:
        print(f"{path_of[ident]}{'  HELD' if ident in held else ''}")


if __name__ == "__main__":
    main()
