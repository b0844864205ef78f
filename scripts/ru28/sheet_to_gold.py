#!/usr/bin/env python3
"""Turn a private snippet sheet into round 28's Russian real-article gold (``attributions_ru_real28*.jsonl``).

    python scripts/ru28/sheet_to_gold.py SHEET OUT.jsonl

Round 26's sheet layout and conversion (``scripts/ru26/sheet_to_gold.py``) with one addition: a source or cue
snippet may end in `` >`` (take its first occurrence after the content) or `` <`` (its last occurrence before the
content), for a name that stands both just before a quotation and just after it ("... Алексей Лихачев. «...», -
сказал Лихачев"), where the nearest occurrence would be the wrong one. The sheet quotes the articles, so it stays
outside the repository.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve()
_spec = importlib.util.spec_from_file_location("ru26_sheet", HERE.parents[1] / "ru26" / "sheet_to_gold.py")
assert _spec is not None and _spec.loader is not None
ru26 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ru26)
_near = ru26.find_near


def find_directed(text: str, snippet: str, content: tuple[int, int], where: str) -> list[int]:
    """``_find_near``, or with a trailing ``>`` / ``<`` the first hit after / last hit before the content."""
    if snippet.endswith((" >", " <")):
        word, side = snippet[:-2], snippet[-1]
        pat = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)")
        hits = [(m.start(), m.end()) for m in pat.finditer(text)]
        hits = [h for h in hits if (h[0] >= content[1] if side == ">" else h[1] <= content[0])]
        if not hits:
            sys.exit(f"{where}: {word!r} not found {'after' if side == '>' else 'before'} the content")
        best = hits[0] if side == ">" else hits[-1]
        return [best[0], best[1]]
    return list(_near(text, snippet, content, where))


ru26.find_near = find_directed


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    records = ru26.convert(Path(sys.argv[1]))
    with open(sys.argv[2], "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(records)} articles, {sum(len(r['attributions']) for r in records)} attributions -> {sys.argv[2]}")


if __name__ == "__main__":
    main()
