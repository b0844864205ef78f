#!/usr/bin/env python3
"""Round 62: the wire convention for '“A,” X said. “B.”' (one attribution or two), counted on PolNeAR's tuning half
and on the Lee development gold of round 59 (`tests/gold/attributions_real59.jsonl`). Counts only, no text.

A pair is a quotation closed by a comma, then at most six words ending in a verb of saying and a full stop, then a
quotation opened right after. Each pair is counted as: one gold attribution holding both quotations (merged),
two gold attributions (split), the second quotation in no gold content, or the first in none.

    python scripts/attr62/splitquotes.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import attr_dev  # type: ignore[import-not-found]  # noqa: E402

PAIR = re.compile(r"[\"“](?P<a>[^\"“”\n]{3,600}?),[\"”]\s+(?:[\w.'’-]+\s+){0,6}?(?:said|says|added|adds|told|"
                  r"explained|continued|warned|insisted)[^.\"“”\n]{0,60}\.\s+[\"“](?P<b>[^\"“”\n]{3})")


def _count(text: str, contents: list[list[tuple[int, int]]], counts: dict[str, int]) -> None:
    for m in PAIR.finditer(text):
        a, b = m.start("a"), m.start("b")
        ha = [i for i, c in enumerate(contents) if any(s <= a < e for s, e in c)]
        hb = [i for i, c in enumerate(contents) if any(s <= b < e for s, e in c)]
        counts["pairs"] += 1
        if not ha:
            counts["first quote in no content"] += 1
        elif not hb:
            counts["second quote in no content"] += 1
        elif set(ha) & set(hb):
            counts["one attribution (merged)"] += 1
        else:
            counts["two attributions (split)"] += 1


def main() -> None:
    keys = ("pairs", "one attribution (merged)", "two attributions (split)", "second quote in no content",
            "first quote in no content")
    polnear = dict.fromkeys(keys, 0)
    for stem in attr_dev.stems("tune"):
        text = (attr_dev.DATA / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        triples = attr_dev._gold_triples(attr_dev.DATA / "attributions" / f"{stem}.ann")
        _count(text, [t[0] for t in triples], polnear)
    lee = dict.fromkeys(keys, 0)
    for line in (ROOT / "tests" / "gold" / "attributions_real59.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        path = ROOT.parent / "shared" / rec["path"]
        if not path.is_file():
            sys.exit(f"{path} is missing: run scripts/lee/fetch.py")
        _count(path.read_text(encoding="utf-8"), [[tuple(s) for s in a["content"]] for a in rec["attributions"]],
               lee)
    print(f"{'pairs A, X said. B':40s} {'PolNeAR tuning half':>20s} {'real59 development':>20s}")
    for k in keys:
        print(f"{k:40s} {polnear[k]:20d} {lee[k]:20d}")


if __name__ == "__main__":
    main()
