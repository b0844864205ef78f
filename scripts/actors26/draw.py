"""The seeded draw of real articles annotated in ``tests/gold/actors_real.jsonl`` (round 26, branch ``actors26``).

Pool: the English SemEval-2023 Task 3 subtask-1 training articles (the PTC train and dev articles, relabelled, so
PTC is not drawn a second time) and the English SemEval-2025 Task 10 raw documents, each file of at most
``MAX_BYTES`` bytes (hand annotation of whole articles had to fit one session). Eight SemEval-2025 documents and
seven SemEval-2023 articles are drawn with ``random.Random(SEED)`` from the sorted file lists.

Usage: ``python scripts/actors26/draw.py`` (prints the data paths, relative to ``../shared``).
"""

from __future__ import annotations

import random
from pathlib import Path

SEED = 26
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


if __name__ == "__main__":
    print("\n".join(draw()))
