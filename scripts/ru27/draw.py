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

``--min-chars``, ``--max-chars`` and ``--min-cues`` (round 36; defaults 1,000, 3,500 and 4, the rule above) change
the length band and the cue count:

    python scripts/ru27/draw.py --pool semeval2023 --seed 36 --count 6 --held 3 --min-chars 3500 --max-chars 7100 --min-cues 3
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


def main(seed: int = 27, count: int = 4, held_count: int = 2, pool: str = "semeval2025", min_chars: int = 1000,
         max_chars: int = 3500, min_cues: int = 4) -> None:
    branches = subprocess.run(["git", "for-each-ref", "--format=%(refname:short)", "refs/heads"], cwd=ROOT,
                              capture_output=True, text=True, check=True).stdout.split()
    cands = []
    for p in sorted(POOLS[pool].glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        if not min_chars <= len(text) <= max_chars or len(CUES.findall(text)) < min_cues:
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
    parser.add_argument("--min-chars", type=int, default=1000, help="shortest text, characters (default 1000)")
    parser.add_argument("--max-chars", type=int, default=3500, help="longest text, characters (default 3500)")
    parser.add_argument("--min-cues", type=int, default=4, help="fewest report cues (default 4)")
    args = parser.parse_args()
    main(args.seed, args.count, args.held, args.pool, args.min_chars, args.max_chars, args.min_cues)
