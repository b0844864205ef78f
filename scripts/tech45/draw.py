"""Round 45's held-out five for technique findings (issue 15): ``python scripts/tech45/draw.py > draw.txt``.

tech41's sample (``scripts/tech41/draw.py``: 30 PolNeAR development articles, seed 41; ten hand-marked, seed
4141), tech43's held-out five (seed 43) and tech44's held-out five (seed 44). The remaining ten are the sorted
articles outside all three; this round's held-out five are ``random.Random(45).sample(remaining_ten, 5)``. Their
findings on branch ``tech44`` (``0853c15a``) are hand-marked before any change (``marks_held45.json``); after that
they are read once more, figures only. The last five stay unread. No article text is read here.
"""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

_TECH44 = Path(__file__).resolve().parent.parent / "tech44" / "draw.py"
_spec = importlib.util.spec_from_file_location("tech44_draw", _TECH44)
assert _spec and _spec.loader
_tech44 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_tech44)
sample, TEXT = _tech44.sample, _tech44.TEXT
held_five_43, held_five_44 = _tech44.held_five_43, _tech44.held_five_44

SEED, N_HELD = 45, 5


def remaining_ten() -> list[str]:
    drawn, marked = sample()
    done = set(held_five_43()) | set(held_five_44())
    return sorted(p for p in drawn if p not in marked and p not in done)


def held_five_45() -> list[str]:
    return sorted(random.Random(SEED).sample(remaining_ten(), N_HELD))


if __name__ == "__main__":
    drawn, marked = sample()
    h43, h44, h45 = set(held_five_43()), set(held_five_44()), set(held_five_45())
    print(f"# tech41's 30 (seed 41), marked ten (seed 4141, 'M'), tech43's held-out five (seed 43, 'H'), "
          f"tech44's (seed 44, 'H44'); tech45's held-out five of the remaining ten (seed {SEED}, 'H45')")
    for p in drawn:
        print(p + (" M" if p in marked else " H" if p in h43 else " H44" if p in h44
                   else " H45" if p in h45 else ""))
