"""tech47's measure (``scripts/tech47/measure47.py`` on branch ``tech47``; tech41's ``scripts/tech41/measure.py``
with the default pipeline's technique gates ``techniques_gate43.v1`` .. ``techniques_gate46.v1``, and
``techniques_gate47.v1`` where registered, after ``genre.v1``): ``python scripts/tech48/measure48.py OUT.json
new|old30``. ``new``: tech47's fresh ten (``from_tech47/draw.py``, a copy of tech47's); ``old30``: tech41's
30-article sample. Writes every finding to OUT.json and prints tech41's summary (counts only); right / wrong come
from ``score48.py``."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = HERE.parent


def _load(name: str, path: Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


sys.path.insert(0, str(SCRIPTS / "tech41"))
measure = _load("tech41_measure", SCRIPTS / "tech41" / "measure.py")
sys.path.pop(0)
draw47 = _load("tech47_draw", HERE / "from_tech47" / "draw.py")

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
