"""Round 51's six English news pages for technique findings (issue 15): ``python scripts/tech51/draw.py > draw.txt``.

Pool: ``/work/wt/pools/tech51.txt`` (six pages from article extractors' test fixtures, branch ``news52``: a CNN
analysis, features, advocacy and news; named as the golds name them: relative to ``../shared``); all six are taken.
The three marked ('M51') are ``random.Random(51).sample(sorted(pool), 3)``; the other three are held out ('H51':
marked only after the marked three's marks are committed, read once before and once after, figures only). No
article text is read here.
"""

from __future__ import annotations

import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
#: The six, as the golds name them (relative to ``../shared``).
POOL51 = ("newspaper4k/cnn_001.txt", "newspaper4k/time_001.txt", "newspaper4k/wired_001.txt",
          "trafilatura/salon.com.emissions.txt", "trafilatura/theplanetarypress.com.forestlands.txt",
          "trafilatura/vice.com.amazon.txt")
#: The golds' base folder (``../shared``): ``TEXT / "../webnews/newspaper4k/cnn_001.txt"`` is the page.
TEXT = ROOT.parent / "shared"
SEED = 51


def sample51() -> tuple[list[str], list[str], list[str]]:
    """(the six as ``../webnews/...`` names, the marked three, the held-out three), each sorted."""
    drawn = sorted("../webnews/" + p for p in POOL51)
    marked = sorted(random.Random(SEED).sample(drawn, 3))
    return drawn, marked, sorted(p for p in drawn if p not in marked)


if __name__ == "__main__":
    drawn, marked, held = sample51()
    print(f"# pool /work/wt/pools/tech51.txt ({len(drawn)} news pages, all taken); marked three "
          f"random.Random({SEED}).sample(sorted, 3) ('M51'), the other three held out ('H51')")
    for p in drawn:
        print(p + (" M51" if p in marked else " H51"))
