#!/usr/bin/env python3
"""Which round-90 rule drops which record, on the articles of a gold file (counts and rule names only, no text).

    PYTHONPATH=src python scripts/attr90/fire.py tests/gold/attributions_real36.jsonl [...]
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

import spinscope.components.attribution as attribution
from spinscope.components.attribution.round90 import TEASER_LINE_R90, why_r90
from spinscope.ingest.clean import make_document
from spinscope.ingest.readers import iter_paths
from spinscope.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def main() -> None:
    attribution.round90_attributions = lambda text, atts: atts  # type: ignore[attr-defined]
    extractor, upstream = attribution.AttributionExtractor(), Pipeline.from_names(("language.v1", "segment.v1",
                                                                                   "entities.v1"))
    for name in sys.argv[1:]:
        for line in Path(name).read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            item = next(iter(iter_paths([SHARED / rec["path"]])))
            doc = make_document(item)  # type: ignore[arg-type]
            doc = extractor(upstream.run(doc))
            text = doc.text
            counts: collections.Counter[str] = collections.Counter()
            teaser = TEASER_LINE_R90.search(text)
            for a in doc.attributions:
                why = why_r90(text, a)
                if why is None and teaser and a.content.start >= teaser.start():
                    why = "teaser-block"
                if why:
                    counts[why] += 1
            if counts:
                print(Path(rec["path"]).stem, dict(counts))


if __name__ == "__main__":
    main()
