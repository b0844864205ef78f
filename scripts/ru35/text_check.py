#!/usr/bin/env python3
"""Check that drawn Russian articles' text is in no used article under another stem (round 35).

    python scripts/ru35/text_check.py article2429 article2464 article24123 article2447

Reads every Russian text of ../shared/data (SemEval-2023 task 3 ``ru`` article folders, SemEval-2025 task 10
``RU/raw-documents``), and for each STEM lists the other files that share any 8-word run with it; a sharing file
whose stem ``git grep -F`` finds on a local branch is a used article, and the drawn one is not fresh. Prints stems
and counts only (no article text).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data"
FOLDERS = [*sorted((DATA / "semeval2023_task3" / "ru").glob("*articles*")),
           DATA / "semeval2025_task10" / "RU" / "raw-documents"]
WORD = re.compile(r"\w+")
RUN = 8


def runs(text: str) -> set[tuple[str, ...]]:
    words = WORD.findall(text.lower())
    return {tuple(words[i:i + RUN]) for i in range(len(words) - RUN + 1)}


def main(stems: list[str]) -> int:
    branches = subprocess.run(["git", "for-each-ref", "--format=%(refname:short)", "refs/heads"], cwd=ROOT,
                              capture_output=True, text=True, check=True).stdout.split()
    files = [p for folder in FOLDERS for p in sorted(folder.glob("*.txt"))]
    shingles = {p: runs(p.read_text(encoding="utf-8")) for p in files}
    bad = 0
    for stem in stems:
        own = set().union(*(s for p, s in shingles.items() if p.stem == stem))
        if not own:
            print(f"{stem}: not found")
            bad += 1
            continue
        others = sorted({p.stem for p, s in shingles.items() if p.stem != stem and own & s})
        used = [o for o in others if subprocess.run(["git", "grep", "-l", "-F", o, *branches], cwd=ROOT,
                                                    capture_output=True, text=True).stdout.strip()]
        print(f"{stem}: shares an {RUN}-word run with {len(others)} other file(s) {others}; used: {used or 'none'}")
        bad += bool(used)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
