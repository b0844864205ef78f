#!/usr/bin/env python3
"""Round 57: how often each of round 57's rules fires on PolNeAR's halves, by rule name only (counts, no span or text
read), to find which one moved the held-out half at the one reading at the end (brief rule 3; attr51's way).

    python scripts/attr57/fired.py tune|held
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import attr_dev  # type: ignore[import-not-found]

from spinscope.components.attribution import round57 as r57


def main(half: str) -> None:
    from spinscope.components.attribution import AttributionExtractor
    from spinscope.pipeline import Pipeline

    counts: Counter[str] = Counter()
    rule = r57._no_report

    def counted(text, doc, a):  # type: ignore[no-untyped-def]
        name = rule(text, doc, a)
        if name:
            counts[name] += 1
        return name

    r57._no_report = counted  # type: ignore[assignment]
    extractor, upstream = AttributionExtractor(), Pipeline.from_names(("language.v1", "segment.v1", "entities.v1"))
    for stem in attr_dev.stems(half):
        extractor(attr_dev._parsed(stem, upstream))
    print(f"{half}: " + (", ".join(f"{k}={v}" for k, v in sorted(counts.items())) or "none fired"))


if __name__ == "__main__":
    main(sys.argv[1])
