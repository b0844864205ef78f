"""The seeded draw of real articles annotated in ``tests/gold/actors_real28.jsonl`` (round 28, branch ``actors28``).

The same pools and size limit as ``scripts/actors26/draw.py``; five articles of each pool drawn with
``random.Random(SEED)`` from the sorted file lists less every article already in ``tests/gold/actors_real*.jsonl``
or ``tests/gold/sources_real26.jsonl``. The annotations were committed before any spinscope run on these articles
(the never-seen estimate of the round-27 rules).

A second, held-out batch (``tests/gold/actors_real28_heldout.jsonl``), annotated and committed after this round's
rule changes but before any run on it (their never-seen estimate): two of each pool with
``random.Random(HELDOUT_SEED)`` less every earlier article and the first batch.

Usage: ``python scripts/actors28/draw.py [--heldout]`` (prints the data paths, relative to ``../shared``).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

SEED = 28
COUNT = 5
HELDOUT_SEED = 2804
HELDOUT_COUNT = 2
MAX_BYTES = 5000
SHARED = Path("../shared")
GOLD = Path("tests/gold")
POOLS = ("data/semeval2025_task10/EN/raw-documents", "data/semeval2023_task3/en/train-articles-subtask-1")


def seen() -> set[str]:
    paths: set[str] = set()
    for gold in [*sorted(GOLD.glob("actors_real*.jsonl")), GOLD / "sources_real26.jsonl"]:
        if gold.name == "actors_real28_heldout.jsonl":
            continue
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                paths.add(json.loads(line)["path"])
    return paths


def draw() -> list[str]:
    old = seen() - _first_batch()
    rng = random.Random(SEED)
    paths: list[str] = []
    for folder in POOLS:
        files = sorted(str(p.relative_to(SHARED)) for p in (SHARED / folder).glob("*.txt")
                       if p.stat().st_size <= MAX_BYTES)
        paths += rng.sample([f for f in files if f not in old], COUNT)
    return paths


def _first_batch() -> set[str]:
    gold = GOLD / "actors_real28.jsonl"
    if not gold.is_file():
        return set()
    return {json.loads(line)["path"] for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()}


def draw_heldout() -> list[str]:
    old = seen() | set(draw())
    rng = random.Random(HELDOUT_SEED)
    paths: list[str] = []
    for folder in POOLS:
        files = sorted(str(p.relative_to(SHARED)) for p in (SHARED / folder).glob("*.txt")
                       if p.stat().st_size <= MAX_BYTES)
        paths += rng.sample([f for f in files if f not in old], HELDOUT_COUNT)
    return paths


if __name__ == "__main__":
    print("\n".join(draw_heldout() if "--heldout" in sys.argv[1:] else draw()))
