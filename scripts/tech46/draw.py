"""Round 46's held-out five for technique findings (issue 15): ``python scripts/tech46/draw.py > draw.txt``.

tech41's sample (``scripts/tech41/draw.py``: 30 PolNeAR development articles, seed 41; ten hand-marked, seed
4141) and the held-out fives of tech43 (seed 43), tech44 (seed 44) and tech45 (seed 45). The remaining five are
this round's held-out five: ``random.Random(46).sample(remaining_five, 5)`` (the seed only orders them: all five
are taken). Their findings on main ``59d89307`` are hand-marked before any change (``marks_held46.json``); after
that they are read once more, figures only. No article text is read here.
"""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

_TECH45 = Path(__file__).resolve().parent.parent / "tech45" / "draw.py"
_spec = importlib.util.spec_from_file_location("tech45_draw", _TECH45)
assert _spec and _spec.loader
_tech45 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_tech45)
sample, TEXT = _tech45.sample, _tech45.TEXT
held_five_43, held_five_44, held_five_45 = _tech45.held_five_43, _tech45.held_five_44, _tech45.held_five_45

SEED, N_HELD = 46, 5


def remaining_five() -> list[str]:
    drawn, marked = sample()
    done = set(held_five_43()) | set(held_five_44()) | set(held_five_45())
    return sorted(p for p in drawn if p not in marked and p not in done)


def held_five_46() -> list[str]:
    return sorted(random.Random(SEED).sample(remaining_five(), N_HELD))


if __name__ == "__main__":
    drawn, marked = sample()
    h43, h44, h45, h46 = (set(f()) for f in (held_five_43, held_five_44, held_five_45, held_five_46))
    print(f"# tech41's 30 (seed 41), marked ten (seed 4141, 'M'), held-out fives of tech43 ('H', seed 43), tech44 "
          f"('H44', seed 44), tech45 ('H45', seed 45); tech46's held-out five, the last five (seed {SEED}, 'H46')")
    for p in drawn:
        print(p + (" M" if p in marked else " H" if p in h43 else " H44" if p in h44
                   else " H45" if p in h45 else " H46" if p in h46 else ""))
