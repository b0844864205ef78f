#!/usr/bin/env python3
"""Round 53: how PolNeAR's annotators treat the cue words of the lead's round-53 reading, on the tuning half only.

Reuses round 49's census (scripts/attr49/census.py: gold cue / inside gold content / left out / cue with no
source) with this round's families in place of its own (its module and its default output are unchanged). Counts
only, no text.

    python scripts/attr53/census.py            # the tuning half
    python scripts/attr53/census.py --round54  # round 54's families instead (scripts/attr54/census.txt)
    python scripts/attr53/census.py --round60  # round 60's families instead (scripts/attr60/census.txt)
    python scripts/attr53/census.py --round62  # round 62's families instead (scripts/attr62/census.txt)
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_spec = importlib.util.spec_from_file_location("census49", Path(__file__).resolve().parents[1] / "attr49" / "census.py")
assert _spec is not None and _spec.loader is not None
census49 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(census49)

#: The lead's round-53 cases (TASKS.md, attr53), as patterns over the article text.
FAMILIES_53: dict[str, str] = {
    "decided/decides that": r"\bdecid(?:ed|es|e)\s+that\b",
    "decided/decides (any)": r"\bdecid(?:ed|es|e|ing)\b",
    "knowing that": r"\bknowing\s+that\b",
    "contradicts/contradicted": r"\bcontradict(?:s|ed|ing)?\b",
    "do you believe/think": r"\b(?:do|don't|would|can)\s+you\s+(?:really\s+)?(?:believe|think|imagine)\b",
    "accused by": r"\baccused\s+by\b",
    "shows/showed that (thing subject)": r"\b(?:evidence|data|study|report|audit|records?)\s+(?:shows?|showed)\b",
    ", he/she said, (mid-sentence)": r",\s+(?:he|she|they)\s+(?:said|says|added),\s+(?:but|and)\b",
    "as X reports/reported": r"\bas\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}\s+(?:reports|reported)\b",
}

#: Round 54 (`--round54`): false cues and reposted blocks of round 54's development articles.
FAMILIES_54: dict[str, str] = {
    "refused/refuses to": r"\brefus(?:ed|es|e|ing)\s+to\b",
    "declined to comment": r"\bdeclin(?:ed|es|e|ing)\s+to\s+comment\b",
    "directed (their energy/efforts)": r"\bdirect(?:ed|s)?\s+(?:all\s+)?(?:their|his|her|its)\s+"
                                       r"(?:energy|efforts?|attention)\b",
    "what X described as": r"\bwhat\s+\w+(?:\s+\w+){0,3}\s+(?:described|characterized|termed|labeled)\s+as\b",
    ", the X reports: / As we reported:": r",\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,4}\s+"
                                          r"(?:reports|reported|writes)\s*:"
                                          r"|\bas\s+(?:we|I)\s+(?:previously\s+)?reported\s*:",
}

#: Round 60 (`--round60`): the open leads of rounds 57-58 (admissions, requests, questions, "followed up with:").
FAMILIES_60: dict[str, str] = {
    "admitted/admits (to) + gerund": r"\badmit(?:ted|s|ting)?\s+(?:to\s+)?(?!that\b)\w+ing\b",
    "admitted/admits that": r"\badmit(?:ted|s|ting)?\s+that\b",
    "called/calls for X to be": r"\bcall(?:ed|s|ing)?\s+for\s+[^.?!\n]{1,80}?\s+to\s+be\b",
    "followed up with": r"\bfollowed\s+up\s+with\b",
    "say/think/claim ... ? (one sentence)": r"\b(?:says?|said|thinks?|thought|believes?|claims?|claimed|insists?)"
                                           r"\b[^.?!\n\"\u201c\u201d]{0,120}\?",
}

#: Round 62 (`--round62`): cues of no speech, a document's quoted words, "a plea for", "known as" (lead, round 39).
FAMILIES_62: dict[str, str] = {
    "is/are expecting X to": r"\b(?:is|are|was|were)\s+expecting\s+[^.?!\n]{1,80}?\s+to\b",
    "expects/expected X to (any)": r"\bexpect(?:s|ed|ing)?\s+[^.?!\n]{1,80}?\s+to\b",
    "wants/wanted to": r"\bwant(?:s|ed)?\s+to\b",
    "agreed/agrees to": r"\bagree(?:d|s)?\s+to\b",
    "agreed/agrees that": r"\bagree(?:d|s)?\s+that\b",
    "a plea for": r"\bplea\s+for\b",
    "known as": r"\bknown\s+as\b",
    "document defines/describes/states": r"\b(?:resolution|draft|bill|law|treaty|accord|document|report|plan|"
                                         r"charter|constitution|motion|text)\s+(?:defines|described|describes|"
                                         r"states|stated|calls|called|refers|referred)\b",
}


def main() -> None:
    if sys.argv[1:] not in ([], ["--round54"], ["--round60"], ["--round62"]):
        sys.exit("census.py reads the tuning half only; its options are --round54, --round60 and --round62")
    chosen = {"--round54": FAMILIES_54, "--round60": FAMILIES_60, "--round62": FAMILIES_62}
    census49.FAMILIES = chosen.get(sys.argv[1] if sys.argv[1:] else "", FAMILIES_53)
    print(f"PolNeAR tuning half ({len(census49.attr_dev.stems('tune'))} articles): matches of each family")
    print(f"{'family':52s} {'gold cue':>8s} {'in content':>10s} {'left out':>8s} {'cue, no source':>14s}")
    for name, (cue, inside, left, nosrc) in census49.census().items():
        print(f"{name:52s} {cue:8d} {inside:10d} {left:8d} {nosrc:14d}")


if __name__ == "__main__":
    main()
