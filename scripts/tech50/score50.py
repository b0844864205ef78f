"""Right / wrong / unmarked by label, counts only: ``python scripts/tech50/score50.py OLD30.json NEW47.json
TEN49.json [--held]`` (``measure50.py`` runs). Without ``--held``: tech41's marked ten, tech47's marked-new five,
tech49's marked five; with ``--held`` (read once before, from tech49's figures, and once after): the held-out fives
of tech43 .. tech47 and tech49. tech43's ``score.report`` (a finding is a marked one when it has the mark's label and
overlaps it, each mark used once; a finding no mark matches is "unmarked")."""

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

MARKED = (("marked ten", "old30", "tech41/marks.json"), ("tech47 marked-new five", "new47", "tech47/marks_new47.json"),
          ("tech49 marked five", "ten49", "tech50/from_tech49/marks_m49.json"))
HELD = (("tech43 held-out five", "old30", "tech43/marks_held.json"),
        ("tech44 held-out five", "old30", "tech44/marks_held44.json"),
        ("tech45 held-out five", "old30", "tech45/marks_held45.json"),
        ("tech46 held-out five", "old30", "tech46/marks_held46.json"),
        ("tech47 held-out five", "new47", "tech47/marks_held47.json"),
        ("tech49 held-out five", "ten49", "tech50/from_tech49/marks_held49.json"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("old30", type=Path)
    ap.add_argument("new47", type=Path)
    ap.add_argument("ten49", type=Path)
    ap.add_argument("--held", action="store_true")
    a = ap.parse_args()
    runs = {"old30": json.loads(a.old30.read_text()), "new47": json.loads(a.new47.read_text()),
            "ten49": json.loads(a.ten49.read_text())}
    for name, run, rel in HELD if a.held else MARKED:
        print(_score.report(name, runs[run], json.loads((HERE.parent / rel).read_text())))


if __name__ == "__main__":
    main()
