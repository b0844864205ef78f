"""Round 41's political-news sample for technique findings (issue 15): 30 PolNeAR development articles, seed 41.

Pool: every text of ../shared/data/polnear_dev/text (84 articles of 2016 US political news, seven outlets; read and
measured only, never trained on, never copied). ``random.Random(41).sample(sorted(pool), 30)``; the 10 whose
findings are hand-marked are ``random.Random(4141).sample(drawn, 10)``; the other 20 are reported, never read.
Prints the sample, one name a line, a star on the marked ten. No article text is read here.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

TEXT = Path(os.environ.get("POLNEAR_DEV", "../shared/data/polnear_dev")) / "text"
SEED, MARK_SEED, N, N_MARKED = 41, 4141, 30, 10


def pool() -> list[str]:
    return sorted(p.name for p in TEXT.glob("*.txt"))


def sample() -> tuple[list[str], list[str]]:
    drawn = sorted(random.Random(SEED).sample(pool(), N))
    marked = sorted(random.Random(MARK_SEED).sample(drawn, N_MARKED))
    return drawn, marked


if __name__ == "__main__":
    drawn, marked = sample()
    print(f"# pool {len(pool())}, drawn {len(drawn)} (seed {SEED}), marked {len(marked)} (seed {MARK_SEED})")
    for p in drawn:
        print(p + (" *" if p in marked else ""))
