"""The seeded draw of real articles annotated in ``tests/gold/actors_real33*.jsonl`` (round 33, branch ``actors33``).

Round 32's pools (SemEval-2025 EN raw documents, SemEval-2023 subtask-1 English training articles) with a tighter
size limit (at most 4,000 bytes). Each pool's sorted file list is shuffled with ``random.Random(SEED)`` and the
first three fresh articles are taken: fresh means the file stem appears nowhere in the repository (``git grep -l
STEM`` prints nothing on main ``3bbcd4bc``, the base of this round, searched by the script) and the stem is
not one of the twenty SemEval-2025 documents that the lead read in round 30. Of each pool's three, the first is
held out (``tests/gold/actors_real33_heldout.jsonl``, read once, after the last rule change); the four others
are ``tests/gold/actors_real33.jsonl`` (the errors read). All six were annotated and committed before any
spinscope run on them.

Usage: ``python scripts/actors33/draw.py [--heldout | --all]`` (prints the data paths, relative to ``../shared``).
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

SEED = 33
COUNT = 3
MAX_BYTES = 4000
SHARED = Path("../shared")
POOLS = ("data/semeval2025_task10/EN/raw-documents", "data/semeval2023_task3/en/train-articles-subtask-1")
BASE = "3bbcd4bc"  # main when the draw was made
LEAD_READ = {f"EN_CC_{n}" for n in ("100012", "100015", "100024", "100034", "100038", "100040", "100047", "100069",
                                   "100093", "100123", "100172", "100211", "100232", "200007")}
LEAD_READ |= {f"EN_UA_{n}" for n in ("300032", "300035", "300037", "300041", "300044", "300036", "DEV_26")}


def in_repo(stem: str) -> bool:
    """True when the stem appears in a file of the base commit (so the draw stays the same after this round's own
    files name the articles)."""
    found = subprocess.run(["git", "grep", "-l", "-F", stem, BASE], capture_output=True, text=True, check=False).stdout
    return bool(found.strip())


def draw() -> tuple[list[str], list[str]]:
    """Return (tuning paths, held-out paths)."""
    rng = random.Random(SEED)
    tune: list[str] = []
    held: list[str] = []
    for folder in POOLS:
        files = sorted(str(p.relative_to(SHARED)) for p in (SHARED / folder).glob("*.txt")
                       if p.stat().st_size <= MAX_BYTES)
        rng.shuffle(files)
        picked: list[str] = []
        for f in files:
            stem = Path(f).stem
            if stem in LEAD_READ or in_repo(stem):
                continue
            picked.append(f)
            if len(picked) == COUNT:
                break
        held += picked[:1]
        tune += picked[1:]
    return tune, held


if __name__ == "__main__":
    tuning, heldout = draw()
    args = sys.argv[1:]
    print("\n".join(heldout if "--heldout" in args else tuning + heldout if "--all" in args else tuning))
