#!/usr/bin/env python3
"""Round 66: how PolNeAR's annotators treat the cue families this round's gold had to decide, on the tuning half
only (round 49's counting: gold cue / inside an annotated content / left out / other). Counts only; run before the
gold was written.

    python scripts/attr66/census.py > scripts/attr66/census.txt      # from the worktree root
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "attr49"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import census  # scripts/attr49/census.py

#: Decided before the gold was written.
GOLD_FAMILIES = {
    "threatened": r"\bthreaten(?:s|ed|ing)?\b",
    "reported on": r"\breported\s+on\b",
    "released details": r"\breleas(?:e|es|ed|ing)\s+details\b",
    "mentioned": r"\bmention(?:s|ed|ing)?\b",
    "reportedly": r"\breportedly\b",
    "chanting": r"\bchant(?:s|ed|ing)?\b",
    "calling for": r"\bcall(?:s|ed|ing)?\s+for\b",
    "confirmed": r"\bconfirm(?:s|ed|ing)?\b",
    "it is thought": r"\b(?:it\s+is|it's|it\s+was)\s+thought\b",
    "has been confirmed": r"\b(?:has|have|had)\s+been\s+confirmed\b",
    "arguing": r"\barguing\b",
    "maintain": r"\bmaintain(?:s|ed)?\b",
    "showed / shows": r"\bshow(?:s|ed)\b",
    "admitted": r"\badmit(?:s|ted)?\b",
    "claimed": r"\bclaim(?:s|ed)?\b",
    "according to": r"\baccording\s+to\b",
    "are expected to": r"\b(?:is|are|was|were)\s+expected\s+to\b",
    "supposed to": r"\b(?:is|are|was|were)\s+supposed\s+to\b",
    "imagine": r"\bimagin(?:e|es|ed)\b",
    "I think": r"\bI\s+think\b",
}

if __name__ == "__main__":
    for name, counts in census.census(GOLD_FAMILIES).items():
        print(name, counts)
