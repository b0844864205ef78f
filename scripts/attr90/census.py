#!/usr/bin/env python3
"""Round 90's census: each development-error shape, counted on PolNeAR's tuning half (scripts/attr_dev.py's split):
the uses of the shape's word and how many a gold cue of PolNeAR's sits on (overlaps the word). Counts only, no
article text (attr84's census, other shapes).

    python scripts/attr90/census.py > scripts/attr90/census.txt
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts" / "attr84"))
import census as C84  # noqa: E402

A = C84.A
N = r"(?:n['’]t|\s+not)"
SHAPES = {
    "not-to-mention": r"\bnot\s+to\s+(mention)\b",
    "you-modal-cue": r"\b(?:You|you)\s+(?:could|might|would|can)\s+(say|read|argue|think|see|claim)\b",
    "hoping-to": r"\b(hop(?:e|es|ed|ing))\s+to\b",
    "view-as": r"\b(view(?:s|ed|ing)?)\s+[\w'’-]+(?:\s+[\w'’-]+){0,6}\s+as\b",
    "seek-to": r"\b(sought|seeks?|seeking)\s+to\b",
    "neg-specify": rf"\b(?:does|do|did){N}\s+(specify)\b",
    "neg-believe": rf"\b(?:does|do|did){N}\s+(believe)\b",
    "deemed": r"\b(deemed)\b",
    "criticised-by": r"\b(criticised|criticized)\s+by\b",
    "I-doubt": r"\bI\s+(doubt)\b",
    "we-know": r"\b(?:We|we)\s+(know)\b",
    "asked-X-to": r"\b(asked)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+to\s+[a-z]",
    "want-X-to": r"\b(wanted|wants|want)\s+(?:the|a|an|his|her|their|its|our)\s+[\w-]+\s+to\b",
    "released": r"\b(released)\b",
    "be-expected-to": r"\b(?:is|are|was|were|be|been)\s+(expected)\s+to\b",
    "has-promised-to": r"\b(?:has|have|had)\s+(promised)\s+to\b",
    "suggesting-after-comma": r",\s+(suggesting)\b",
    "displace": r"\b(displace[sd]?|displacing)\b",
    "supported": r"\b(supported)\b",
    "need": r"\b(needs?|needed)\b",
    "named-as": r"\b(named)\b[^.\n]{0,80}\bas\b",
    "reveals": r"\b(reveals?|revealed)\b",
    "deep-dive-line": r"(?m)^(Deep Dive|READ ALSO:?|Related|Stay connected)\s*$",
}


def main() -> None:
    totals = {k: [0, 0] for k in SHAPES}
    for stem in A.stems("tune"):
        text = (A.DATA / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        cues = C84.gold(stem)
        for name, pat in SHAPES.items():
            for m in re.finditer(pat, text):
                s, e = m.span(1)
                totals[name][0] += 1
                totals[name][1] += int(any(c[0][0] < e and s < c[0][1] for c in cues))
    print(f"# PolNeAR tuning half: {len(A.stems('tune'))} articles")
    for name, (n, cue) in totals.items():
        print(f"{name}\tuses={n}\tgold_cue={cue}")


if __name__ == "__main__":
    main()
