"""Right / wrong / unmarked by label on the older technique sets, counts only: ``python
scripts/tech51/score_older51.py OLD30.json NEW47.json``. OLD30: ``measure51.py ... old30`` (tech41's marked ten and
the held-out fives of tech43 .. tech46); NEW47: ``measure51.py ... new47`` (tech47's marked-new five and held-out
five). tech49's Reuters fives hold no finding before or after (no Appeal_to_Authority there: see the README). Uses
tech43's ``score.report`` (tech49's ``score49.py`` way)."""

from __future__ import annotations

import importlib.util
import json
import sys
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


if __name__ == "__main__":
    old, new = (json.loads(Path(p).read_text()) for p in sys.argv[1:3])
    print(_score.report("marked ten", old, load("tech41/marks.json")))
    print(_score.report("tech47 marked-new five", new, load("tech47/marks_new47.json")))
    for name, rel in OLDER30:
        print(_score.report(name, old, load(rel)))
    print(_score.report("tech47 held-out five", new, load("tech47/marks_held47.json")))
