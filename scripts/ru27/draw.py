#!/usr/bin/env python3
"""Draw fresh real Russian articles and their held-out part, before any spinscope run (rounds 27-29).

    python scripts/ru27/draw.py                                  # round 27: 4 articles, 2 held out
    python scripts/ru27/draw.py --seed 28 --count 6 --held 3     # round 28
    python scripts/ru27/draw.py --seed 29 --count 6 --held 3     # round 29
    python scripts/ru27/draw.py --seed 31 --count 6 --held 3 --pool semeval2023   # round 31

Candidates: the SemEval-2025 task 10 RU raw documents of 1,000-3,500 characters with at least 4 report cues, whose
stem ``git grep`` finds on no local branch, not RU-URW-1006 / RU-URW-1015. Draw: ``random.Random(SEED).sample`` of the
sorted candidates, COUNT; held out: ``random.Random(SEED).sample`` of those sorted, HELD.

``--pool semeval2023`` (round 31; the default pool is empty since round 30) takes the candidates from the SemEval-2023
task 3 RU articles (``train-articles-subtask-3``, the largest of its three folders) under the same length, cue and
freshness rule.
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT.parent / "shared" / "data" / "semeval2025_task10" / "RU" / "raw-documents"
POOLS = {"semeval2025": RAW,
         "semeval2023": ROOT.parent / "shared" / "data" / "semeval2023_task3" / "ru" / "train-articles-subtask-3"}
CUES = re.compile(r"заявил|сообщил|сказал|по словам|переда[её]т|отметил|рассказал|уточнили|по данным|подчеркнул",
                  re.IGNORECASE)


def seen(stem: str, branches: list[str]) -> bool:
    res = subprocess.run(["git", "grep", "-l", "-F", stem, *branches], cwd=ROOT, capture_output=True, text=True)
    return bool(res.stdout.strip())


def main(seed: int = 27, count: int = 4, held_count: int = 2, pool: str = "semeval2025") -> None:
    branches = subprocess.run(["git", "for-each-ref", "--format=%(refname:short)", "refs/heads"], cwd=ROOT,
                              capture_output=True, text=True, check=True).stdout.split()
    cands = []
    for p in sorted(POOLS[pool].glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        if not 1000 <= len(text) <= 3500 or len(CUES.findall(text)) < 4:
            continue
        if p.stem in {"RU-URW-1006", "RU-URW-1015"} or seen(p.stem, branches):
            continue
        cands.append(p.stem)
    picked = sorted(random.Random(seed).sample(cands, count))
    held = sorted(random.Random(seed).sample(picked, held_count))
    print(f"{len(cands)} candidates")
    print("development:", [s for s in picked if s not in held])
    print("held out:", held)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=27)
    parser.add_argument("--count", type=int, default=4, help="articles drawn")
    parser.add_argument("--held", type=int, default=2, help="of them held out")
    parser.add_argument("--pool", choices=sorted(POOLS), default="semeval2025",
                        help="candidate documents (default: the SemEval-2025 RU raw documents)")
    args = parser.parse_args()
    main(args.seed, args.count, args.held, args.pool)
