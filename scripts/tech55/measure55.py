"""tech54's ``measure54.py`` with ``techniques_gate55.v1`` added and round 55's eight wire stories:
``python scripts/tech55/measure55.py OUT.json eight|six|new47|old30|six51 [GATE,GATE...]``.

tech41's measure (``scripts/tech41/measure.py``) with the default pipeline's technique gates after ``genre.v1``
(``techniques_gate43.v1`` .. ``techniques_gate47.v1``, ``techniques_gate50.v1`` .. ``techniques_gate52.v1`` and,
where a branch registers them, ``techniques_gate53.v1`` .. ``techniques_gate55.v1``); a third argument
(comma-separated names) replaces the gates after ``techniques_gate47.v1``. ``eight``: round 55's eight wire stories
(``draw.py``); ``six``: round 53's six pages (``scripts/tech53/draw.py``); ``six51``: tech51's six pages; ``new47``:
tech47's fresh ten (PolNeAR); ``old30``: tech41's 30-article sample. Writes every finding to OUT.json and prints
tech41's summary (counts only); right / wrong come from ``score55.py``, ``scripts/tech54/score53.py``,
``scripts/tech52/score51.py`` and ``scripts/tech51/score_older51.py``."""

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
draw55 = _load("tech55_draw", HERE / "draw.py")
draw53 = _load("tech53_draw", HERE.parent / "tech53" / "draw.py")
draw51 = _load("tech51_draw", HERE.parent / "tech52" / "draw.py")  # tech51's draw.py (copied by tech52)
draw47 = _load("tech47_draw", HERE.parent / "tech47" / "draw.py")

GATES = ["techniques_gate43.v1", "techniques_gate44.v1", "techniques_gate45.v1", "techniques_gate46.v1",
         "techniques_gate47.v1"]

#: The gates after ``GATES`` that run where registered (main's default order, then this round's).
EXTRA_GATES = ("techniques_gate50.v1", "techniques_gate51.v1", "techniques_gate52.v1", "techniques_gate53.v1",
               "techniques_gate54.v1", "techniques_gate55.v1")


def components(extras: tuple[str, ...] = EXTRA_GATES) -> list[str]:
    import spinscope.components  # noqa: F401
    from spinscope.pipeline import registered_components

    extra = [g for g in extras if g in registered_components()]
    return [*measure.COMPONENTS, *GATES, *extra]


if __name__ == "__main__":
    out, which = Path(sys.argv[1]), sys.argv[2]
    measure.COMPONENTS = components(tuple(sys.argv[3].split(",")) if len(sys.argv) > 3 else EXTRA_GATES)
    if which == "eight":
        names, marked, _ = draw55.sample55()
        measure.TEXT = draw55.TEXT
    elif which in ("six", "six51"):
        d = draw53 if which == "six" else draw51
        names, marked, _ = d.sample53() if which == "six" else d.sample51()
        measure.TEXT = d.TEXT
    elif which == "new47":
        names, marked, _ = draw47.sample47()
    else:
        names, marked = measure.sample()
    rows = measure.run(names)
    out.write_text(json.dumps(rows, indent=1))
    print("components: " + ", ".join(measure.COMPONENTS))
    lines = measure.summary(rows, f"all {len(rows)}")
    title = "marked three" if "six" in which else "development five" if which == "eight" else "marked"
    lines += measure.summary([r for r in rows if r["path"] in marked], title)
    print("\n".join(lines))
