#!/usr/bin/env python3
"""Round 66: round 35's snippet sheet (``scripts/attr35/sheet_to_gold.py``, unchanged) plus one line kind, ``+``::

    + | speaker | START ... END |  |

adds its span to the previous attribution's content: PolNeAR's merge of the wire '"A," X said. "B."' (one
attribution, two content spans; attr62's README asked the next Lee gold to merge, attr64 did the same). The sheet
quotes the articles and stays outside the repository (in /tmp); only the offsets this script writes are committed.

    python scripts/attr66/sheet_merge66.py SHEET OUT.jsonl
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "attr35"))
import sheet_to_gold  # scripts/attr35/sheet_to_gold.py

JOIN = "+JOIN66"


def merged(sheet_path: Path) -> list[dict[str, Any]]:
    lines = []
    for raw in sheet_path.read_text(encoding="utf-8").splitlines():
        if raw.strip().startswith("+"):
            parts = [p.strip() for p in raw.strip()[1:].split("|")]
            raw = f"direct | {JOIN} | {parts[2]} | ^ | "
        lines.append(raw)
    with tempfile.TemporaryDirectory() as tmp:
        sheet = Path(tmp) / "sheet.txt"
        sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
        records = sheet_to_gold.convert(sheet)
    for rec in records:
        kept: list[dict[str, Any]] = []
        for att in rec["attributions"]:
            if att["speaker"] == JOIN:
                kept[-1]["content"].extend(att["content"])
            else:
                kept.append(att)
        rec["attributions"] = kept
    return records


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    records = merged(Path(sys.argv[1]))
    with open(sys.argv[2], "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(records)} articles, {sum(len(r['attributions']) for r in records)} attributions -> {sys.argv[2]}")


if __name__ == "__main__":
    main()
