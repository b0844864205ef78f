"""Seeded draw of round 49's Lee articles (issue 16) from this task's pool list.

The pool (``/work/wt/pools/sources49.txt``: Lee background stems of 1,000-1,199 characters) is filtered to the
articles with a named or described source (two reporting cues at least, round 34's ``CUES``, one of them
"said"/"says") whose stem no local branch names (round 47's repaired check), sorted, then sampled by the seed;
the last ``--held`` are held out:

    python scripts/sources49/draw.py --seed 49 --n 8 --held 3 > scripts/sources49/draw.txt
"""
from __future__ import annotations

import argparse
import random
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LEE = Path("/work/lee/background")
CUES = re.compile(r"\b(?:said|says|according to|told|stated)\b")
SAYS = re.compile(r"\b(?:said|says)\b")


def branch_stems_s49() -> set[str]:
    refs = subprocess.run(["git", "for-each-ref", "--format=%(refname:short)", "refs/heads"], cwd=ROOT,
                          capture_output=True, text=True, check=True).stdout.split()
    out = subprocess.run(["git", "grep", "-I", "-o", "-h", "-E", r"lee_(bg|t)_[0-9]+", *refs], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    return {line.rpartition(":")[2] for line in out.splitlines()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=49)
    parser.add_argument("--n", type=int, default=8)
    parser.add_argument("--held", type=int, default=3)
    parser.add_argument("--pool", default="/work/wt/pools/sources49.txt")
    args = parser.parse_args()
    stale = branch_stems_s49()
    stems = sorted(line.split()[0] for line in Path(args.pool).read_text().splitlines() if line.strip())
    candidates = []
    for stem in stems:
        text = (LEE / f"{stem}.txt").read_text(errors="replace")
        if stem not in stale and len(CUES.findall(text)) >= 2 and SAYS.search(text):
            candidates.append(stem)
    picked = random.Random(args.seed).sample(candidates, args.n)
    print(f"# pool {len(stems)}, {len(candidates)} with two cues and no branch naming them (stale in pool: "
          f"{len(set(stems) & stale)}); seed {args.seed}; the last {args.held} are held out")
    for i, stem in enumerate(picked):
        print(f"../lee/background/{stem}.txt" + ("  # held out" if i >= args.n - args.held else ""))


if __name__ == "__main__":
    main()
