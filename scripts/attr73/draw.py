#!/usr/bin/env python3
"""Round 73's draw: 8 fresh SemEval-2025 task 10 English raw documents from this helper's pool.

    python scripts/attr73/draw.py > scripts/attr73/draw.txt

Pool: /work/wt/pools/attr73.txt ("id chars path" lines, paths relative to the worktree). Candidates: 1,500-5,600
characters (the task's preference), at least four quotation marks or saying verbs (quoted or reported speech), id
named by no ``git grep -F`` over every local branch in tests/gold, docs, a draw file or CHANGELOG.md, nor in any
other worktree's tests/gold, docs or draw files. Only 4 pool ids pass that test (the others are named in docs/EVALUATION.md
or in actors32b/actors35's draw lists of articles the lead read), 3 of them with reported speech: so a second tier
admits ids named **only** in docs/EVALUATION.md by an events or roles round's list of articles whose event / role
output was read (``DOCS_NON_ATTR``, each with its section); ids named by a lead's or an attribution round's reading,
a gold or a draw stay out (EN_CC_100038, EN_UA_010095, EN_UA_300036, EN_UA_300108). Draw: random.Random(73).sample(sorted candidates, min(8, n));
held out: random.Random(73).sample(sorted batch, 3)."""

from __future__ import annotations

import random
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
POOL = Path("/work/wt/pools/attr73.txt")
MAX_CHARS = 5600
CUES = re.compile(r"[\"\u201c\u201d]|\b(?:said|says|told|according to|claimed|stated|added|reported|warned)\b", re.I)
#: Ids named only in docs/EVALUATION.md by a non-attribution round's list of real articles it ran (never in a gold or
#: draw, never in an attribution round's or a lead's reading).
DOCS_NON_ATTR = {
    "EN_CC_200321": "Events and actors, round 25 (events25): events output, 40 documents",
    "EN_UA_012803": "Events and actors, round 25 (events25): events output, 40 documents",
    "EN_CC_300040": "Events and actors, round 23 (events23): events layer, 20 articles",
    "EN_UA_300079": "Events and actors, round 23 (events23): events layer, 20 articles",
    "EN_UA_DEV_216": "Events and actors, round 23 (events23): events layer, 20 articles",
    "EN_UA_015443": "Events and actors, fifth round (events5): events, five documents",
    "EN_UA_101079": "Roles, round 20 (roles20): roles only read",
}


def fresh(stem: str) -> bool:
    refs = subprocess.run(["git", "for-each-ref", "--format=%(refname:short)", "refs/heads"], cwd=ROOT,
                          capture_output=True, text=True, check=True).stdout.split()
    docs = ["docs"] if stem not in DOCS_NON_ATTR else []
    out = subprocess.run(["git", "grep", "-l", "-F", stem, *refs, "--", "tests/gold", *docs, "*draw*", "CHANGELOG.md"],
                         cwd=ROOT, capture_output=True, text=True)
    if out.stdout.strip():
        return False
    for wt in Path("/work/wt").iterdir():
        if wt.name == ROOT.name or not (wt / ".git").exists():
            continue
        files = [str(p) for d in ("tests/gold", "docs") if (wt / d).is_dir() and (d == "tests/gold" or stem not in DOCS_NON_ATTR)
                 for p in (wt / d).rglob("*") if p.is_file()]
        files += [str(p) for p in (wt / "scripts").glob("*/*draw*")] + [str(p) for p in wt.glob("CHANGELOG.md")]
        if files and subprocess.run(["grep", "-lF", stem, *files], capture_output=True, text=True).stdout.strip():
            return False
    return True


def main(seed: int = 73) -> None:
    cands = []
    rows = [ln.split() for ln in POOL.read_text().splitlines() if ln.strip()]
    for stem, _chars, rel in rows:
        text = (ROOT / rel).read_text(encoding="utf-8")
        if 1500 <= len(text) <= MAX_CHARS and len(CUES.findall(text)) >= 4 and fresh(stem):
            cands.append(rel)
    cands.sort()
    batch = sorted(random.Random(seed).sample(cands, min(8, len(cands))))
    held = sorted(random.Random(seed).sample(batch, 3))
    print(f"{len(cands)} candidates (of {len(rows)} in the pool)")
    for b in batch:
        print(("HELD " if b in held else "dev  ") + b)


if __name__ == "__main__":
    main()
