"""tech41's measure (``scripts/tech41/measure.py``) with the default pipeline's technique gates (``techniques_gate43.v1``
.. ``techniques_gate46.v1`` and, where this branch registers it, ``techniques_gate47.v1``) after ``genre.v1``:
``python scripts/tech47/measure47.py OUT.json new|old30``. ``new``: round 47's fresh ten (``draw.py``); ``old30``:
tech41's 30-article sample (the marked ten and the held-out fives of tech43 .. tech46). Writes every finding to
OUT.json and prints tech41's summary (counts only); right / wrong come from ``score47.py``."""

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
sys.path.pop(0)
_dspec = importlib.util.spec_from_file_location("tech47_draw", HERE / "draw.py")
assert _dspec and _dspec.loader
draw47 = importlib.util.module_from_spec(_dspec)
_dspec.loader.exec_module(draw47)

GATES = ["techniques_gate43.v1", "techniques_gate44.v1", "techniques_gate45.v1", "techniques_gate46.v1"]


def components() -> list[str]:
    import spinscope.components  # noqa: F401
    from spinscope.pipeline import registered_components

    extra = ["techniques_gate47.v1"] if "techniques_gate47.v1" in registered_components() else []
    return [*measure.COMPONENTS, *GATES, *extra]


if __name__ == "__main__":
    out, which = Path(sys.argv[1]), sys.argv[2]
    measure.COMPONENTS = components()
    if which == "new":
        names, marked, _ = draw47.sample47()
    else:
        names, marked = measure.sample()
    rows = measure.run(names)
    out.write_text(json.dumps(rows, indent=1))
    print("components: " + ", ".join(measure.COMPONENTS))
    lines = measure.summary(rows, f"all {len(rows)}")
    lines += measure.summary([r for r in rows if r["path"] in marked], "marked")
    print("\n".join(lines))
