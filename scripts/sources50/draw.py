"""Seeded draw of round 50's SemEval-2023 articles (issue 16) from this task's pool list.

The pool (``/work/wt/pools/sources50.txt``: SemEval-2023 task 3 English training articles of odd id, the
subtask-3 folder) is filtered to the articles with a named or described source (two reporting cues at least,
round 34's ``CUES``, one of them "said"/"says") whose stem no local branch names in tests/gold, docs or a draw
file (the brief's freshness; results listings such as round 32's blind diff name every article of the corpus
and do not count), sorted, then sampled by the seed; the last ``--held`` are held out:

    python scripts/sources50/draw.py --seed 50 --n 8 --held 3 > scripts/sources50/draw.txt
"""
from __future__ import annotations

import argparse
import random
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
CUES = re.compile(r"\b(?:said|says|according to|told|stated)\b")
SAYS = re.compile(r"\b(?:said|says)\b")


def branch_stems_s50() -> set[str]:
    refs = subprocess.run(["git", "for-each-ref", "--format=%(refname:short)", "refs/heads"], cwd=ROOT,
                          capture_output=True, text=True, check=True).stdout.split()
    out = subprocess.run(["git", "grep", "-I", "-o", "-h", "-E", r"article[0-9]{6,}", *refs, "--",
                          "tests/gold", "docs", "*draw*"], cwd=ROOT,
                         capture_output=True, text=True, check=False).stdout
    return {line.rpartition(":")[2] for line in out.splitlines()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=50)
    parser.add_argument("--n", type=int, default=8)
    parser.add_argument("--held", type=int, default=3)
    parser.add_argument("--pool", default="/work/wt/pools/sources50.txt")
    args = parser.parse_args()
    stale = branch_stems_s50()
    rows = [line.split() for line in Path(args.pool).read_text().splitlines() if line.strip()]
    paths = {r[0]: r[2].removeprefix("../shared/") for r in rows}
    stems = sorted(paths)
    candidates = []
    for stem in stems:
        text = (SHARED / paths[stem]).read_text(errors="replace")
        if stem not in stale and len(CUES.findall(text)) >= 2 and SAYS.search(text):
            candidates.append(stem)
    picked = random.Random(args.seed).sample(candidates, args.n)
    print(f"# pool {len(stems)}, {len(candidates)} with two cues and no branch naming them (stale in pool: "
          f"{len(set(stems) & stale)}); seed {args.seed}; the last {args.held} are held out")
    for i, stem in enumerate(picked):
        print(paths[stem] + ("  # held out" if i >= args.n - args.held else ""))


if __name__ == "__main__":
    main()
