#!/usr/bin/env python3
"""Round 61: how PolNeAR's annotators treat the cue families this round's gold and rules had to decide, on the
tuning half only (round 49's counting: gold cue / inside an annotated content / left out / other). Counts only.

    python scripts/attr61/census.py           # run from the worktree root
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "attr49"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import census  # scripts/attr49/census.py

#: Decided before the gold was written.
GOLD_FAMILIES = {
    "it is understood": r"\b(?:it\s+is|it's|it\s+was)\s+understood\b",
    "blame(d|ing) X for": r"\bblam(?:e|es|ed|ing)\b",
    "accuse": r"\baccus(?:e|es|ed|ing)\b",
    "claim(ed) responsibility": r"\bclaim(?:s|ed|ing)?\s+responsibility\b",
    "expectation(s) that": r"\bexpectations?\s+that\b",
    "held up as": r"\bheld\s+up\s+as\b",
    "requested": r"\brequest(?:s|ed|ing)?\b",
    "does not expect": r"\b(?:does|do|did)\s+not\s+expect\b|\b(?:doesn't|don't|didn't)\s+expect\b",
    "appeal(ed) for": r"\bappeal(?:s|ed|ing)?\s+for\b",
    "urged": r"\burg(?:e|es|ed|ing)\b",
    "believed to": r"\b(?:is|are|was|were)\s+believed\s+to\b",
    "thought to be": r"\b(?:is|are|was|were)\s+thought\s+to\b",
    "ruled out": r"\bruled?\s+out\b",
    "reports spoke of": r"\bspoke\s+of\b",
    "quoted X as saying": r"\bquoted\b",
    "announced": r"\bannounc(?:e|es|ed|ing)\b",
    "suspected of": r"\bsuspected\s+of\b",
}
#: Read for the rules, after the never-seen score (development misses).
RULE_FAMILIES = {
    "released (its|a|the) report": r"\breleas(?:e|es|ed|ing)\s+(?:its|their|his|her|a|the|an)\s+(?:\w+\s+)?report\b",
    "released": r"\breleas(?:e|es|ed|ing)\b",
    "to discuss": r"\bto\s+discuss\b",
    "discuss": r"\bdiscuss(?:es|ed|ing)?\b",
    "which he believes": r"\b(?:which|that)\s+(?:he|she|they|it)\s+(?:believes?|thinks?|says?|said|believed|thought)\b",
    "but is <word>": r"\bbut\s+(?:is|was|are|were)\s+\w+\b",
    "relieved": r"\brelieved\b",
    "is (still)? expected, no 'to'": r"\b(?:is|are|was|were)\s+(?:still\s+|widely\s+|now\s+)?expected\b(?!\s+to\b)",
    "expectation": r"\bexpectations?\b",
}

if __name__ == "__main__":
    for title, families in (("gold", GOLD_FAMILIES), ("rules", RULE_FAMILIES)):
        print(f"# {title}")
        for name, counts in census.census(families).items():
            print(name, counts)
