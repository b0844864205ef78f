"""Round 55's eight straight wire stories for technique findings (issue 15): ``python scripts/tech55/draw.py >
scripts/tech55/draw.txt``.

Pool: ``/work/wt/pools/tech55.txt`` (14 Reuters wire stories of 1987 from ``../wekareuters``, straight reporting;
named as the golds name them, relative to ``../shared``). ``random.Random(55).sample(sorted(pool), 8)`` are drawn; the
three held out ('H55') are ``random.Random(55).sample(sorted(drawn), 3)`` (marked from main's output after the
development five's marks are committed, read once before and once after, figures only); the other five are the
development stories ('D55'). No article text is read here.
"""

from __future__ import annotations

import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
#: The pool, as the golds name the stories (relative to ``../shared``), less the ``../wekareuters/`` prefix.
POOL55 = ("train/wr-train-0060.txt", "train/wr-train-1043.txt", "train/wr-train-1483.txt", "test/wr-test-0100.txt",
          "train/wr-train-1241.txt", "train/wr-train-0747.txt", "test/wr-test-0563.txt", "test/wr-test-0434.txt",
          "train/wr-train-0205.txt", "train/wr-train-1032.txt", "train/wr-train-1261.txt", "train/wr-train-1090.txt",
          "train/wr-train-0437.txt", "train/wr-train-0580.txt")
#: The golds' base folder (``../shared``): ``TEXT / "../wekareuters/train/wr-train-0060.txt"`` is the story.
TEXT = ROOT.parent / "shared"
SEED, N, N_HELD = 55, 8, 3


def sample55() -> tuple[list[str], list[str], list[str]]:
    """(the eight as ``../wekareuters/...`` names, the development five, the held-out three), each sorted."""
    pool = sorted("../wekareuters/" + p for p in POOL55)
    drawn = sorted(random.Random(SEED).sample(pool, N))
    held = sorted(random.Random(SEED).sample(drawn, N_HELD))
    return drawn, sorted(p for p in drawn if p not in held), held


if __name__ == "__main__":
    drawn, dev, held = sample55()
    print(f"# pool /work/wt/pools/tech55.txt ({len(POOL55)} stories), drawn {len(drawn)} "
          f"(random.Random({SEED}).sample(sorted, {N})); held out "
          f"random.Random({SEED}).sample(sorted(drawn), {N_HELD}) "
          "('H55'), the other five development ('D55')")
    for p in drawn:
        print(p + (" H55" if p in held else " D55"))
