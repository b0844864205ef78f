"""The seeded draw of real articles annotated in ``tests/gold/actors_real.jsonl`` (round 26, branch ``actors26``).

Pool: the English SemEval-2023 Task 3 subtask-1 training articles (the PTC train and dev articles, relabelled, so
PTC is not drawn a second time) and the English SemEval-2025 Task 10 raw documents, each file of at most
``MAX_BYTES`` bytes (hand annotation of whole articles had to fit one session). Eight SemEval-2025 documents and
seven SemEval-2023 articles are drawn with ``random.Random(SEED)`` from the sorted file lists.

A second batch, annotated in ``tests/gold/actors_real_heldout.jsonl`` and committed after the rule changes were
made on the first but before any run on it (the never-seen estimate of those changes): three of each pool, drawn
with ``random.Random(HELDOUT_SEED)`` from the same sorted lists less the first batch.

Usage: ``python scripts/actors26/draw.py [--heldout]`` (prints the data paths, relative to ``../shared``).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

SEED = 26
HELDOUT_SEED = 2604
HELDOUT_COUNT = 3
MAX_BYTES = 5000
SHARED = Path("../shared")
POOLS = (("data/semeval2025_task10/EN/raw-documents", 8), ("data/semeval2023_task3/en/train-articles-subtask-1", 7))


def draw() -> list[str]:
    rng = random.Random(SEED)
    paths: list[str] = []
    for folder, count in POOLS:
        files = sorted(p for p in (SHARED / folder).glob("*.txt") if p.stat().st_size <= MAX_BYTES)
        paths += [str(p.relative_to(SHARED)) for p in rng.sample(files, count)]
    return paths


def draw_heldout() -> list[str]:
    first = set(draw())
    rng = random.Random(HELDOUT_SEED)
    paths: list[str] = []
    for folder, _ in POOLS:
        files = sorted(str(p.relative_to(SHARED)) for p in (SHARED / folder).glob("*.txt")
                       if p.stat().st_size <= MAX_BYTES)
        paths += rng.sample([f for f in files if f not in first], HELDOUT_COUNT)
    return paths


if __name__ == "__main__":
    print("\n".join(draw_heldout() if "--heldout" in sys.argv[1:] else draw()))
