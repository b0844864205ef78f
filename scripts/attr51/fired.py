#!/usr/bin/env python3
"""Round 51: how often each of round 51's rules fires on PolNeAR's halves, by rule name only (counts, no span or text
read), to find which one moved the held-out half at the one reading at the end (brief rule 3; attr48's way).

    python scripts/attr51/fired.py tune|held
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import attr_dev  # scripts/attr_dev.py: the halves

from spinscope.components.attribution import round51 as r51


def main(half: str) -> None:
    from spinscope.components.attribution import AttributionExtractor
    from spinscope.pipeline import Pipeline

    counts: Counter[str] = Counter()
    headline, passive = r51._headline_quote_first, r51._passive_reported

    def counted_headline(text, candidates):  # type: ignore[no-untyped-def]
        out = headline(text, candidates)
        counts["headline quote first"] += sum(a != b for a, b in zip(out, candidates, strict=True))
        return out

    def counted_passive(text, doc, candidates):  # type: ignore[no-untyped-def]
        out = passive(text, doc, candidates)
        counts["passive reported added"] += len(out) - len(candidates)
        return out

    r51._headline_quote_first, r51._passive_reported = counted_headline, counted_passive
    extractor, upstream = AttributionExtractor(), Pipeline.from_names(attr_dev.UPSTREAM)
    for stem in attr_dev.stems(half):
        extractor(attr_dev._parsed(stem, upstream))
    print(half, dict(sorted(counts.items())))


if __name__ == "__main__":
    main(sys.argv[1])
