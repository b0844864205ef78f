"""The seeded draw of real articles annotated in ``tests/gold/actors_real27.jsonl`` (round 27, branch ``actors27``).

The same pools and size limit as ``scripts/actors26/draw.py``; six articles of each pool drawn with
``random.Random(SEED)`` from the sorted file lists less the articles of both round-26 batches
(``tests/gold/actors_real.jsonl`` and ``actors_real_heldout.jsonl``). The annotations were committed before any
spinscope run on these articles (the never-seen estimate of the round-26 branch).

A second batch, annotated in ``tests/gold/actors_real27_heldout.jsonl`` and committed after this round's rule
changes were made but before any run on it (their never-seen estimate): three of each pool, drawn with
``random.Random(HELDOUT_SEED)`` less the articles of all earlier batches.

Usage: ``python scripts/actors27/draw.py [--heldout]`` (prints the data paths, relative to ``../shared``).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors26"))

from draw import MAX_BYTES, POOLS, SHARED, draw, draw_heldout

SEED = 27
COUNT = 6
HELDOUT_SEED = 2704
HELDOUT_COUNT = 3


def draw_fresh() -> list[str]:
    seen = set(draw()) | set(draw_heldout())
    rng = random.Random(SEED)
    paths: list[str] = []
    for folder, _ in POOLS:
        files = sorted(str(p.relative_to(SHARED)) for p in (SHARED / folder).glob("*.txt")
                       if p.stat().st_size <= MAX_BYTES)
        paths += rng.sample([f for f in files if f not in seen], COUNT)
    return paths


def draw_heldout27() -> list[str]:
    seen = set(draw()) | set(draw_heldout()) | set(draw_fresh())
    rng = random.Random(HELDOUT_SEED)
    paths: list[str] = []
    for folder, _ in POOLS:
        files = sorted(str(p.relative_to(SHARED)) for p in (SHARED / folder).glob("*.txt")
                       if p.stat().st_size <= MAX_BYTES)
        paths += rng.sample([f for f in files if f not in seen], HELDOUT_COUNT)
    return paths


if __name__ == "__main__":
    print("\n".join(draw_heldout27() if "--heldout" in sys.argv[1:] else draw_fresh()))
