"""Right / wrong on the marked ten (tech41's marks) and, with ``--held45``, tech45's held-out five
(``marks_held45.json``) for a saved run of ``scripts/tech41/measure.py`` / ``measure45.py``: ``python
scripts/tech45/score45.py RESULTS.json [--held45]``. Uses tech43's ``score.report`` (a finding is a marked one when
it has the mark's label and overlaps it, each mark used once). The held-out five are read once before and once after
the change, figures only; tech43's and tech44's held-out fives, read twice already, are not read."""

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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("results", type=Path)
    ap.add_argument("--held45", action="store_true")
    a = ap.parse_args()
    rows = json.loads(a.results.read_text())
    print(_score.report("marked ten", rows, json.loads((HERE.parent / "tech41" / "marks.json").read_text())))
    if a.held45:
        print(_score.report("tech45 held-out five", rows, json.loads((HERE / "marks_held45.json").read_text())))


if __name__ == "__main__":
    main()
