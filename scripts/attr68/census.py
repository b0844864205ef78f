#!/usr/bin/env python3
"""Round 68: how PolNeAR's annotators treat the cue families round 68's development errors show, on the tuning
half only (round 49's counting: gold cue / inside an annotated content / left out / other). Counts only.

    python scripts/attr68/census.py > scripts/attr68/census.txt      # run from the worktree root
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "attr49"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import census  # scripts/attr49/census.py

#: Read for the rules, after the never-seen score (development errors).
RULE_FAMILIES = {
    "seem(s|ed)": r"\bseem(?:s|ed)?\b",
    "want(s|ed) to": r"\bwant(?:s|ed)?\s+(?:\w+\s+)?to\b",
    "decide(d|s) to": r"\bdecid(?:e|es|ed)\s+to\b",
    "realize(d)": r"\breali[sz](?:e|es|ed|ation)\b",
    "hate(s)": r"\bhates?\b",
    "defend(s)": r"\bdefends?\b",
    "advocate(s|ing)": r"\badvocat(?:e|es|ed|ing)\b",
    "criticize(d)": r"\bcritici[sz](?:e|es|ed|ing)\b",
    "targeted": r"\btarget(?:s|ed|ing)\b",
    "refuse(s|d) to": r"\brefus(?:e|es|ed)\s+to\b",
    "opposed": r"\boppos(?:e|es|ed)\b",
    "know(s)": r"\bknows?\b",
    "shared": r"\bshared\b",
    "explained": r"\bexplain(?:s|ed)?\b",
    "expressed": r"\bexpress(?:es|ed)\b",
    "expressed concern": r"\bexpress(?:es|ed)\s+concerns?\b",
    "whine(s|d)": r"\bwhin(?:e|es|ed|ing)\b",
    "stressed": r"\bstress(?:es|ed)\b",
    "saw it / sees it": r"\b(?:saw|sees|see)\s+(?:it|them|this)\b",
    "a letter ... saying": r"\bletter\b[^.]{0,40}\b(?:saying|stating)\b",
    "found": r"\bfound\b",
}

if __name__ == "__main__":
    print("# family (gold cue, inside a content, left out, other)")
    for name, counts in census.census(RULE_FAMILIES).items():
        print(name, counts)
