#!/usr/bin/env python3
"""Round 71: PolNeAR tuning-half counts (round 49's counting: gold cue / inside a content / left out / gold cue with
no source) of the shapes round 71's rules touch, run after the first development errors were read and before each
rule was written. Counts only.

    python scripts/attr71/census2.py > scripts/attr71/census2.txt      # from the worktree root
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "attr49"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import census  # scripts/attr49/census.py

RULE_FAMILIES = {
    "defended/defending": r"\bdefend(?:ed|ing)\b",
    "sponsor(ed|ing)": r"\b(?:co-)?sponsor(?:s|ed|ing)?\b",
    "signed": r"\bsign(?:s|ed|ing)\b",
    "justified": r"\bjustif(?:y|ies|ied|ying)\b",
    "condemn": r"\bcondemn(?:s|ed|ing)?\b",
    "chose/choose(s) to": r"\bch(?:o|oo)se[sn]?\s+to\b",
    "seek(s) to": r"\bs(?:eek|eeks|ought|eeking)\s+to\b",
    "see(s)": r"\bsees?\b",
    "challenged": r"\bchalleng(?:e|es|ed|ing)\b",
    "blame": r"\bblam(?:e|es|ed|ing)\b",
    "ensure": r"\bensur(?:e|es|ed|ing)\b",
    "ensure that": r"\bensur(?:e|es|ed|ing)\s+that\b",
    "make certain / sure": r"\b(?:make|makes|made|making)\s+(?:certain|sure)\b",
    "give(s)": r"\b(?:give|gives|gave|giving)\b",
    "tell(ing) the truth / lies": r"\b(?:tell|tells|told|telling)\s+(?:the\s+(?:whole\s+)?truth|lies|a\s+lie)\b",
    "no <NP> can believe/think": r"\bno\s+\w+(?:\s+\w+)?\s+(?:can|could|would|will)\s+(?:\w+\s+)?(?:believe|think|say|argue)\b",
    "had/has/did not <verb> that": r"\b(?:had|has|have|did|does|do)\s*(?:not|n't)\s+\w+\s+that\b",
    "let's <verb>": r"\blet[’']s\s+\w+\b",
    "asked X to": r"\bask(?:s|ed)?\s+\w+(?:\s+\w+)?\s+to\b",
    "request for": r"\brequests?\s+for\b",
    "showed that": r"\bshow(?:s|ed)?\s+that\b",
    "worried about": r"\bworried\s+about\b",
    "wants <NP>": r"\bwants?\s+(?!to\b)\w+",
    "featuring/featured": r"\bfeatur(?:ed|ing|es)\b",
}

if __name__ == "__main__":
    print("family (gold cue, inside a content, left out, gold cue with no source)")
    for name, counts in census.census(RULE_FAMILIES).items():
        print(name, counts)
