"""Guard for the rejected ``techniques_gate56.v1`` (``handles56.py``) on the earlier technique sets:
``python scripts/tech56/guard56.py OUT.txt``.
Runs the default pipeline's technique components (language .. genre and every technique gate before
``techniques_gate56.v1``) on tech53's six pages, tech51's six, tech47's fresh ten and tech41's 30-article sample,
then counts per set the findings ``techniques_gate56.v1`` would remove (:func:`without_handles`, a pure function of
the findings) and how those match the sets' committed marks (right / wrong / unmarked). Counts only."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = HERE.parent


def _load(name: str, path: Path):  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    sys.path.pop(0)
    return mod


def main() -> None:
    from spinscope.api import analyze
    from spinscope.settings import DEFAULT_COMPONENTS

    sys.path.insert(0, str(HERE))
    from handles56 import without_handles

    comps = [c for c in DEFAULT_COMPONENTS if c in {"language.v1", "segment.v1", "sentence-vectors.v1",
                                                    "techniques.v1", "genre.v1"}
             or c.startswith("techniques_gate")]
    d53 = _load("d53", SCRIPTS / "tech53" / "draw.py")
    d51 = _load("d51", SCRIPTS / "tech52" / "draw.py")
    d47 = _load("d47", SCRIPTS / "tech47" / "draw.py")
    d41 = _load("d41", SCRIPTS / "tech41" / "draw.py")
    sets = [("six53", d53.sample53()[0], d53.TEXT, ["tech53/marks_m53.json", "tech53/marks_held53.json"]),
            ("six51", d51.sample51()[0], d51.TEXT, ["tech51/marks_m51.json", "tech51/marks_held51.json"]),
            ("new47", d47.sample47()[0], d47.TEXT, ["tech47/marks_new47.json", "tech47/marks_held47.json"]),
            ("old30", d41.sample()[0], d41.TEXT, ["tech41/marks.json", "tech43/marks_held.json",
                                                  "tech44/marks_held44.json", "tech45/marks_held45.json",
                                                  "tech46/marks_held46.json"])]
    lines = ["components: " + ", ".join(comps)]
    for name, paths, base, markfiles in sets:
        marks = [m for f in markfiles for m in json.loads((SCRIPTS / f).read_text())["findings"]]
        n = gone_n = 0
        tally = {"right": 0, "wrong": 0, "unmarked": 0}
        for p in paths:
            text = (base / p).read_text(encoding="utf-8")
            found = analyze(text, components=comps).techniques
            kept = without_handles(text, found)
            n += len(found)
            for t in found:
                if t in kept:
                    continue
                gone_n += 1
                hit = [m for m in marks if m["path"] == p and m["label"] == t.label
                       and m["start"] < t.end and t.start < m["end"]]
                tally[hit[0]["mark"] if hit else "unmarked"] += 1
        lines.append(f"{name}: {len(paths)} pages, {n} findings; gate56 removes {gone_n} (right {tally['right']}, "
                     f"wrong {tally['wrong']}, unmarked {tally['unmarked']})")
        print(lines[-1], flush=True)
    Path(sys.argv[1]).write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
