"""Draw five fresh SemEval-2023 task 3 EN training articles for the round-34 actor gold (seeded, reproducible).

Fresh per the task: the file stem (``article<ID>``) is found by ``git grep`` in no local branch
(``git for-each-ref refs/heads``) and in no other worktree's ``tests/gold`` file at draw time. Articles of 150-350
words, so five can be annotated by hand in the round. Candidates are the sorted pool shuffled with
``random.Random(3404)``, taken in order until five fresh ones are found. Held out (fixed here before any score): the
second and the fourth drawn.
Usage: ``python scripts/actors34/draw.py [--heldout | --dev]`` (from the repository root; texts from ../shared).
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT.parent / "shared" / "data" / "semeval2023_task3" / "en" / "train-articles-subtask-1"


def _branches() -> list[str]:
    out = subprocess.run(["git", "for-each-ref", "--format=%(refname:short)", "refs/heads"], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    return out.split()


def _fresh(stem: str, branches: list[str], worktree_gold: str) -> bool:
    if stem in worktree_gold:
        return False
    found = subprocess.run(["git", "grep", "-l", "-F", stem, *branches], cwd=ROOT, capture_output=True,
                           text=True, check=False)
    return not found.stdout.strip()


def main() -> None:
    branches = _branches()
    worktree_gold = "\n".join(p.read_text(encoding="utf-8", errors="replace")
                              for p in Path("/work/wt").glob("*/tests/gold/*.jsonl") if ROOT.name not in p.parts)
    pool = [p.stem for p in sorted(ARTICLES.glob("article*.txt"))
            if 150 <= len(p.read_text(encoding="utf-8").split()) <= 350]
    random.Random(3404).shuffle(pool)
    drawn: list[str] = []
    for stem in pool:
        if _fresh(stem, branches, worktree_gold):
            drawn.append(stem)
        if len(drawn) == 5:
            break
    held = {drawn[1], drawn[3]}
    for stem in drawn:
        if "--heldout" in sys.argv and stem not in held:
            continue
        if "--dev" in sys.argv and stem in held:
            continue
        print(f"data/semeval2023_task3/en/train-articles-subtask-1/{stem}.txt" + ("  HELD" if stem in held else ""))


if __name__ == "__main__":
    main()
