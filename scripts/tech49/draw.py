"""Round 49's ten Reuters wire articles for technique findings (issue 15): ``python scripts/tech49/draw.py > draw.txt``.

Pool: ``/work/wt/pools/tech49.txt`` (ten Reuters articles of plain reporting, 1987 oil and company news, named as
the golds name them: relative to ``../shared``); all ten are taken. The five marked ('M49') are
``random.Random(49).sample(sorted(pool), 5)``; the other five are held out ('H49': marked before any change, then
read once before and once after, figures only). No article text is read here.
"""

from __future__ import annotations

import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
#: The ten, as the golds name them (relative to ``../shared``).
POOL49 = ("acq/reut-00003.txt", "acq/reut-00009.txt", "acq/reut-00011.txt", "acq/reut-00021.txt",
          "acq/reut-00028.txt", "acq/reut-00043.txt", "acq/reut-00045.txt", "crude/reut-00004.txt",
          "crude/reut-00014.txt", "r21578/newid-00006.txt")
#: The golds' base folder (``../shared``): ``TEXT / "../reuters/acq/reut-00003.txt"`` is where
#: ``scripts/reuters/fetch.py`` unpacks an article.
TEXT = ROOT.parent / "shared"
SEED = 49


def sample49() -> tuple[list[str], list[str], list[str]]:
    """(the ten as ``../reuters/...`` names, the marked five, the held-out five), each sorted."""
    drawn = sorted("../reuters/" + p for p in POOL49)
    marked = sorted(random.Random(SEED).sample(drawn, 5))
    return drawn, marked, sorted(p for p in drawn if p not in marked)


def path(name: str) -> Path:
    """The file of a ``../reuters/...`` name."""
    return TEXT / name


if __name__ == "__main__":
    drawn, marked, held = sample49()
    print(f"# pool /work/wt/pools/tech49.txt ({len(drawn)} Reuters articles, all taken); marked five "
          f"random.Random({SEED}).sample(sorted, 5) ('M49'), the other five held out ('H49')")
    for p in drawn:
        print(p + (" M49" if p in marked else " H49"))
