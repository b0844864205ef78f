#!/usr/bin/env python3
"""Round 69: attr66's sheet reader (``scripts/attr66/sheet_merge66.py``: round 35's ``sheet_to_gold.py`` plus the
``+`` line for a merged pair) plus one cue form, ``>word``: the cue is the first whole-word occurrence of ``word``
after the attribution's source span (for '..., X said.' after a content whose nearest ``said`` is another
sentence's). The sheet quotes the articles and stays outside the repository (in /tmp); only offsets are committed.

    python scripts/attr69/sheet_merge69.py SHEET OUT.jsonl
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "attr66"))
import sheet_merge66  # scripts/attr66/sheet_merge66.py

SHARED = Path(__file__).resolve().parents[3] / "shared"


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    after: list[tuple[int, int, str]] = []  # (article number, attribution number, word)
    lines, art, att = [], -1, -1
    for raw in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("@"):
            art, att = art + 1, -1
        elif line and not line.startswith(("#", "+")):
            att += 1
            parts = [p.strip() for p in line.split("|")]
            if len(parts) == 5 and parts[4].startswith(">"):
                after.append((art, att, parts[4][1:]))
                parts[4] = parts[4][1:]
                raw = " | ".join(parts)
        lines.append(raw)
    with tempfile.TemporaryDirectory() as tmp:
        sheet = Path(tmp) / "sheet.txt"
        sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
        records = sheet_merge66.merged(sheet)
    for a, b, word in after:
        rec = records[a]
        text = (SHARED / rec["path"]).read_text(encoding="utf-8")
        att_rec = rec["attributions"][b]
        m = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)").search(text, att_rec["source"][0][1])
        if m is None:
            sys.exit(f"{rec['path']}: {word!r} not after the source")
        att_rec["cue"] = [[m.start(), m.end()]]
    with open(sys.argv[2], "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(records)} articles, {sum(len(r['attributions']) for r in records)} attributions -> {sys.argv[2]}")


if __name__ == "__main__":
    main()
