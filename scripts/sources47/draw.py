"""Seeded draw of round 47's Lee articles (issue 16): round 34's draw with its freshness check repaired.

``scripts/sources34/draw.py``'s ``branch_stems`` runs ``git grep -E`` with a Perl group ``(?:bg|t)``, which POSIX
ERE rejects: git grep fails, no stem is stale and the pool keeps stems other branches name (round 47 found
lee_bg_235, named on actors49, in its first draw). This wrapper sets the check right (``lee_(bg|t)_``) and draws
as round 34 does:

    python scripts/sources47/draw.py --seed 47 --n 8 --held 3 --min-chars 700 --max-chars 849 --min-cues 1
"""
from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts" / "sources34"))
import draw as draw34  # noqa: E402

SAYS = re.compile(r"\b(?:said|says)\b")


def branch_stems_s47() -> set[str]:
    refs = subprocess.run(["git", "for-each-ref", "--format=%(refname:short)", "refs/heads"], cwd=ROOT,
                          capture_output=True, text=True, check=True).stdout.split()
    out = subprocess.run(["git", "grep", "-I", "-o", "-h", "-E", r"lee_(bg|t)_[0-9]+", *refs], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    return {line.rpartition(":")[2] for line in out.splitlines()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=47)
    parser.add_argument("--n", type=int, default=8)
    parser.add_argument("--held", type=int, default=3)
    parser.add_argument("--min-chars", type=int, default=700)
    parser.add_argument("--max-chars", type=int, default=849)
    parser.add_argument("--min-cues", type=int, default=1)
    args = parser.parse_args()
    stale = branch_stems_s47()
    candidates = [p for p in draw34.pool(47, draw34.POOLS["lee"], args.max_chars, args.min_chars, args.min_cues)
                  if Path(p).stem not in stale and SAYS.search((draw34.SHARED / p).read_text(errors="replace"))]
    picked = random.Random(args.seed).sample(candidates, args.n)
    print(f"# pool {len(candidates)} (stale stems {len(stale)}); the last {args.held} are held out")
    for i, p in enumerate(picked):
        print(p + ("  # held out" if i >= args.n - args.held else ""))


if __name__ == "__main__":
    main()
