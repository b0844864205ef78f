#!/usr/bin/env python3
"""Round 63: how PolNeAR's annotators treat this round's shapes, on the tuning half only (round 49's counting: gold
cue / inside an annotated content / left out / gold cue with no source), and, for the cues, where the source lies:
in the cue's own sentence before it (the subject), elsewhere, or none. Counts only, no text.

    python scripts/attr63/census.py           # run from the worktree root
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "attr49"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import attr_dev  # scripts/attr_dev.py
import census  # scripts/attr49/census.py

SPEECH = r"(?:announce|say|tell|unveil|reveal|confirm|declare|report|outline|release|propose)"
FAMILIES = {
    "is/are expected to <speech verb>": rf"\b(?:is|are|was|were)\s+(?:\w+\s+)?expected\s+to\s+{SPEECH}\b",
    "plans to <verb> (present)": r"\bplans?\s+to\b",
    "planned to / is planning to": r"\bplanned\s+to\b|\bplanning\s+to\b",
    "plans to cut/reduce": r"\bplans?\s+to\s+(?:cut|reduce|slash|trim|lower)\b",
    "it is understood": r"\b(?:it\s+is|it's|it\s+was)\s+understood\b",
    "<meet> ... to discuss": r"\b(?:met|meet|meets|meeting|gather(?:ed)?|convened?|sat\s+down|hold|held|"
                            r"holds)\b(?:\s+\S+){0,6}?\s+to\s+discuss\b",
    "to discuss (all)": r"\bto\s+discuss\b",
}


def _sources(families: dict[str, str]) -> dict[str, list[int]]:
    """Family -> [cue with the source before it in its sentence, cue with a source elsewhere, cue with none]."""
    out = {name: [0, 0, 0] for name in families}
    for stem in attr_dev.stems("tune"):
        text = (attr_dev.DATA / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        triples = attr_dev._gold_triples(attr_dev.DATA / "attributions" / f"{stem}.ann")
        for name, pattern in families.items():
            for m in re.finditer(pattern, text, re.IGNORECASE):
                cue = [t for t in triples if any(s <= m.end() - 1 < e or s <= m.start() < e for s, e in t[2])]
                if not cue:
                    continue
                start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
                if not cue[0][1]:
                    out[name][2] += 1
                elif any(start <= s < m.start() for s, _ in cue[0][1]):
                    out[name][0] += 1
                else:
                    out[name][1] += 1
    return out


if __name__ == "__main__":
    print(f"PolNeAR tuning half ({len(attr_dev.stems('tune'))} articles)")
    print(f"{'family':40s} {'gold cue':>8s} {'in content':>10s} {'left out':>8s} {'cue, no source':>14s}"
          f"  sources of cues (cue anywhere in match): subject / elsewhere / none")
    src = _sources(FAMILIES)
    for name, (cue, inside, left, nosrc) in census.census(FAMILIES).items():
        print(f"{name:40s} {cue:8d} {inside:10d} {left:8d} {nosrc:14d}  {src[name]}")
