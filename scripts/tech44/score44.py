"""Right / wrong on the marked ten (tech41's marks), tech43's held-out five (``--held43``) and tech44's held-out
five (``--held44``) for a saved run of ``scripts/tech41/measure.py``: ``python scripts/tech44/score44.py RESULTS.json
[--held43] [--held44]``. Uses tech43's ``score.report`` (a finding is a marked one when it has the mark's label and
overlaps it, each mark used once). The held-out sets are read once before and once after the change, figures only."""

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
    ap.add_argument("--held43", action="store_true")
    ap.add_argument("--held44", action="store_true")
    a = ap.parse_args()
    rows = json.loads(a.results.read_text())
    print(_score.report("marked ten", rows, json.loads((HERE.parent / "tech41" / "marks.json").read_text())))
    if a.held43:
        print(_score.report("tech43 held-out five", rows,
                            json.loads((HERE.parent / "tech43" / "marks_held.json").read_text())))
    if a.held44:
        print(_score.report("tech44 held-out five", rows, json.loads((HERE / "marks_held44.json").read_text())))


if __name__ == "__main__":
    main()
