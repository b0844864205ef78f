#!/usr/bin/env python3
"""Round 61: PolNeAR tuning-half counts (gold cue, inside a content, left out, other) for the cue families this
round's gold had to decide; counts only. Run from the worktree root: python scripts/attr61/census.py"""
import sys
sys.path.insert(0, "scripts/attr49")
sys.path.insert(0, "scripts")
import census
F = {
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
for k, v in census.census(F).items():
    print(k, v)
