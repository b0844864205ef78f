"""Seeded draw of round 51's SemEval-2025 articles (issue 16) from this task's pool list.

The pool (``/work/wt/pools/sources51.txt``: SemEval-2025 task 10 English raw documents, climate
change and Ukraine war) is filtered to the articles with a named or described source (two reporting cues at least,
round 34's ``CUES``, one of them "said"/"says") whose stem no local branch names in tests/gold or a draw file. Every
pool article but three is named in docs/EVALUATION.md, always as an output read by a lead or helper (events,
actors, narratives, speed checks), never in a source gold: the brief's docs test would leave two candidates, so
it is reported per article (``# named in docs``) instead of filtering. Sorted, then sampled by the seed; the
last ``--held`` are held out:

    python scripts/sources51/draw.py --seed 51 --n 8 --held 3 > scripts/sources51/draw.txt
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


def branch_stems_s51(where: tuple[str, ...] = ("tests/gold", "*draw*")) -> set[str]:
    refs = subprocess.run(["git", "for-each-ref", "--format=%(refname:short)", "refs/heads"], cwd=ROOT,
                          capture_output=True, text=True, check=True).stdout.split()
    refs = [r for r in refs if r != "sources51"]  # this round's own draw and gold (committed after the draw)
    out = subprocess.run(["git", "grep", "-I", "-o", "-h", "-E", r"EN_(CC|UA)_[0-9]{6}", *refs, "--",
                          *where], cwd=ROOT,
                         capture_output=True, text=True, check=False).stdout
    return {line.rpartition(":")[2] for line in out.splitlines()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=51)
    parser.add_argument("--n", type=int, default=8)
    parser.add_argument("--held", type=int, default=3)
    parser.add_argument("--pool", default="/work/wt/pools/sources51.txt")
    args = parser.parse_args()
    stale = branch_stems_s51()
    in_docs = branch_stems_s51(("docs",))
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
        note = "  # held out" if i >= args.n - args.held else ""
        if stem in in_docs:
            note += "  # named in docs (an output read, no gold)"
        print(paths[stem] + note)


if __name__ == "__main__":
    main()
