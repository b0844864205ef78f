#!/usr/bin/env python3
"""Round 68's draw: 8 fresh propaganda articles (SemEval-2023 task 3 EN, subtask-3 folder) from this helper's pool.

    python scripts/attr68/draw.py > scripts/attr68/draw.txt

Pool: /work/wt/pools/attr68.txt ("stem chars path" lines, paths relative to ../shared). Candidates: 2,000-6,000
characters, at least four quotation marks or saying verbs (quotation characters plus "said/says/told/according
to/claimed/stated/added"), stem named by no ``git grep -F`` over every local branch in tests/gold, docs, a draw file
or CHANGELOG.md (the brief's freshness test; every pool stem turns up in some events/sources rule-check listing,
which the brief does not count). Draw:
random.Random(68).sample(sorted candidates, 8); held out: random.Random(68).sample(sorted batch, 3).
"""

from __future__ import annotations

import random
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
POOL = Path("/work/wt/pools/attr68.txt")
CUES = re.compile(r"[\"\u201c\u201d]|\b(?:said|says|told|according to|claimed|stated|added)\b")


def fresh(stem: str) -> bool:
    refs = subprocess.run(["git", "for-each-ref", "--format=%(refname:short)", "refs/heads"], cwd=ROOT,
                          capture_output=True, text=True, check=True).stdout.split()
    out = subprocess.run(["git", "grep", "-l", "-F", stem, *refs, "--", "tests/gold", "docs", "*draw*", "CHANGELOG.md"],
                         cwd=ROOT, capture_output=True, text=True)
    return not out.stdout.strip()


def main(seed: int = 68) -> None:
    cands = []
    rows = [ln.split() for ln in POOL.read_text().splitlines() if ln.strip()]
    for stem, _chars, rel in rows:
        text = (SHARED / rel).read_text(encoding="utf-8")
        if 2000 <= len(text) <= 6000 and len(CUES.findall(text)) >= 4 and fresh(stem):
            cands.append(rel)
    cands.sort()
    batch = sorted(random.Random(seed).sample(cands, 8))
    held = sorted(random.Random(seed).sample(batch, 3))
    print(f"{len(cands)} candidates (of {len(rows)} in the pool)")
    for b in batch:
        print(("HELD " if b in held else "dev  ") + b)


if __name__ == "__main__":
    main()
