"""Round 40's wire sample for technique noise (issue 15): 30 Lee background articles, seed 40.

Pool: background stems of 0-699 characters, and odd-numbered stems of 1,200-1,399 characters (the lead reads the
even ones), from /work/lee/MANIFEST.tsv (or LEE_MANIFEST). ``random.Random(40).sample(pool, 30)``; the 10 whose
findings are hand-marked are ``random.Random(4040).sample(sample, 10)``. Prints the sample, one path a line, a star
on the marked ten. No article text is read here.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

MANIFEST = Path(os.environ.get("LEE_MANIFEST", "/work/lee/MANIFEST.tsv"))
SEED, MARK_SEED, N, N_MARKED = 40, 4040, 30, 10


def pool() -> list[str]:
    out = []
    for line in MANIFEST.read_text(encoding="utf-8").splitlines()[1:]:
        path, chars, _ = line.split("\t")
        if not path.startswith("background/"):
            continue
        n, c = int(Path(path).stem.rsplit("_", 1)[1]), int(chars)
        if c < 700 or (1200 <= c < 1400 and n % 2 == 1):
            out.append(path)
    return sorted(out)


def sample() -> tuple[list[str], list[str]]:
    drawn = sorted(random.Random(SEED).sample(pool(), N))
    marked = sorted(random.Random(MARK_SEED).sample(drawn, N_MARKED))
    return drawn, marked


def rest() -> list[str]:
    """The pool less the drawn 30: the never-seen check of the final rule (read once with main, once with it)."""
    drawn = set(sample()[0])
    return [p for p in pool() if p not in drawn]


if __name__ == "__main__":
    drawn, marked = sample()
    print(f"# pool {len(pool())}, drawn {len(drawn)} (seed {SEED}), marked {len(marked)} (seed {MARK_SEED})")
    for p in drawn:
        print(p + (" *" if p in marked else ""))
