"""Round 44's held-out five for technique findings (issue 15): ``python scripts/tech44/draw.py > draw.txt``.

tech41's sample (``scripts/tech41/draw.py``: 30 PolNeAR development articles, seed 41; ten hand-marked, seed
4141) and tech43's held-out five (``scripts/tech43/draw.py``, seed 43). The remaining fifteen are the sorted
unmarked articles outside both; this round's held-out five are ``random.Random(44).sample(remaining_fifteen, 5)``.
Their findings on main ``c5ef60d0`` are hand-marked before any change (``marks_held44.json``); after that they are
read once more, figures only. No article text is read here.
"""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

_TECH43 = Path(__file__).resolve().parent.parent / "tech43" / "draw.py"
_spec = importlib.util.spec_from_file_location("tech43_draw", _TECH43)
assert _spec and _spec.loader
_tech43 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_tech43)
sample, TEXT, held_five_43 = _tech43.sample, _tech43.TEXT, _tech43.held_five

SEED, N_HELD = 44, 5


def remaining_fifteen() -> list[str]:
    drawn, marked = sample()
    held43 = set(held_five_43())
    return sorted(p for p in drawn if p not in marked and p not in held43)


def held_five_44() -> list[str]:
    return sorted(random.Random(SEED).sample(remaining_fifteen(), N_HELD))


if __name__ == "__main__":
    drawn, marked = sample()
    held43, held44 = set(held_five_43()), set(held_five_44())
    print(f"# tech41's 30 (seed 41), marked ten (seed 4141, 'M'), tech43's held-out five (seed 43, 'H'); "
          f"tech44's held-out five of the remaining fifteen (seed {SEED}, 'H44')")
    for p in drawn:
        print(p + (" M" if p in marked else " H" if p in held43 else " H44" if p in held44 else ""))
