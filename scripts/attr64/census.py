#!/usr/bin/env python3
"""Round 64: how PolNeAR's annotators treat the cue families this round's gold had to decide, on the tuning half
only (round 49's counting: gold cue / inside an annotated content / left out / other). Counts only; run before the
gold was written.

    python scripts/attr64/census.py           # run from the worktree root
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "attr49"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import census  # scripts/attr49/census.py

#: Decided before the gold was written.
GOLD_FAMILIES = {
    "expressed (his|her|its) belief": r"\bexpress(?:es|ed|ing)?\s+(?:his|her|its|their)\s+belief\b",
    "expressed": r"\bexpress(?:es|ed|ing)?\b",
    "describing how": r"\bdescrib(?:e|es|ed|ing)\s+how\b",
    "describing": r"\bdescrib(?:e|es|ed|ing)\b",
    "referred to": r"\breferr(?:ed|ing)\s+to\b",
    "calling on X to": r"\bcall(?:s|ed|ing)?\s+on\b",
    "claims (noun) / allegations": r"\b(?:claims|allegations)\s+(?:that\s+)?(?:he|she|they|it)\b",
    "told him/her not to": r"\btold\s+(?:him|her|them)\s+(?:not\s+)?to\b",
    "comment that": r"\bcomments?\s+that\b",
    "promise to / promised to": r"\bpromis(?:e|es|ed)\s+to\b",
    "shows (study)": r"\bshow(?:s|ed)?\b",
    "maintains": r"\bmaintain(?:s|ed)?\b",
    "will advise": r"\bwill\s+advise\b",
    "advise": r"\badvis(?:e|es|ed|ing)\b",
    "reports of": r"\breports\s+of\b",
    "indicated": r"\bindicat(?:e|es|ed|ing)\b",
    "adding that": r"\badding\b",
    "has announced": r"\bha(?:s|ve)\s+announced\b",
    "not ruled out": r"\bnot\s+ruled\s+out\b",
    "an estimated": r"\ban\s+estimated\b",
    "as X said (nested)": r"\bas\s+(?:\w+\s+){1,3}said\b",
}

if __name__ == "__main__":
    for name, counts in census.census(GOLD_FAMILIES).items():
        print(name, counts)
