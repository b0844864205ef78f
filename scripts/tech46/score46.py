"""Right / wrong on the marked ten (tech41's marks), with ``--held46`` tech46's held-out five (``marks_held46.json``)
and with ``--older`` the held-out fives of tech43, tech44 and tech45 (their committed marks), for a saved run of
``scripts/tech41/measure.py`` / ``measure46.py``: ``python scripts/tech46/score46.py RESULTS.json [--held46]
[--older]``. Uses tech43's ``score.report`` (a finding is a marked one when it has the mark's label and overlaps it,
each mark used once). Counts only. tech46's held-out five are read once before and once after the change; the older
fives (read up by their rounds) are read only as figures, before and after, as the brief's rule 3 asks."""

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
         ("tech45 held-out five", "tech45/marks_held45.json"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("results", type=Path)
    ap.add_argument("--held46", action="store_true")
    ap.add_argument("--older", action="store_true")
    a = ap.parse_args()
    rows = json.loads(a.results.read_text())
    print(_score.report("marked ten", rows, json.loads((HERE.parent / "tech41" / "marks.json").read_text())))
    if a.held46:
        print(_score.report("tech46 held-out five", rows, json.loads((HERE / "marks_held46.json").read_text())))
    if a.older:
        for name, rel in OLDER:
            print(_score.report(name, rows, json.loads((HERE.parent / rel).read_text())))


if __name__ == "__main__":
    main()
