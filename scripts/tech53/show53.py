"""Print a set's findings with their words and sentence, for hand-marking only (never committed):
``python scripts/tech53/show53.py RESULTS.json m53|held53``."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("tech53_draw", HERE / "draw.py")
assert _spec and _spec.loader
draw53 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(draw53)


def main() -> None:
    rows = json.loads(Path(sys.argv[1]).read_text())
    _, marked, held = draw53.sample53()
    which = set(marked if sys.argv[2] == "m53" else held)
    for r in rows:
        if r["path"] not in which:
            continue
        text = (draw53.TEXT / r["path"]).read_text(encoding="utf-8")
        print(f"\n== {r['path']} {r['chars']} chars, genre {r['genre']}")
        for i, f in enumerate(r["findings"]):
            s0 = max(text.rfind("\n", 0, f["start"]) + 1, f["start"] - 250)
            e0 = text.find("\n", f["end"])
            e0 = min(e0 if e0 > 0 else len(text), f["end"] + 150)
            print(f"  #{i} [{f['start']},{f['end']}] {f['label']} {f['score']:.2f} {f['kind']} "
                  f"{'S' if f['sentence_long'] else '-'} | {text[f['start']:f['end']]!r}\n      ctx: "
                  f"{text[s0:e0]!r}")


if __name__ == "__main__":
    main()
