#!/usr/bin/env python3
"""Round 71: how PolNeAR's annotators treat the cue families this round's gold had to decide, on the tuning half
only (round 49's counting: gold cue / inside an annotated content / left out / gold cue with no source). Counts
only; run before the gold was written.

    python scripts/attr71/census.py > scripts/attr71/census.txt      # from the worktree root
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "attr49"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import census  # scripts/attr49/census.py

#: Decided before the gold was written.
GOLD_FAMILIES = {
    "appear(s) to": r"\bappear(?:s|ed)?\s+to\b",
    "seem(s) to": r"\bseem(?:s|ed)?\s+to\b",
    "is / are expecting": r"\b(?:is|are|was|were)\s+expecting\b",
    "forecast(ing)": r"\bforecast(?:s|ing|ed)?\b",
    "know(s) that": r"\bknows?\s+that\b",
    "knows / knew": r"\b(?:knows|knew)\b",
    "assumption that": r"\bassumption\s+that\b",
    "think(s) / thought": r"\b(?:thinks?|thought)\b",
    "asked X to": r"\bask(?:s|ed)?\s+\w+(?:\s+\w+)?\s+to\b",
    "accus(ed|ing)": r"\baccus(?:ed|es|ing)\b",
    "described X as": r"\bdescrib(?:ed|es|ing)\b[^.\n]{0,40}?\bas\b",
    "defended X as": r"\bdefend(?:s|ed|ing)\b[^.\n]{0,40}?\bas\b",
    "worried that": r"\bworri(?:ed|es)\s+that\b",
    "found (that)": r"\bfound\s+(?:that\s+)?\w+\s+(?:had|was|is|has|were)\b",
    "I wrote / I note": r"\bI\s+(?:wrote|note|noted|have written)\b",
    "wants to / wanted": r"\bwant(?:s|ed)?\s+to\b",
    "excuse that": r"\bexcuse\s+that\b",
    "expressed concern": r"\bexpressed\s+concern\b",
    "telling X that": r"\btell(?:ing|s)?\s+\w+\s+that\b",
}

if __name__ == "__main__":
    print("family (gold cue, inside a content, left out, gold cue with no source)")
    for name, counts in census.census(GOLD_FAMILIES).items():
        print(name, counts)
