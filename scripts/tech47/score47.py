"""Right / wrong / unmarked by label, counts only: ``python scripts/tech47/score47.py OLD30.json NEW10.json
[--held47]``. OLD30: a run of ``measure47.py ... old30`` (tech41's marked ten and the older held-out fives of
tech43 .. tech46, every set read as figures only); NEW10: a run of ``measure47.py ... new`` (tech47's marked-new
five, and with ``--held47`` its held-out five, read once before and once after the change). Uses tech43's
``score.report`` (a finding is a marked one when it has the mark's label and overlaps it, each mark used once)."""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("tech43_score", HERE.parent / "tech43" / "score.py")
assert _spec and _spec.loader
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)

OLDER = (("tech43 held-out five", "tech43/marks_held.json"), ("tech44 held-out five", "tech44/marks_held44.json"),
         ("tech45 held-out five", "tech45/marks_held45.json"), ("tech46 held-out five", "tech46/marks_held46.json"))


def load(rel: str) -> dict:
    return json.loads((HERE.parent / rel).read_text())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("old30", type=Path)
    ap.add_argument("new10", type=Path)
    ap.add_argument("--held47", action="store_true")
    a = ap.parse_args()
    old, new = json.loads(a.old30.read_text()), json.loads(a.new10.read_text())
    print(_score.report("marked ten", old, load("tech41/marks.json")))
    print(_score.report("tech47 marked-new five", new, load("tech47/marks_new47.json")))
    for name, rel in OLDER:
        print(_score.report(name, old, load(rel)))
    if a.held47:
        print(_score.report("tech47 held-out five", new, load("tech47/marks_held47.json")))


if __name__ == "__main__":
    main()
