"""Right / wrong / unmarked by label, counts only: ``python scripts/tech49/score49.py OLD30.json NEW47.json TEN.json
[--held49]``. OLD30: ``measure49.py ... old30`` (tech41's marked ten and the held-out fives of tech43 .. tech46);
NEW47: ``measure49.py ... new47`` (tech47's marked-new five and held-out five); TEN: ``measure49.py ... ten``
(this round's marked five and, with ``--held49``, its held-out five, read once before and once after the change).
Uses tech43's ``score.report`` (a finding is a marked one when it has the mark's label and overlaps it, each mark
used once; a finding no mark matches is "unmarked")."""

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

OLDER30 = (("tech43 held-out five", "tech43/marks_held.json"), ("tech44 held-out five", "tech44/marks_held44.json"),
           ("tech45 held-out five", "tech45/marks_held45.json"), ("tech46 held-out five", "tech46/marks_held46.json"))


def load(rel: str) -> dict:
    return json.loads((HERE.parent / rel).read_text())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("old30", type=Path)
    ap.add_argument("new47", type=Path)
    ap.add_argument("ten", type=Path)
    ap.add_argument("--held49", action="store_true")
    a = ap.parse_args()
    old, new, ten = (json.loads(p.read_text()) for p in (a.old30, a.new47, a.ten))
    print(_score.report("marked ten", old, load("tech41/marks.json")))
    print(_score.report("tech47 marked-new five", new, load("tech47/marks_new47.json")))
    print(_score.report("tech49 marked five", ten, load("tech49/marks_m49.json")))
    for name, rel in OLDER30:
        print(_score.report(name, old, load(rel)))
    print(_score.report("tech47 held-out five", new, load("tech47/marks_held47.json")))
    if a.held49:
        print(_score.report("tech49 held-out five", ten, load("tech49/marks_held49.json")))


if __name__ == "__main__":
    main()
