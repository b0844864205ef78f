#!/usr/bin/env python3
"""Round 49: how PolNeAR's annotators treat the cue words left open by rounds 45-47, on the tuning half only.

For each family of words, every match in the tuning half's texts is counted as: a gold cue (the match starts inside
an annotated cue span), inside an annotated content (a quotation or a reported clause: says nothing of the
convention) or neither (the annotators left it out). Counts only, no text: the corpus may not be copied.

    python scripts/attr49/census.py            # the tuning half (the held-out half is refused)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import attr_dev  # scripts/attr_dev.py: the halves and the gold loader

#: The open cases of rounds 45-47 and the lead's further ones (issue 16), as patterns over the article text.
FAMILIES: dict[str, str] = {
    "known as (a name given)": r"\bknown\s+as\b",
    "like/likes (a taste; verb)": r"\b(?:likes|liked)\b|\b(?:would|'d|do|don't|we|i|they|you)\s+like\b",
    "vote/voted/cast (a ballot)": r"\bvot(?:e|es|ed)\b(?!r)|\bcast(?:s|ing)?\b",
    "concerns/fears (a feeling, sourceless)": r"\b(?:concerns?|fears?|worries)\s+(?:that|about|over)\b",
    "prompting (caused in others)": r"\bprompt(?:s|ed|ing)\b",
    "wonder (a question)": r"\bwonder(?:s|ed|ing)?\b",
    "tell the truth / lies": r"\btell(?:s|ing)?\s+(?:the\s+)?(?:whole\s+)?(?:truth|lies|a\s+lie)\b"
                             r"|\btold\s+(?:the\s+)?(?:truth|lies)\b",
    "posted/tweeted/retweeted/sent": r"\b(?:post(?:s|ed|ing)|(?:re)?tweet(?:s|ed|ing)?|sent)\b",
    "released/issued/published": r"\b(?:releas|issu|publish)(?:ed|es|ing)\b",
    "requests: asked/urged/called on/for": r"\b(?:ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+"
                                           r"(?:on|upon|for)|demand(?:s|ed|ing)?)\b",
    "wishes and plans: wants/plans to/seeks to/hopes": r"\b(?:wants?|wanted|plans?\s+to|seeks?\s+to|hopes?\s+to)\b",
    "denied/denies": r"\bden(?:y|ies|ied|ying)\b",
    "show/shows/showed (a document)": r"\bshow(?:s|ed|n)?\b",
    "is heard saying / but saying": r"\bheard\s+saying\b|\bbut\s+saying\b",
}


#: Round 52 (`--round52`): the leads of rounds 48-50 and sources39, and the writer's asides outside quotation marks.
FAMILIES_52: dict[str, str] = {
    "I/we + believe/think/... outside quotes": r"\b(?:I|we)\s+(?:do\s+not\s+|don't\s+)?(?:believe|think|suspect|"
                                               r"guess|suppose|feel|hope|doubt|expect|can\s+tell\s+you)\b",
    "I/we + believe/think/... inside quotes": r"\b(?:I|we)\s+(?:do\s+not\s+|don't\s+)?(?:believe|think|suspect|"
                                              r"guess|suppose|feel|hope|doubt|expect|can\s+tell\s+you)\b",
    "laid/lays out": r"\b(?:laid|lays|lay|laying)\s+out\b",
    "referred to X as": r"\b(?:referred|refers|refer)\s+to\b[^.\n]{0,60}?\bas\b",
    "what X called": r"\bwhat\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}\s+(?:called|calls|termed|dubbed)\b",
    "gave/offered the answer:": r"\b(?:gave|gives|offered)\s+(?:the|an?|his|her|their)\s+(?:\w+\s+){0,2}"
                                r"(?:answer|reply|response)\b",
    "decried/exclaimed": r"\b(?:decri|exclaim)(?:ed|es|s)\b",
    "noted + noun phrase (no that)": r"\bnot(?:ed|es)\s+(?!that\b)(?:the|his|her|their|its|a)\b",
}


def _in_quotes(text: str, pos: int) -> bool:
    """Whether ``pos`` stands inside a quotation opened earlier in its line (curly marks, else straight ones)."""
    line = text[text.rfind("\n", 0, pos) + 1:pos]
    return line.count("\u201c") > line.count("\u201d") or line.count('"') % 2 == 1


def census(families: dict[str, str] | None = None) -> dict[str, tuple[int, int, int, int]]:
    """Family -> (gold cues, matches inside gold content, matches left out, gold cues with no source)."""
    out: dict[str, list[int]] = {name: [0, 0, 0, 0] for name in families or FAMILIES}
    for stem in attr_dev.stems("tune"):
        text = (attr_dev.DATA / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        triples = attr_dev._gold_triples(attr_dev.DATA / "attributions" / f"{stem}.ann")
        for name, pattern in (families or FAMILIES).items():
            for m in re.finditer(pattern, text, 0 if families and "called" in name else re.IGNORECASE):
                if families and "quotes" in name and _in_quotes(text, m.start()) != name.endswith("inside quotes"):
                    continue
                cue = [t for t in triples if any(s <= m.start() < e for s, e in t[2])]
                if cue:
                    out[name][0] += 1
                    out[name][3] += not cue[0][1]
                elif any(s <= m.start() < e for t in triples for s, e in t[0]):
                    out[name][1] += 1
                else:
                    out[name][2] += 1
    return {name: (a, b, c, d) for name, (a, b, c, d) in out.items()}


def main() -> None:
    if sys.argv[1:] not in ([], ["--round52"]):
        sys.exit("census.py reads the tuning half only; its one option is --round52 (round 52's families)")
    families = FAMILIES_52 if sys.argv[1:] else None
    print(f"PolNeAR tuning half ({len(attr_dev.stems('tune'))} articles): matches of each family")
    print(f"{'family':52s} {'gold cue':>8s} {'in content':>10s} {'left out':>8s} {'cue, no source':>14s}")
    for name, (cue, inside, left, nosrc) in census(families).items():
        print(f"{name:52s} {cue:8d} {inside:10d} {left:8d} {nosrc:14d}")


if __name__ == "__main__":
    main()
