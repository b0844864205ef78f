"""Round 47's fresh ten for technique findings (issue 15): ``python scripts/tech47/draw.py > draw.txt``.

Pool: the PolNeAR development texts (``../shared/data/polnear_dev/text``, 84 articles of 2016 US political news)
outside tech41's 30-article sample (``scripts/tech41/draw.py``; every article of it is marked by now): 54 articles.
``random.Random(47).sample(sorted(pool), 10)``; the five marked ("marked-new five", 'N') are
``random.Random(4747).sample(drawn, 5)``, the other five are held out ('H47': marked before any change, then read
once before and once after, figures only). No article text is read here.
"""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

_TECH41 = Path(__file__).resolve().parent.parent / "tech41" / "draw.py"
_spec = importlib.util.spec_from_file_location("tech41_draw", _TECH41)
assert _spec and _spec.loader
_tech41 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_tech41)
TEXT = _tech41.TEXT

SEED, MARK_SEED, N, N_MARKED = 47, 4747, 10, 5


def pool() -> list[str]:
    drawn41, _ = _tech41.sample()
    return sorted(p for p in _tech41.pool() if p not in set(drawn41))


def sample47() -> tuple[list[str], list[str], list[str]]:
    """(the ten, the marked-new five, the held-out five), each sorted."""
    drawn = sorted(random.Random(SEED).sample(pool(), N))
    marked = sorted(random.Random(MARK_SEED).sample(drawn, N_MARKED))
    return drawn, marked, sorted(p for p in drawn if p not in marked)


if __name__ == "__main__":
    drawn, marked, held = sample47()
    print(f"# pool {len(pool())} (PolNeAR dev outside tech41's 30), drawn {len(drawn)} (seed {SEED}); marked-new five "
          f"(seed {MARK_SEED}, 'N'), held-out five ('H47')")
    for p in drawn:
        print(p + (" N" if p in marked else " H47"))
