"""Right / wrong / unmarked by label, counts only: ``python scripts/tech48/score48.py OLD30.json NEW10.json
[--remarked] [--held47]``. tech47's ``score47.py`` (tech43's ``score.report``: a finding is a marked one when it has
the mark's label and overlaps it, each mark used once) over the marked ten (tech41's marks), tech47's marked-new five
(``from_tech47/marks_new47.json``), the older held-out fives of tech43 .. tech46 and, with ``--held47``, tech47's
held-out five (``from_tech47/marks_held47.json``; read once before, by tech47 on the same base, and once after).
``--remarked``: for a branch run, the marks of the marked ten and the marked-new five with this round's re-marks
(``remarks_*.json``) in place of the main findings they replace (only findings whose span changed are re-marked);
held-out sets are never re-marked."""

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


def remarked(marks: dict, remarks_file: Path) -> dict:
    """``marks`` with each re-mark in place of the marks (same path and label, the listed offsets) it replaces."""
    if not remarks_file.exists():
        return marks
    remarks = json.loads(remarks_file.read_text())["remarks"]
    gone = {(r["path"], r["label"], s, e) for r in remarks for s, e in r["replaces"]}
    kept = [m for m in marks["findings"] if (m["path"], m["label"], m["start"], m["end"]) not in gone]
    missing = gone - {(m["path"], m["label"], m["start"], m["end"]) for m in marks["findings"]}
    assert not missing, f"re-marks replace no mark: {sorted(missing)}"
    added = [{k: r[k] for k in ("path", "start", "end", "label", "mark")} for r in remarks]
    return {**marks, "findings": sorted(kept + added, key=lambda m: (m["path"], m["start"], m["end"], m["label"]))}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("old30", type=Path)
    ap.add_argument("new10", type=Path)
    ap.add_argument("--remarked", action="store_true")
    ap.add_argument("--held47", action="store_true")
    a = ap.parse_args()
    old, new = json.loads(a.old30.read_text()), json.loads(a.new10.read_text())
    ten, five = load("tech41/marks.json"), load("tech48/from_tech47/marks_new47.json")
    if a.remarked:
        ten, five = remarked(ten, HERE / "remarks_ten.json"), remarked(five, HERE / "remarks_new47.json")
    print(_score.report("marked ten", old, ten))
    print(_score.report("tech47 marked-new five", new, five))
    for name, rel in OLDER:
        print(_score.report(name, old, load(rel)))
    if a.held47:
        print(_score.report("tech47 held-out five", new, load("tech48/from_tech47/marks_held47.json")))


if __name__ == "__main__":
    main()
