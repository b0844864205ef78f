"""tech41's measure (``scripts/tech41/measure.py``) with the default pipeline's technique gates
(``techniques_gate43.v1`` .. ``techniques_gate47.v1`` and, where this branch registers it, ``techniques_gate50.v1``)
after ``genre.v1``: ``python scripts/tech50/measure50.py OUT.json old30|new47|ten49``. ``old30``: tech41's
30-article PolNeAR sample; ``new47``: tech47's fresh ten; ``ten49``: tech49's ten Reuters articles (the articles of
its two mark files, copied to ``from_tech49/``). Writes every finding to OUT.json (tech49's ``measure49.py`` format)
and prints tech41's summary (counts only); right / wrong come from ``dev50.py``."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(name: str, path: Path, extra_path: Path | None = None):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    if extra_path:
        sys.path.insert(0, str(extra_path))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    if extra_path:
        sys.path.pop(0)
    return mod


measure = _load("tech41_measure", HERE.parent / "tech41" / "measure.py", HERE.parent / "tech41")
draw47 = _load("tech47_draw", HERE.parent / "tech47" / "draw.py")

GATES = ["techniques_gate43.v1", "techniques_gate44.v1", "techniques_gate45.v1", "techniques_gate46.v1",
         "techniques_gate47.v1"]


def components() -> list[str]:
    import spinscope.components  # noqa: F401
    from spinscope.pipeline import registered_components

    extra = ["techniques_gate50.v1"] if "techniques_gate50.v1" in registered_components() else []
    return [*measure.COMPONENTS, *GATES, *extra]


def ten49() -> list[str]:
    """tech49's ten (its marked five, then its held-out five), named as the golds name them."""
    return [p for f in ("marks_m49.json", "marks_held49.json")
            for p in json.loads((HERE / "from_tech49" / f).read_text())["articles"]]


if __name__ == "__main__":
    out, which = Path(sys.argv[1]), sys.argv[2]
    measure.COMPONENTS = components()
    if which == "ten49":
        names = ten49()
        measure.TEXT = HERE.parent.parent.parent / "shared"
    elif which == "new47":
        names, _, _ = draw47.sample47()
    else:
        names, _ = measure.sample()
    rows = measure.run(names)
    out.write_text(json.dumps(rows, indent=1))
    print("components: " + ", ".join(measure.COMPONENTS))
    print("\n".join(measure.summary(rows, f"all {len(rows)}")))
