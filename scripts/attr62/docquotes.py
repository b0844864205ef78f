#!/usr/bin/env python3
"""Round 62: how PolNeAR's annotators treat a quoted phrase inside a sentence whose subject is a document or a body's
text ("The draft resolution defines the role as assisting ... with “...”"), on the tuning half only. Counts only,
no text: the corpus may not be copied.

A sentence qualifies when its first five words hold a document noun (resolution, draft, bill, law, treaty, report,
...) followed within three words by a lower-case word, and it holds a quotation in marks. Each quotation is
counted as: inside a gold content whose source lies in the sentence's document phrase, inside a gold content with
another source, inside a gold content with no source, or in no gold content.

    python scripts/attr62/docquotes.py        # the tuning half (the held-out half is refused)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import attr_dev  # type: ignore[import-not-found]

DOC_NOUNS = (r"resolution|draft|bill|law|treaty|accord|document|report|plan|charter|constitution|motion|text|"
             r"agreement|legislation|proposal|measure|amendment|order|ruling|memo|letter|statement|manifesto")
OPENING = re.compile(rf"^(?:\S+\s+){{0,4}}?(?:{DOC_NOUNS})s?\s+(?:\S+\s+){{0,2}}?[a-z]+", re.I)
QUOTE = re.compile(r"[\"“]([^\"“”\n]{2,300})[\"”]")
SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"”]?|$)")


def main() -> None:
    if sys.argv[1:]:
        sys.exit("docquotes.py reads the tuning half only and takes no option")
    counts = {"sentences": 0, "quotes": 0, "content, source the document phrase": 0, "content, another source": 0,
              "content, no source": 0, "in no content": 0}
    for stem in attr_dev.stems("tune"):
        text = (attr_dev.DATA / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        triples = attr_dev._gold_triples(attr_dev.DATA / "attributions" / f"{stem}.ann")
        for s in SENTENCE.finditer(text):
            sent = s.group()
            lead = len(sent) - len(sent.lstrip())
            m = OPENING.match(sent.lstrip())
            if not m or not QUOTE.search(sent):
                continue
            counts["sentences"] += 1
            subject_end = s.start() + lead + m.end()
            for q in QUOTE.finditer(sent):
                qs = s.start() + q.start(1)
                counts["quotes"] += 1
                holders = [t for t in triples if any(a <= qs < b for a, b in t[0])]
                if not holders:
                    counts["in no content"] += 1
                elif not holders[0][1]:
                    counts["content, no source"] += 1
                elif any(s.start() <= a < subject_end for a, _ in holders[0][1]):
                    counts["content, source the document phrase"] += 1
                else:
                    counts["content, another source"] += 1
    print(f"PolNeAR tuning half ({len(attr_dev.stems('tune'))} articles): quotations in sentences whose subject is "
          "a document")
    for name, n in counts.items():
        print(f"{name:40s} {n:5d}")


if __name__ == "__main__":
    main()
