"""Round 43's held-out five for technique findings (issue 15): ``python scripts/tech43/draw.py > draw.txt``.

tech41's sample (``scripts/tech41/draw.py``: 30 PolNeAR development articles, seed 41; ten hand-marked, seed
4141). The held-out five are ``random.Random(43).sample(other_twenty, 5)`` with ``other_twenty`` the sorted twenty
unmarked ones. Their findings on main ``affa6318`` are hand-marked before any change (``marks_held.json``); after
that they are read once more, figures only. No article text is read here.
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
sample, TEXT = _tech41.sample, _tech41.TEXT

SEED, N_HELD = 43, 5


def held_five() -> list[str]:
    drawn, marked = sample()
    other = sorted(p for p in drawn if p not in marked)
    return sorted(random.Random(SEED).sample(other, N_HELD))


if __name__ == "__main__":
    drawn, marked = sample()
    held = held_five()
    print(f"# tech41's 30 (seed 41), marked ten (seed 4141, 'M'); held-out five of the other twenty (seed {SEED}, 'H')")
    for p in drawn:
        print(p + (" M" if p in marked else " H" if p in held else ""))
