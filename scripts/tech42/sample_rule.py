"""Round 42's fragment rule on the tech41 sample, from saved findings: ``python scripts/tech42/sample_rule.py
RESULTS.json [--marks scripts/tech41/marks.json] [--show]``. The rule drops tagger spans only, after every other
stage has read them, so the branch's findings are the saved ones less the spans ``techniques42.fragment_span``
marks (trimmed where ``fragment_fix`` keeps a part). Prints, for the marked ten and the other twenty, how many tagger
spans are fragments (a: over a closing quotation mark, b: inside a name), by label, dropped / trimmed, and with
``--marks`` how many of those were marked right / wrong (a trimmed span keeps its mark: it still overlaps it).
``--show`` prints the fragments' words for the marked ten only (for reading; never committed)."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from spinscope.components.techniques42 import crosses_closing_quote, fragment_fix, inside_name

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tech41"))
from draw import TEXT

ap = argparse.ArgumentParser()
ap.add_argument("results", type=Path)
ap.add_argument("--marks", type=Path)
ap.add_argument("--show", action="store_true")
a = ap.parse_args()
rows = json.loads(a.results.read_text())
marks = json.loads(a.marks.read_text()) if a.marks else None
marked_paths = set(marks["articles"]) if marks else set()
mark_of = {(f["path"], f["start"], f["end"], f["label"]): f["mark"] for f in marks["findings"]} if marks else {}
for group in ("marked ten", "other twenty"):
    c: Counter[str] = Counter()
    for r in rows:
        if (r["path"] in marked_paths) != (group == "marked ten"):
            continue
        text = (TEXT / r["path"]).read_text(encoding="utf-8")
        for f in r["findings"]:
            c["findings"] += 1
            if f["kind"] not in ("span", "sentence"):
                continue
            c["tagger spans and shown sentences"] += 1
            qa, nb = crosses_closing_quote(text, f["start"], f["end"]), inside_name(text, f["start"], f["end"])
            if not (qa or nb):
                continue
            c["fragments"] += 1
            c["a (closing quote)"] += qa
            c["b (inside a name)"] += nb and not qa
            c[f"  {f['label']}"] += 1
            fixed = fragment_fix(text, f["start"], f["end"])
            action = "dropped" if fixed is None else "trimmed"
            c[action] += 1
            m = mark_of.get((r["path"], f["start"], f["end"], f["label"]))
            if m:
                c[f"{action} marked {m}"] += 1
            if a.show and group == "marked ten":
                print(f"  {r['path'][:30]} [{f['start']},{f['end']}] {f['label']} {m} "
                      f"{'a' if qa else 'b'} {action} {text[f['start']:f['end']]!r}")
    print(group + ": " + ", ".join(f"{k} {v}" for k, v in c.items()))
