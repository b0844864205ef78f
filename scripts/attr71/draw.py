#!/usr/bin/env python3
"""Round 71's draw: up to 8 fresh PTC (SemEval-2020 task 11) articles from this helper's pool (4 this round).

    python scripts/attr71/draw.py > scripts/attr71/draw.txt

Pool: /work/wt/pools/attr71.txt ("stem chars path" lines, paths relative to the worktree). Candidates (attr68's
draw): 1,500-10,000 characters (attr70's preferred 1,500-6,500 leaves 1 fresh stem: actors51's draw, commit
c81ce6f7, took 7 of this pool's 8 stems in that range, the SemEval-2023 and PTC ids being the same articles; above
10,000 the hand gold does not fit the round), at least four quotation marks or saying verbs, stem
named by no ``git grep -F`` over every local branch in tests/gold, docs, a draw file or CHANGELOG.md, nor in any
other worktree's tests/gold, docs or draw files (uncommitted work). Draw: random.Random(71).sample(sorted candidates,
min(8, n)); held out: random.Random(71).sample(sorted batch, 3 of 8, else half rounded up).
"""

from __future__ import annotations

import random
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
POOL = Path("/work/wt/pools/attr71.txt")
MAX_CHARS = 10000
CUES = re.compile(r"[\"\u201c\u201d]|\b(?:said|says|told|according to|claimed|stated|added)\b")


def fresh(stem: str) -> bool:
    refs = subprocess.run(["git", "for-each-ref", "--format=%(refname:short)", "refs/heads"], cwd=ROOT,
                          capture_output=True, text=True, check=True).stdout.split()
    out = subprocess.run(["git", "grep", "-l", "-F", stem, *refs, "--", "tests/gold", "docs", "*draw*", "CHANGELOG.md"],
                         cwd=ROOT, capture_output=True, text=True)
    if out.stdout.strip():
        return False
    for wt in Path("/work/wt").iterdir():
        if wt.name == ROOT.name or not (wt / ".git").exists():
            continue
        files = [str(p) for d in ("tests/gold", "docs") if (wt / d).is_dir()
                 for p in (wt / d).rglob("*") if p.is_file()]
        files += [str(p) for p in (wt / "scripts").glob("*/*draw*")] + [str(p) for p in wt.glob("CHANGELOG.md")]
        if files and subprocess.run(["grep", "-lF", stem, *files], capture_output=True, text=True).stdout.strip():
            return False
    return True


def main(seed: int = 71) -> None:
    cands = []
    rows = [ln.split() for ln in POOL.read_text().splitlines() if ln.strip()]
    for stem, _chars, rel in rows:
        text = (ROOT / rel).read_text(encoding="utf-8")
        if 1500 <= len(text) <= MAX_CHARS and len(CUES.findall(text)) >= 4 and fresh(stem):
            cands.append(rel)
    cands.sort()
    batch = sorted(random.Random(seed).sample(cands, min(8, len(cands))))
    held = sorted(random.Random(seed).sample(batch, 3 if len(batch) == 8 else (len(batch) + 1) // 2))
    print(f"{len(cands)} candidates (of {len(rows)} in the pool)")
    for b in batch:
        print(("HELD " if b in held else "dev  ") + b)


if __name__ == "__main__":
    main()
