"""Draw round 52's actor articles from this helper's pool (seeded, reproducible).

Pool: ``/work/wt/pools/actors52.txt`` (SemEval-2025 Task 10 EN raw documents; columns: stem, characters, path
relative to the worktree). Every one of its 14 stems is named somewhere on main (checked with ``git grep`` over
tests/gold, docs and scripts before the draw), so the pool is not fresh by the brief's letter. None is in a gold.
Seven had their text or their actors read for the actor/events layer (issue 17) and are left out (``EXPOSED``):
EN_CC_100047, EN_CC_100093, EN_UA_300035, EN_UA_300041 (the lead's issue-17 reading list, actors32b/actors35
``LEAD_READ``), EN_CC_100150 (actors36 read its actor output for junk), EN_CC_200342 (the lead's round-36 read of
real outputs for actor leads), EN_UA_300017 (events22 judged its events and actors). The other seven are named only
in a stem list (events50/stems.txt, never drawn) or in runs that read events, narratives or source typing diffs.
Candidates: the rest of 1,500-5,600 characters, sorted by stem, shuffled with ``random.Random(52)``; all seven are
drawn; held out: ``random.Random(52).sample(drawn, 3)`` (so 4 development articles, not 5).
Usage: ``python scripts/actors52/draw.py [POOL]`` (prints ``draw.txt``).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

SEED = 52
COUNT = 8
HELD = 3
LOW, HIGH = 1500, 5600
EXPOSED = {"EN_CC_100047", "EN_CC_100093", "EN_UA_300035", "EN_UA_300041", "EN_CC_100150", "EN_CC_200342",
           "EN_UA_300017"}


def main() -> None:
    pool_file = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/wt/pools/actors52.txt")
    rows = [line.split("\t") for line in pool_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    cands = sorted((r[0], r[2]) for r in rows if LOW <= int(r[1]) <= HIGH and r[0] not in EXPOSED)
    random.Random(SEED).shuffle(cands)
    drawn = cands[:COUNT]
    held = set(random.Random(SEED).sample([s for s, _ in drawn], HELD))
    for stem, path in drawn:
        print(f"{path}{'  HELD' if stem in held else ''}")


if __name__ == "__main__":
    main()
