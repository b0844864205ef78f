#!/usr/bin/env python3
"""Round 56: how PolNeAR's annotators treat the cue words of the lead's round-56 reading, on the tuning half only.

Round 49's census (scripts/attr49/census.py) counts where a family's match *starts*; this round's families need a
context before the cue ("Does X think ...?", "fails to tell"), so each pattern here has a group ``cue`` and the
count is taken at that group's start: a gold cue (inside an annotated cue span; last column: with no source),
inside an annotated content, or left out. The loaders are round 49's (`attr_dev`). Counts only, no text.

    python scripts/attr56/census.py            # the tuning half (takes no arguments)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import attr_dev  # scripts/attr_dev.py: the halves and the gold loader

_AUX = r"(?:Does|Do|Did|Doesn['’]t|Don['’]t|Didn['’]t|Is|Are|Was|Were|Will|Would|Can|Could|Should|Has|Have)"
#: The lead's round-56 cases (TASKS.md, attr56), each with its cue as the group ``cue``.
FAMILIES_56: dict[str, str] = {
    "yes/no question, third-person subject: its verb": r"(?:^|[.!?][\"”]?\s+)(?:And\s+|But\s+|So\s+)?" + _AUX +
        r"\s+(?:not\s+)?(?!you\b|I\b|we\b)[^.!?\n]{1,60}?\s+(?:not\s+)?(?P<cue>think|thinks|know|knows|believe|"
        r"believes|support|supports|say|says|said|want|wants|agree|agrees|claim|claims|accept|expect|realize|"
        r"understand|care|feel)\b[^.!?\n]*\?",
    "Who knows": r"(?:^|[.!?]\s+)Who\s+(?P<cue>knows)\b",
    "talking/talk about in a question": r"(?P<cue>talking|talk)\s+about\b[^.!\n]{0,40}\?",
    "If you ..., you think/believe": r"(?:^|[.!?]\s+)If\s+you\b[^.!?\n]{1,80},\s+you\s+(?:\w+\s+)?(?P<cue>think|"
                                     r"believe|know|say|assume)\b",
    "assault(ed)": r"\b(?P<cue>assault(?:s|ed|ing)?)\b",
    "deny + object + possessive": r"\b(?P<cue>den(?:y|ies|ied|ying))\s+(?:them|him|her|us|me|you|people|citizens|"
                                  r"Americans)\s+(?:their|his|her|our|my|your|the|a|an|any)\b",
    "fail(s/ed) ... to tell/say/explain": r"\bfail(?:s|ed|ing)?\b[^.;!?\n]{0,60}?\bto\s+(?P<cue>tell|say|explain|"
                                         r"mention|disclose|reveal)\b",
    "law recognizes/guarantees/protects": r"\b(?:Amendment|Constitution|Bill\s+of\s+Rights|Charter|law|statute|"
                                          r"Act)\s+(?P<cue>recogni[sz]es|recogni[sz]ed|guarantees|protects|grants)\b",
    ", implying/suggesting/indicating that": r"[,—–-]\s+(?P<cue>implying|suggesting|indicating|signaling|"
                                            r"signalling)\s+that\b",
    "NAME, \"...\" mantra/slogan/line": r"[A-Z][\w.'’-]+,?\s+[\"“][^\"”\n]{3,120}[\"”]\s+(?P<cue>mantra|slogan|"
                                      r"line|motto|refrain)\b",
    "According to X: (paragraph end)": r"(?P<cue>According)\s+to\s+[^\n:]{2,60}:[^\S\n]*\n",
}


def census() -> dict[str, list[int]]:
    out = {name: [0, 0, 0, 0] for name in FAMILIES_56}
    for stem in attr_dev.stems("tune"):
        text = (attr_dev.DATA / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        triples = attr_dev._gold_triples(attr_dev.DATA / "attributions" / f"{stem}.ann")
        for name, pattern in FAMILIES_56.items():
            for m in re.finditer(pattern, text, re.MULTILINE):
                at = m.start("cue")
                cue = [t for t in triples if any(s <= at < e for s, e in t[2])]
                if cue:
                    out[name][0] += 1
                    out[name][3] += not cue[0][1]
                elif any(s <= at < e for t in triples for s, e in t[0]):
                    out[name][1] += 1
                else:
                    out[name][2] += 1
    return out


def main() -> None:
    if len(sys.argv) > 1:
        sys.exit("census.py reads the tuning half only; it takes no arguments")
    print(f"PolNeAR tuning half ({len(attr_dev.stems('tune'))} articles): matches of each family (at the cue)")
    print(f"{'family':52s} {'gold cue':>8s} {'in content':>10s} {'left out':>8s} {'cue, no source':>14s}")
    for name, (cue, inside, left, nosrc) in census().items():
        print(f"{name:52s} {cue:8d} {inside:10d} {left:8d} {nosrc:14d}")


if __name__ == "__main__":
    main()
