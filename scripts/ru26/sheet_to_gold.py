#!/usr/bin/env python3
"""Turn a private snippet sheet into Russian real-article gold (``tests/gold/attributions_ru_real26*.jsonl``).

    python scripts/ru26/sheet_to_gold.py SHEET OUT.jsonl

The layout of ``scripts/attr34/sheet_to_gold.py`` with two more fields, the source's type and country::

    @ data/semeval2025_task10/RU/raw-documents/RU-URW-0000.txt
    kind | speaker | START ... END | source | cue | source_type | country

``source_type`` is one of spinscope's source types (government, politician, person, organization, media,
academic, anonymous, report); ``country`` an ISO 3166 alpha-2 code or empty when the article gives none. The sheet
quotes the articles, so it stays outside the repository; only the offsets and names this script writes are
committed. Span lookup is attr34's (content from START to the end of END after the previous content's start;
source and cue nearest the content on its own lines).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
SHARED = HERE.parents[3] / "shared"
KINDS = {"direct", "indirect", "mixed"}
TYPES = {"government", "politician", "person", "organization", "media", "academic", "anonymous", "report"}
COUNTRY = re.compile(r"[A-Z]{2}")

_spec = importlib.util.spec_from_file_location("attr34_sheet", HERE.parents[1] / "attr34" / "sheet_to_gold.py")
assert _spec is not None and _spec.loader is not None
_attr34 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_attr34)
find_near = _attr34._find_near


def convert(sheet: Path) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    text, cursor, prev_source = "", 0, []
    for n, raw in enumerate(sheet.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        where = f"{sheet.name}:{n}"
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            path = line[1:].strip()
            data = (SHARED / path).read_bytes()
            text = data.decode("utf-8")
            records.append({"path": path, "sha256": hashlib.sha256(data).hexdigest(), "chars": len(text),
                            "attributions": []})
            cursor, prev_source = 0, []
            continue
        if not records:
            sys.exit(f"{where}: an attribution before the first '@ path' line")
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 7 or parts[0] not in KINDS:
            sys.exit(f"{where}: want 'kind | speaker | START ... END | source | cue | source_type | country'")
        kind, speaker, content, source, cue, stype, country = parts
        if stype not in TYPES:
            sys.exit(f"{where}: source_type {stype!r} is not one of {sorted(TYPES)}")
        if country and not COUNTRY.fullmatch(country):
            sys.exit(f"{where}: country {country!r} is not an ISO alpha-2 code")
        if " ... " not in content:
            sys.exit(f"{where}: content wants 'START ... END'")
        first, last = content.split(" ... ", 1)
        s = text.find(first, cursor)
        if s < 0:
            sys.exit(f"{where}: content start {first!r} not found after offset {cursor}")
        e = text.find(last, s)
        if e < 0:
            sys.exit(f"{where}: content end {last!r} not found after offset {s}")
        span = (s, e + len(last))
        cursor = s + 1
        if source == "^" and not prev_source:
            sys.exit(f"{where}: '^' with no earlier source")
        src = prev_source if source == "^" else ([find_near(text, source, span, where)] if source else [])
        cue_span = [find_near(text, cue, span, where)] if cue else []
        records[-1]["attributions"].append({"source": src, "cue": cue_span, "content": [list(span)], "kind": kind,
                                            "speaker": speaker, "source_type": stype, "country": country or None})
        prev_source = src
    return records


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    records = convert(Path(sys.argv[1]))
    with open(sys.argv[2], "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(records)} articles, {sum(len(r['attributions']) for r in records)} attributions -> {sys.argv[2]}")


if __name__ == "__main__":
    main()
