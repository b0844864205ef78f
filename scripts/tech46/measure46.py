"""tech41's measure (``scripts/tech41/measure.py``) on the same 30 articles with ``techniques_gate43.v1`` ..
``techniques_gate46.v1`` after ``genre.v1``, as in the default pipeline: ``python scripts/tech46/measure46.py
OUT.json``. Prints tech41's summary and right / wrong on the marked ten; the held-out sets are scored only by
``scripts/tech46/score46.py`` (tech46's held-out five read once before and once after the change)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("tech41_measure", HERE.parent / "tech41" / "measure.py")
assert _spec and _spec.loader
sys.path.insert(0, str(HERE.parent / "tech41"))
measure = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(measure)
measure.COMPONENTS = [*measure.COMPONENTS, "techniques_gate43.v1", "techniques_gate44.v1",
                      "techniques_gate45.v1", "techniques_gate46.v1"]

if __name__ == "__main__":
    out = Path(sys.argv[1])
    drawn, marked = measure.sample()
    rows = measure.run(drawn)
    out.write_text(json.dumps(rows, indent=1))
    lines = measure.summary(rows, "all 30")
    lines += measure.summary([r for r in rows if r["path"] in marked], "marked ten")
    lines += measure.summary([r for r in rows if r["path"] not in marked], "other twenty")
    lines.append(measure.marked_summary(rows, json.loads((HERE.parent / "tech41" / "marks.json").read_text())))
    print("\n".join(lines))
