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


def census() -> dict[str, tuple[int, int, int, int]]:
    """Family -> (gold cues, matches inside gold content, matches left out, gold cues with no source)."""
    out: dict[str, list[int]] = {name: [0, 0, 0, 0] for name in FAMILIES}
    for stem in attr_dev.stems("tune"):
        text = (attr_dev.DATA / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        triples = attr_dev._gold_triples(attr_dev.DATA / "attributions" / f"{stem}.ann")
        for name, pattern in FAMILIES.items():
            for m in re.finditer(pattern, text, re.IGNORECASE):
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
    if len(sys.argv) > 1:
        sys.exit("census.py reads the tuning half only; it takes no arguments")
    print(f"PolNeAR tuning half ({len(attr_dev.stems('tune'))} articles): matches of each family")
    print(f"{'family':52s} {'gold cue':>8s} {'in content':>10s} {'left out':>8s} {'cue, no source':>14s}")
    for name, (cue, inside, left, nosrc) in census().items():
        print(f"{name:52s} {cue:8d} {inside:10d} {left:8d} {nosrc:14d}")


if __name__ == "__main__":
    main()
