#!/usr/bin/env python3
"""Draw round 39's fresh batch of SemEval-2025 task 10 English documents and its held-out part (before any
spinscope run).

    python scripts/attr39/choose.py              # round 39
    python scripts/attr39/choose.py --seed 42 --max-chars 4500    # round 42 (5 fresh left at 3,500)

Candidates: ``data/semeval2025_task10/EN/raw-documents/*.txt`` of 1,200-3,500 characters (``--min-chars``,
``--max-chars``) with at least 4 reporting
cues (said/says/told/according to/stated/claimed, whole words), whose file stem is found by no ``git grep -F STEM``
over every local branch (the brief's freshness test; it also covers the other helpers' branches).
Draw: random.Random(SEED).sample(sorted candidates, 8); held out: random.Random(SEED).sample(sorted batch, 3)
(SEED 39 unless ``--seed`` says otherwise).
"""

from __future__ import annotations

import argparse
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


def main(seed: int = 39, min_chars: int = 1200, max_chars: int = 3500) -> None:
    refs = branches()
    sized = []
    for p in sorted((SHARED / DIR).glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        if min_chars <= len(text) <= max_chars and len(CUES.findall(text)) >= 4:
            sized.append(p)
    cands = sorted(f"{DIR}/{p.name}" for p in sized if not in_repo(p.stem, refs))
    batch = sorted(random.Random(seed).sample(cands, 8))
    held = sorted(random.Random(seed).sample(batch, 3))
    print(f"{len(cands)} candidates (of {len(sized)} of the right size and cue count)")
    for b in batch:
        print(("HELD " if b in held else "dev  ") + b)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=39)
    parser.add_argument("--min-chars", type=int, default=1200)
    parser.add_argument("--max-chars", type=int, default=3500)
    args = parser.parse_args()
    main(args.seed, args.min_chars, args.max_chars)
