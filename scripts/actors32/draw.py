"""The seeded draw of real articles annotated in ``tests/gold/actors_real32*.jsonl`` (round 32, branch ``actors32``).

The pools and size limit of ``scripts/actors26/draw.py``; three articles of each pool drawn with
``random.Random(SEED)`` from the sorted file lists less every article already in ``tests/gold/actors_real*.jsonl``,
``tests/gold/sources_real*.jsonl`` or ``tests/gold/attributions_real*.jsonl`` (as of main ``717ef81a``). Of the six,
two (the first article of each pool's draw) are held out: ``tests/gold/actors_real32_heldout.jsonl``, read once,
after the last rule change. The four others are ``tests/gold/actors_real32.jsonl`` (the errors read). All six were
annotated and committed before any spinscope run on them.

Usage: ``python scripts/actors32/draw.py [--heldout | --all]`` (prints the data paths, relative to ``../shared``).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

SEED = 32
COUNT = 3
MAX_BYTES = 5000
SHARED = Path("../shared")
GOLD = Path("tests/gold")
POOLS = ("data/semeval2025_task10/EN/raw-documents", "data/semeval2023_task3/en/train-articles-subtask-1")
OWN = ("actors_real32.jsonl", "actors_real32_heldout.jsonl")


def seen() -> set[str]:
    paths: set[str] = set()
    golds = [*sorted(GOLD.glob("actors_real*.jsonl")), *sorted(GOLD.glob("sources_real*.jsonl")),
             *sorted(GOLD.glob("attributions_real*.jsonl"))]
    for gold in golds:
        if gold.name in OWN:
            continue
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                paths.add(json.loads(line)["path"])
    return paths


def draw() -> tuple[list[str], list[str]]:
    """Return (tuning paths, held-out paths)."""
    old = seen()
    rng = random.Random(SEED)
    tune: list[str] = []
    held: list[str] = []
    for folder in POOLS:
        files = sorted(str(p.relative_to(SHARED)) for p in (SHARED / folder).glob("*.txt")
                       if p.stat().st_size <= MAX_BYTES)
        picked = rng.sample([f for f in files if f not in old], COUNT)
        held += picked[:1]
        tune += picked[1:]
    return tune, held


if __name__ == "__main__":
    tuning, heldout = draw()
    args = sys.argv[1:]
    print("\n".join(heldout if "--heldout" in args else tuning + heldout if "--all" in args else tuning))
