#!/usr/bin/env python3
"""Round 109's census of one convention over every tests/gold/attributions_real* file (counts only, no text): a
paragraph that is a quotation with no cue of its own, right after a paragraph holding a closed quotation ('"A," X
said.' then '"B."'). Either the gold gives B a record of its own ("two": no cue, or a cue in another paragraph)
or it folds B into the record before it ("one": a discontinuous content across the paragraph break).

    python scripts/attr109/runon_census.py > scripts/attr109/runon_census.txt
"""

from __future__ import annotations

import collections
import glob
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
QUOTES = "\"“”"


def kind_of(atts: list[dict], start: int, end: int) -> str:
    cover = [a for a in atts for s, e in a["content"] if s <= start + 1 < e or start <= s < end]
    if not cover:
        return "none"
    a = cover[0]
    if len(a["content"]) > 1 and any(s < start for s, _ in a["content"]):
        return "one"
    if not a["cue"]:
        return "two (no cue)"
    return "two (cue in another paragraph)"


def main() -> None:
    counts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for name in sorted(glob.glob(str(ROOT / "tests/gold/attributions_real*.jsonl"))):
        key = Path(name).name.removeprefix("attributions_real").removesuffix(".jsonl")
        for line in Path(name).read_text(encoding="utf-8").splitlines():
            art = json.loads(line)
            path = SHARED / art["path"]
            if not path.is_file():
                continue
            t = path.read_text(encoding="utf-8")
            atts = art["attributions"]
            for m in re.finditer(r"(?:^|\n)[ \t]*([\"“])", t):
                start = m.start(1)
                end = t.find("\n", start) % (len(t) + 1)
                if any(start <= s < end for a in atts for s, _ in a["cue"]):
                    continue  # the quotation has its own tag
                before = t[:start].rstrip()
                prev = before[before.rfind("\n") + 1:]
                marks = sum(prev.count(c) for c in QUOTES)
                if marks == 0 or marks % 2:
                    continue  # no closed quotation right before (or one left open: the run-on shape)
                counts[kind_of(atts, start, end)][key] += 1
    for kind in sorted(counts):
        c = counts[kind]
        print(f"{kind}: {sum(c.values())} ({', '.join(f'{k} {n}' for k, n in sorted(c.items()))})")


if __name__ == "__main__":
    main()
