#!/usr/bin/env python3
"""Turn a private snippet sheet into gold offsets (``tests/gold/attributions_real*.jsonl`` layout).

    python scripts/attr35/sheet_to_gold.py SHEET OUT.jsonl

The sheet quotes the articles, so it stays outside the repository; only the offsets this script writes are
committed. Layout, one attribution a line, in the order of the contents in the article::

    @ data/semeval2025_task10/EN/raw-documents/EN_UA_000000.txt
    kind | speaker | START ... END | source | cue

``START ... END``: the content runs from the first occurrence of START after the previous content's start to the
end of the first occurrence of END after that. ``source`` and ``cue`` are snippets looked up as whole words on the
content's own lines (nearest to the content), else on the next non-blank line (round 35's change to round 34's
script, for a quotation paragraph whose "he said" stands in a paragraph of its own); when absent there, the nearest
earlier occurrence is taken and a warning is printed. A source or cue written ``<snippet`` is taken from before the
content only (its nearest earlier occurrence: "X also told the agency how he sees it:" over a quotation
paragraph). ``^`` as source repeats the previous attribution's source span (a quotation continuing the previous
speaker's); an empty field means none. ``# ...`` lines are comments.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[3] / "shared"
KINDS = {"direct", "indirect", "mixed"}


def _lines_of(text: str, start: int, end: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return lo, len(text) if hi < 0 else hi


def _next_line_end(text: str, hi: int) -> int:
    nxt = hi
    while nxt < len(text) and text[nxt] in "\n \t":
        nxt += 1
    after = text.find("\n", nxt)
    return len(text) if after < 0 else after


def _find_near(text: str, snippet: str, content: tuple[int, int], where: str) -> list[int]:
    earlier_only = snippet.startswith("<")
    snippet = snippet.lstrip("<")
    pat = re.compile(r"(?<!\w)" + re.escape(snippet) + r"(?!\w)")
    hits = [(m.start(), m.end()) for m in pat.finditer(text)]
    if earlier_only:
        before = [h for h in hits if h[1] <= content[0]]
        if not before:
            sys.exit(f"{where}: {snippet!r} not before the content")
        return [before[-1][0], before[-1][1]]
    # not inside the content itself
    hits = [h for h in hits if h[1] <= content[0] or h[0] >= content[1]]
    if not hits:
        sys.exit(f"{where}: {snippet!r} not found")
    lo, hi = _lines_of(text, *content)
    local = [h for h in hits if lo <= h[0] and h[1] <= hi]
    if not local:
        local = [h for h in hits if hi <= h[0] and h[1] <= _next_line_end(text, hi)]
    if not local:
        local = [h for h in hits if h[1] <= content[0]][-1:]
        print(f"warning {where}: {snippet!r} not on the content's lines; took offset {local}", file=sys.stderr)
        if not local:
            sys.exit(f"{where}: {snippet!r} not before the content")
    best = min(local, key=lambda h: min(abs(h[0] - content[1]), abs(content[0] - h[1])))
    return [best[0], best[1]]


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
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 5 or parts[0] not in KINDS:
            sys.exit(f"{where}: want 'kind | speaker | START ... END | source | cue'")
        kind, speaker, content, source, cue = parts
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
        src = prev_source if source == "^" else ([_find_near(text, source, span, where)] if source else [])
        if source == "^" and not prev_source:
            sys.exit(f"{where}: '^' with no earlier source")
        cue_span = [_find_near(text, cue, span, where)] if cue else []
        records[-1]["attributions"].append({"source": src, "cue": cue_span, "content": [list(span)],
                                            "kind": kind, "speaker": speaker})
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
