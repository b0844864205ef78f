#!/usr/bin/env python3
"""Round 60: how PolNeAR's annotators treat reports in sentences that end in "?" (tuning half only; counts, no
text). Each "?" sentence outside quotation marks (the article's own voice) is sorted by its opening (auxiliary,
wh-word, or declarative: subject first) and by whether a gold cue stands in it (and with a source "you/I/we").

    python scripts/attr60/questions.py        # scripts/attr60/questions.txt
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import attr_dev  # type: ignore[import-not-found]  # noqa: E402

AUX = r"(?:does|do|did|doesn't|don't|didn't|is|are|was|were|will|won't|would|can|could|should|has|have|hasn't|haven't)"
WH = r"(?:how|why|when|where|what|which|who|whom|whose)"
CONNECTIVE = r"(?:(?:so|and|but|now|then|or|yet),?\s+)?"
PERSONAL = {"you", "i", "we"}


def main() -> None:
    counts: Counter[tuple[str, str]] = Counter()
    for stem in attr_dev.stems("tune"):
        text = (attr_dev.DATA / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        triples = attr_dev._gold_triples(attr_dev.DATA / "attributions" / f"{stem}.ann")
        for m in re.finditer(r"(?m)(?:^|(?<=[.!?]\s))[^.!?\n]{3,300}\?", text):
            sentence = m.group().strip()
            if any(q in sentence for q in "\"“”"):
                continue  # a quoted question: the speaker's, counted with the quotes
            opening = ("aux" if re.match(CONNECTIVE + AUX + r"\b", sentence, re.I) else
                       "wh" if re.match(CONNECTIVE + WH + r"\b", sentence, re.I) else "declarative")
            cues = [t for t in triples if any(m.start() <= s < m.end() for s, _ in t[2])]
            inside = any(s <= m.start() < e for t in triples for s, e in t[0])
            if cues:
                personal = all(any(text[s:e].lower() in PERSONAL for s, e in t[1]) for t in cues)
                counts[(opening, "gold cue, source you/I/we" if personal else "gold cue, other source")] += 1
            else:
                counts[(opening, "inside a gold content" if inside else "no gold cue")] += 1
    print(f"PolNeAR tuning half ({len(attr_dev.stems('tune'))} articles): unquoted sentences ending in '?'")
    for (opening, kind), n in sorted(counts.items()):
        print(f"{opening:12s} {kind:28s} {n:4d}")


if __name__ == "__main__":
    main()
