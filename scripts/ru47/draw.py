#!/usr/bin/env python3
"""Round 47 (Russian) draw (round 46's script, unchanged rules) from this round's pool file, before any spinscope run.

    python scripts/ru47/draw.py --pool-file /work/wt/pools/ru47.txt --seed 47 --count 6 --held 2

The pool file lists ``stem<TAB>chars<TAB>path`` (SemEval-2023 task 3 RU articles). The
candidates are round 44's rule (``scripts/ru27/draw.py``): 1,000-3,500 characters, at least 2 report cues of
ru27's cue list, a stem ``git grep -w`` finds on no local branch (whole word: ru27's plain ``-F`` match would call
``article241`` used because ``article2410`` is; the pool file itself still lists used stems); draw
``random.Random(SEED).sample`` of the sorted candidates, COUNT; held out ``random.Random(SEED).sample`` of those
sorted, HELD. Prints stems only.

Round 46: the pool file also lists label files (``-labels-subtask-3``) and some stems twice (subtask-1 and
subtask-3 copies): label files are skipped and a stem counts once (written down before the draw ran).
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts" / "ru27"))
from draw import CUES  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pool-file", required=True)
    ap.add_argument("--seed", type=int, default=47)
    ap.add_argument("--count", type=int, default=6)
    ap.add_argument("--held", type=int, default=2)
    ap.add_argument("--min-chars", type=int, default=1000)
    ap.add_argument("--max-chars", type=int, default=3500)
    ap.add_argument("--min-cues", type=int, default=2)
    a = ap.parse_args()
    branches = subprocess.run(["git", "for-each-ref", "--format=%(refname:short)", "refs/heads"], cwd=ROOT,
                              capture_output=True, text=True, check=True).stdout.split()
    stems = [ln.split("\t")[0] for ln in Path(a.pool_file).read_text(encoding="utf-8").splitlines()]
    used: set[str] = set()
    for b in branches:
        args = [x for s in stems for x in ("-e", s)]
        res = subprocess.run(["git", "grep", "-o", "-h", "-w", "-F", *args, b], cwd=ROOT, capture_output=True,
                             text=True)
        used |= set(res.stdout.split())
    cands: list[str] = []
    for line in sorted(Path(a.pool_file).read_text(encoding="utf-8").splitlines()):
        stem, _, rel = line.split("\t")
        if "-labels-" in stem or stem in cands:  # round 46: label files out; a stem listed twice counted once
            continue
        text = (ROOT / rel).read_text(encoding="utf-8")
        if not a.min_chars <= len(text) <= a.max_chars or len(CUES.findall(text)) < a.min_cues:
            continue
        if stem in used:
            continue
        cands.append(stem)
    picked = sorted(random.Random(a.seed).sample(cands, a.count))
    held = sorted(random.Random(a.seed).sample(picked, a.held))
    print(f"{len(cands)} candidates")
    print("development:", [s for s in picked if s not in held])
    print("held out:", held)


if __name__ == "__main__":
    main()
