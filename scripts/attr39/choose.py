#!/usr/bin/env python3
"""Draw round 39's fresh batch of SemEval-2025 task 10 English documents and its held-out part (before any
spinscope run).

    python scripts/attr39/choose.py

Candidates: ``data/semeval2025_task10/EN/raw-documents/*.txt`` of 1,200-3,500 characters with at least 4 reporting
cues (said/says/told/according to/stated/claimed, whole words), whose file stem is found by no ``git grep -F STEM``
over every local branch (the brief's freshness test; it also covers the other helpers' branches).
Draw: random.Random(39).sample(sorted candidates, 8); held out: random.Random(39).sample(sorted batch, 3).
"""

from __future__ import annotations

import random
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
DIR = "data/semeval2025_task10/EN/raw-documents"
CUES = re.compile(r"\b(?:said|says|told|according to|stated|claimed)\b")


def branches() -> list[str]:
    out = subprocess.run(["git", "for-each-ref", "--format=%(refname:short)", "refs/heads"], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    return out.stdout.split()


def in_repo(stem: str, refs: list[str]) -> bool:
    out = subprocess.run(["git", "grep", "-l", "-F", stem, *refs], cwd=ROOT, capture_output=True, text=True)
    return bool(out.stdout.strip())


def main() -> None:
    refs = branches()
    sized = []
    for p in sorted((SHARED / DIR).glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        if 1200 <= len(text) <= 3500 and len(CUES.findall(text)) >= 4:
            sized.append(p)
    cands = sorted(f"{DIR}/{p.name}" for p in sized if not in_repo(p.stem, refs))
    batch = sorted(random.Random(39).sample(cands, 8))
    held = sorted(random.Random(39).sample(batch, 3))
    print(f"{len(cands)} candidates (of {len(sized)} of the right size and cue count)")
    for b in batch:
        print(("HELD " if b in held else "dev  ") + b)


if __name__ == "__main__":
    main()
