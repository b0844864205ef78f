#!/usr/bin/env python3
"""Round 70's draw: 8 fresh propaganda articles (PTC SemEval-2020 task 11 train articles) from this helper's pool.

    python scripts/attr70/draw.py > scripts/attr70/draw.txt

Pool: /work/wt/pools/attr70.txt ("stem chars path" lines, paths relative to ../shared). Candidates: 1,500-6,500
characters (the task's preference), at least four quotation marks or saying verbs (quotation characters plus
"said/says/told/according to/claimed/stated/added"), stem named by no ``git grep -F`` over every local branch in
tests/gold, docs, a draw file or CHANGELOG.md (the brief's freshness test).
Draw:
random.Random(70).sample(sorted candidates, min(8, n)); held out: random.Random(70).sample(sorted batch, k), k 3 for
a batch of 8 and 2 for a batch of 5 (the task's 5:3 split, rounded).

This pool's 13 ids are the same 13 ids as branch sources50's pool (its SemEval-2023 copies of these PTC articles);
sources50 committed a draw naming 8 of them first, so only 5 are fresh and the batch is those 5 (3 development, 2
held out). The stale ones are listed on the draw's first line.
"""

from __future__ import annotations

import random
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
POOL = Path("/work/wt/pools/attr70.txt")
CUES = re.compile(r"[\"\u201c\u201d]|\b(?:said|says|told|according to|claimed|stated|added)\b")


def fresh(stem: str) -> bool:
    refs = subprocess.run(["git", "for-each-ref", "--format=%(refname:short)", "refs/heads"], cwd=ROOT,
                          capture_output=True, text=True, check=True).stdout.split()
    out = subprocess.run(["git", "grep", "-l", "-F", stem, *refs, "--", "tests/gold", "docs", "*draw*", "CHANGELOG.md"],
                         cwd=ROOT, capture_output=True, text=True)
    return not out.stdout.strip()


def main(seed: int = 70) -> None:
    cands, stale = [], []
    rows = [ln.split() for ln in POOL.read_text().splitlines() if ln.strip()]
    for stem, _chars, rel in rows:
        text = (SHARED / rel).read_text(encoding="utf-8")
        if 1500 <= len(text) <= 6500 and len(CUES.findall(text)) >= 4:
            if fresh(stem):
                cands.append(rel)
            else:
                stale.append(stem)
    cands.sort()
    batch = sorted(random.Random(seed).sample(cands, min(8, len(cands))))
    held = sorted(random.Random(seed).sample(batch, 3 if len(batch) >= 8 else 2))
    print(f"{len(cands)} candidates (of {len(rows)} in the pool); named by another branch: {' '.join(stale)}")
    for b in batch:
        print(("HELD " if b in held else "dev  ") + b)


if __name__ == "__main__":
    main()
