#!/usr/bin/env python3
"""Draw round 29's fresh real Russian articles (6; 3 of them held out), before any spinscope run.

    python scripts/ru29/draw.py

Candidates: the SemEval-2025 task 10 RU raw documents of 1,000-3,500 characters with at least 4 report cues, whose
stem ``git grep`` finds on no local branch, not RU-URW-1006 / RU-URW-1015. Draw: ``random.Random(29).sample`` of the
sorted candidates, 6; held out: ``random.Random(29).sample`` of those 6 sorted, 3.
"""

from __future__ import annotations

import random
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT.parent / "shared" / "data" / "semeval2025_task10" / "RU" / "raw-documents"
CUES = re.compile(r"заявил|сообщил|сказал|по словам|переда[её]т|отметил|рассказал|уточнили|по данным|подчеркнул",
                  re.IGNORECASE)


def seen(stem: str, branches: list[str]) -> bool:
    res = subprocess.run(["git", "grep", "-l", "-F", stem, *branches], cwd=ROOT, capture_output=True, text=True)
    return bool(res.stdout.strip())


def main() -> None:
    branches = subprocess.run(["git", "for-each-ref", "--format=%(refname:short)", "refs/heads"], cwd=ROOT,
                              capture_output=True, text=True, check=True).stdout.split()
    cands = []
    for p in sorted(RAW.glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        if not 1000 <= len(text) <= 3500 or len(CUES.findall(text)) < 4:
            continue
        if p.stem in {"RU-URW-1006", "RU-URW-1015"} or seen(p.stem, branches):
            continue
        cands.append(p.stem)
    picked = sorted(random.Random(29).sample(cands, 6))
    held = sorted(random.Random(29).sample(picked, 3))
    print(f"{len(cands)} candidates")
    print("development:", [s for s in picked if s not in held])
    print("held out:", held)


if __name__ == "__main__":
    main()
