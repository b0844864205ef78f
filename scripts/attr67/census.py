#!/usr/bin/env python3
"""Round 67: how PolNeAR's tuning half annotates reports nested inside another report's content (counts only).

Every match of a verb of saying or believing inside an annotated content is counted as: its own gold cue, or not
(left to the outer report). Split by where it stands: inside a quotation (direct content) or in an indirect content;
and by the nested verb's tense shape (past-perfect "had said/claimed", plain past/present). No text is printed.

    python scripts/attr67/census.py > scripts/attr67/census.txt      # from the worktree root; tuning half only
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import attr_dev  # scripts/attr_dev.py: the halves and the gold loader

FAMILIES = {
    "said/says/say": r"\b(?:said|says|say)\b",
    "told/tells": r"\b(?:told|tells)\b",
    "claimed/claims": r"\bclaim(?:s|ed)\b",
    "mentioned": r"\bmention(?:s|ed)\b",
    "believes/believed": r"\bbeliev(?:es|ed)\b",
    "had + said/claimed/told/mentioned": r"\bhad\s+(?:said|claimed|told|mentioned)\b",
    "the NOUN said (plural common noun)": r"\bthe\s+[a-z]+s\s+(?:said|say)\b",
}


def _in_quotes(text: str, pos: int) -> bool:
    line = text[text.rfind("\n", 0, pos) + 1:pos]
    return line.count("\u201c") > line.count("\u201d") or line.count('"') % 2 == 1


def main() -> None:
    out: dict[str, list[int]] = {name: [0, 0, 0, 0] for name in FAMILIES}
    for stem in attr_dev.stems("tune"):
        text = (attr_dev.DATA / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        triples = attr_dev._gold_triples(attr_dev.DATA / "attributions" / f"{stem}.ann")
        for name, pattern in FAMILIES.items():
            for m in re.finditer(pattern, text, re.IGNORECASE):
                pos = m.end() - 1
                own = [t for t in triples if any(s <= pos < e for s, e in t[2])]
                outer = [t for t in triples if t not in own and any(s <= m.start() < e for s, e in t[0])]
                if not outer:
                    continue
                col = 0 if own else 1
                if not _in_quotes(text, m.start()):
                    col += 2
                out[name][col] += 1
    print(f"PolNeAR tuning half ({len(attr_dev.stems('tune'))} articles): verbs inside another annotated content")
    print(f"{'family':40s} {'inQ own':>8s} {'inQ left':>8s} {'ind own':>8s} {'ind left':>8s}")
    for name, (a, b, c, d) in out.items():
        print(f"{name:40s} {a:8d} {b:8d} {c:8d} {d:8d}")


if __name__ == "__main__":
    main()
