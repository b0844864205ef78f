#!/usr/bin/env python3
"""Round 69: how PolNeAR's annotators treat the cue families this round's gold had to decide, on the tuning half
only (round 49's counting: gold cue / inside an annotated content / left out / gold cue with no source). Counts
only; run before the gold was written.

    python scripts/attr69/census.py > scripts/attr69/census.txt      # from the worktree root
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "attr49"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import census  # scripts/attr49/census.py

#: Decided before the gold was written.
GOLD_FAMILIES = {
    "forecast(ing)": r"\bforecast(?:s|ing|ed)?\b",
    "is / are expecting": r"\b(?:is|are|was|were)\s+expecting\b",
    "are expected to": r"\b(?:is|are|was|were)\s+expected\s+to\b",
    "was / is said to": r"\b(?:is|are|was|were)\s+said\s+to\b",
    "did / would not say": r"\b(?:did|would|will|could)\s+(?:not|n't)\s+say\b|\b(?:didn't|wouldn't|won't)\s+say\b",
    "urging": r"\burg(?:ing|ed)\b",
    "praised": r"\bprais(?:ed|es|ing)\b",
    "decried": r"\bdecri(?:ed|es)\b",
    "insists": r"\binsist(?:s|ed)?\b",
    "reported X as saying": r"\breported\b[^.\n]{0,60}?\bas\s+saying\b",
    "as saying": r"\bas\s+saying\b",
    "according to": r"\baccording\s+to\b",
    "threatened to": r"\bthreaten(?:s|ed)?\s+to\b",
    "claimed": r"\bclaim(?:s|ed)?\b",
    "calling for": r"\bcall(?:s|ed|ing)?\s+for\b",
    "defended": r"\bdefend(?:s|ed)\b",
    "estimating (in a quote)": r"\bestimat(?:ing|es|ed)\b",
    "saying (participle after a comma)": r"(?<=, )saying\b",
}

if __name__ == "__main__":
    print("family (gold cue, inside a content, left out, gold cue with no source)")
    for name, counts in census.census(GOLD_FAMILIES).items():
        print(name, counts)
