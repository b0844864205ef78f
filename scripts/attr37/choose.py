#!/usr/bin/env python3
"""Draw a fresh batch of real articles and its held-out part (before any spinscope run; rounds 37 and 38).

    python scripts/attr37/choose.py                                            # round 37
    python scripts/attr37/choose.py --seed 38 --min-chars 2000 --max-chars 4500   # round 38
    python scripts/attr37/choose.py --pool ptc --seed 45 --min-chars 2000 --max-chars 4500 --min-cues 4   # round 45
    python scripts/attr37/choose.py --pool ptc --seed 48 --min-chars 4500 --max-chars 8000 --min-cues 6 --count 6
        --held 2   # round 48 (one command)

Candidates: SemEval-2023 task 3 English training articles (subtask 1, ``article<ID>.txt``) of 1,500-3,500 characters
(round 37; 2,000-4,500 for round 38) with at least 5 "said/says/told/according to", whose file stem is found by no
``git grep STEM`` over every local branch (the task's freshness test: it also covers the other helpers' branches)
and that are not among the SemEval-2025 documents the brief names (those are a different corpus; nothing to skip
here). Draw: random.Random(SEED).sample(sorted candidates, 8); held out: random.Random(SEED).sample(sorted batch,
3).

``--pool ptc`` (round 45) draws from the PTC SemEval-2020 task 11 training articles instead (the same articles as
the SemEval-2023 ones under the same stems, with one sentence a line); ``--min-cues`` sets the cue count (default 5).
``--count`` and ``--held`` (round 48) set the batch size and its held-out part (defaults 8 and 3, as before).
``--pool semeval2025`` (round 51) draws from the SemEval-2025 task 10 EN raw documents (``EN_*.txt``; first line the
title); round 51: ``--pool semeval2025 --seed 51 --min-chars 3900 --max-chars 5000 --min-cues 4 --count 6 --held 2``.
``--pool semeval2023st3`` (round 57) reads the SemEval-2023 subtask-3 folder (the one scripts/lead50/fresh.py reads:
it holds articles subtask 1 lacks) and ``--fresh FILE`` (round 57) keeps only the stems listed in FILE (FRESH.txt's
"pool stem chars" lines: text in no used article); round 57: ``--pool semeval2023st3 --fresh /work/wt/FRESH.txt
--seed 57 --min-chars 4760 --max-chars 6500 --min-cues 1 --count 5 --held 2``.
``--pool lee`` (round 59) draws from the Lee news corpus's background articles (ABC Australia, 2001; one article a
file, ``../lee/background/lee_bg_NNN.txt`` seen from ../shared, as ``scripts/lee/fetch.py`` unpacks them); round 59:
``--pool lee --seed 59 --min-chars 1400 --max-chars 3900 --min-cues 2 --count 8 --held 3``.
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
DIR = "data/semeval2023_task3/en/train-articles-subtask-1"
POOLS = {"semeval2023": DIR, "ptc": "data/ptc_semeval2020_task11/train-articles",
         "semeval2025": "data/semeval2025_task10/EN/raw-documents",
         "semeval2023st3": "data/semeval2023_task3/en/train-articles-subtask-3",
         "lee": "../lee/background"}  # round 59: the Lee corpus's background articles (scripts/lee/fetch.py)
GLOBS = {"semeval2025": "EN_*.txt",  # round 51: SemEval-2025 task 10 EN stems (EN_CC_..., EN_UA_...)
         "lee": "lee_bg_*.txt"}
CUES = re.compile(r"\b(?:said|says|told|according to)\b")


def branches() -> list[str]:
    out = subprocess.run(["git", "for-each-ref", "--format=%(refname:short)", "refs/heads"], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    return out.stdout.split()


def in_repo(stem: str, refs: list[str]) -> bool:
    out = subprocess.run(["git", "grep", "-l", "-F", stem, *refs], cwd=ROOT, capture_output=True, text=True)
    return bool(out.stdout.strip())


def main(seed: int = 37, min_chars: int = 1500, max_chars: int = 3500, pool: str = "semeval2023",
         min_cues: int = 5, count: int = 8, n_held: int = 3, fresh: str | None = None) -> None:
    refs = branches()
    keep = None if fresh is None else {ln.split()[1] for ln in Path(fresh).read_text().splitlines() if ln.strip()}
    sized = []
    folder = POOLS[pool]
    for p in sorted((SHARED / folder).glob(GLOBS.get(pool, "article*.txt"))):
        text = p.read_text(encoding="utf-8")
        if keep is not None and p.stem not in keep:
            continue
        if min_chars <= len(text) <= max_chars and len(CUES.findall(text)) >= min_cues:
            sized.append(p)
    cands = [f"{folder}/{p.name}" for p in sized if not in_repo(p.stem, refs)]
    cands.sort()
    batch = sorted(random.Random(seed).sample(cands, count))
    held = sorted(random.Random(seed).sample(batch, n_held))
    print(f"{len(cands)} candidates (of {len(sized)} of the right size and cue count)")
    for b in batch:
        print(("HELD " if b in held else "dev  ") + b)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=37)
    parser.add_argument("--min-chars", type=int, default=1500)
    parser.add_argument("--max-chars", type=int, default=3500)
    parser.add_argument("--pool", choices=sorted(POOLS), default="semeval2023")
    parser.add_argument("--min-cues", type=int, default=5)
    parser.add_argument("--count", type=int, default=8)
    parser.add_argument("--held", type=int, default=3)
    parser.add_argument("--fresh", default=None, help="keep only the stems listed in this file (round 57)")
    args = parser.parse_args()
    main(args.seed, args.min_chars, args.max_chars, args.pool, args.min_cues, args.count, args.held, args.fresh)
