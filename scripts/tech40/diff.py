"""Findings one measure run gives and the other does not (same label, overlapping span = the same finding):
``python scripts/tech40/diff.py MAIN.json BRANCH.json [--show]``; ``--show`` prints the text (for reading only)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

LEE = Path("/work/lee")


def same(f: dict, g: dict) -> bool:
    return f["label"] == g["label"] and f["start"] < g["end"] and g["start"] < f["end"]


a, b = (json.loads(Path(p).read_text()) for p in sys.argv[1:3])
show = "--show" in sys.argv
gone = added = 0
for ra, rb in zip(a, b, strict=True):
    text = (LEE / ra["path"]).read_text(encoding="utf-8") if show else ""
    for tag, xs, ys in (("-", ra["findings"], rb["findings"]), ("+", rb["findings"], ra["findings"])):
        for f in xs:
            if not any(same(f, g) for g in ys):
                gone += tag == "-"
                added += tag == "+"
                print(f"{tag} {ra['path']} [{f['start']},{f['end']}] {f['label']} {f['score']} {f['kind']}"
                      + (f" | {text[f['start']:f['end']]}" if show else ""))
print(f"gone {gone}, added {added}")
