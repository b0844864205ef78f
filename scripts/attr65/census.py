#!/usr/bin/env python3
"""Round 65: how PolNeAR's annotators treat this round's shapes, on the tuning half only. Counts only, no text.

For each family the match's group ``v`` (the word that would be the cue) is looked up in the gold: a gold cue
(then where its source lies: the subject, in the cue's sentence before it / elsewhere / none), inside an annotated
content only, or left out.

    python scripts/attr65/census.py > scripts/attr65/census.txt      # from the worktree root
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import attr_dev  # scripts/attr_dev.py

SPEECH = r"(?:announce|say|tell|unveil|reveal|confirm|declare|report|outline|release|propose|issue|make|give|deliver)"
FAMILIES = {
    "is expected to <speech> (round 63)": rf"\b(?:is|are|was|were|be)\s+(?:\w+\s+)?expected\s+to\s+(?P<v>{SPEECH})\w*",
    "is likely to <speech>": rf"\b(?:is|are|was|were|be)\s+(?:\w+\s+)?(?:un)?likely\s+to\s+(?P<v>{SPEECH})\w*",
    "is due to <speech>": rf"\b(?:is|are|was|were|be)\s+(?:\w+\s+)?due\s+to\s+(?P<v>{SPEECH})\w*",
    "is set to <speech>": rf"\b(?:is|are|was|were|be)\s+(?:\w+\s+)?set\s+to\s+(?P<v>{SPEECH})\w*",
    "is scheduled/slated/poised to <speech>": rf"\b(?:is|are|was|were|be)\s+(?:\w+\s+)?(?:scheduled|slated|poised)\s+"
                                               rf"to\s+(?P<v>{SPEECH})\w*",
    "will <speech> (future, any)": rf"\bwill\s+(?:\w+\s+)?(?P<v>{SPEECH})\b",
    "likely/due/set/... to <any verb>": r"\b(?:is|are|was|were)\s+(?:\w+\s+)?(?:likely|due|set|scheduled|slated|"
                                        r"poised)\s+to\s+(?P<v>\w+)",
    "requested permission": r"\b(?P<v>request(?:s|ed|ing)?)\s+permission\b",
    "asked/sought permission": r"\b(?P<v>(?:ask|sought|seek)(?:s|ed|ing)?)\s+(?:for\s+)?permission\b",
    "requested (any)": r"\b(?P<v>request(?:s|ed|ing)?)\b(?!\s+permission)",
    "requested/requesting (verb forms only)": r"\b(?P<v>request(?:ed|ing))\b",
    "requests: asked/urged/called on (round 49)": r"\b(?P<v>ask(?:s|ed)?|urg(?:e|es|ed)|call(?:s|ed)?\s+on)\s+"
                                                  r"(?:\w+\s+){1,3}?to\s+\w+",
    "permission (noun, any)": r"\b(?P<v>permission)\b",
}


def census() -> dict[str, list[int]]:
    """Family -> [matches, gold cue with the subject before it, gold cue with a source elsewhere, gold cue with no
    source, inside a gold content only, left out]."""
    out = {name: [0, 0, 0, 0, 0, 0] for name in FAMILIES}
    for stem in attr_dev.stems("tune"):
        text = (attr_dev.DATA / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        triples = attr_dev._gold_triples(attr_dev.DATA / "attributions" / f"{stem}.ann")
        for name, pattern in FAMILIES.items():
            for m in re.finditer(pattern, text, re.IGNORECASE):
                row = out[name]
                row[0] += 1
                pos = m.start("v")
                cue = [t for t in triples if any(s <= pos < e for s, e in t[2])]
                if cue:
                    start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
                    if not cue[0][1]:
                        row[3] += 1
                    elif any(start <= s < m.start() for s, _ in cue[0][1]):
                        row[1] += 1
                    else:
                        row[2] += 1
                elif any(s <= pos < e for t in triples for s, e in t[0]):
                    row[4] += 1
                else:
                    row[5] += 1
    return out


if __name__ == "__main__":
    print(f"PolNeAR tuning half ({len(attr_dev.stems('tune'))} articles); the cue word is the match's verb/noun")
    print(f"{'family':40s} {'matches':>7s} {'cue,subj':>8s} {'cue,else':>8s} {'cue,none':>8s} {'in content':>10s} "
          f"{'left out':>8s}")
    for name, row in census().items():
        print(f"{name:40s} " + " ".join(f"{n:>{w}d}" for n, w in zip(row, (7, 8, 8, 8, 10, 8), strict=True)))
