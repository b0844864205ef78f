#!/usr/bin/env python3
"""Round 64: round 35's snippet sheet (``scripts/attr35/sheet_to_gold.py``, unchanged) plus one line kind, ``+``:

    + | speaker | START ... END |  |

adds its span to the previous attribution's content (PolNeAR's merge of the wire '"A," X said. "B."': one
attribution with two content spans, as attr62's README recommends for the next Lee gold). The sheet quotes the
articles and stays outside the repository; only the offsets are committed.

    python scripts/attr64/sheet_merge.py SHEET OUT.jsonl
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "attr35"))
import sheet_to_gold  # scripts/attr35/sheet_to_gold.py

MARK = "+MERGE"


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    lines = []
    for raw in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines():
        if raw.strip().startswith("+"):
            parts = [p.strip() for p in raw.strip()[1:].split("|")]
            raw = f"direct | {MARK} | {parts[2]} | ^ | "  # "^" keeps the previous source for a later "^"
        lines.append(raw)
    with tempfile.TemporaryDirectory() as tmp:
        sheet = Path(tmp) / "sheet.txt"
        sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
        records = sheet_to_gold.convert(sheet)
    for rec in records:
        kept: list[dict] = []
        for a in rec["attributions"]:
            if a["speaker"] == MARK:
                kept[-1]["content"].extend(a["content"])
            else:
                kept.append(a)
        rec["attributions"] = kept
    with open(sys.argv[2], "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(records)} articles, {sum(len(r['attributions']) for r in records)} attributions -> {sys.argv[2]}")


if __name__ == "__main__":
    main()
