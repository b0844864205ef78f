"""Findings one run of ``measure.py`` gives and the other does not: ``python scripts/tech41/diff.py MAIN.json
BRANCH.json``. Counts by article group (the marked ten, the other twenty), label and kind; with the marks, what
main's findings that are gone were marked. Offsets and labels only, no text."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draw import sample

main_rows, branch_rows = (json.loads(Path(p).read_text()) for p in sys.argv[1:3])
marks = json.loads((Path(__file__).resolve().parent / "marks.json").read_text())["findings"]
mark = {(m["path"], m["start"], m["end"], m["label"]): m["mark"] for m in marks}
_, marked = sample()


def keyset(rows: list[dict]) -> dict:
    return {(r["path"], f["start"], f["end"], f["label"]): f for r in rows for f in r["findings"]}


a, b = keyset(main_rows), keyset(branch_rows)
for name, only in (("only on main", set(a) - set(b)), ("only on the branch", set(b) - set(a))):
    src = a if name == "only on main" else b
    for group, keep in (("marked ten", True), ("other twenty", False)):
        keys = [k for k in only if (k[0] in marked) == keep]
        by = Counter((k[3], src[k]["kind"], mark.get(k, "unmarked") if keep else "-") for k in keys)
        print(f"{name}, {group}: {len(keys)}" + "".join(f"\n  {lab} {kind} {m}: {n}" for (lab, kind, m), n in
                                                       sorted(by.items())))
