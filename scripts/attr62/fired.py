#!/usr/bin/env python3
"""Round 62: how often each of round 62's rules fires, by rule tag only (counts, no span or text read), on PolNeAR's
tuning half and on the real-article development golds named.

    python scripts/attr62/fired.py polnear:tune real59 real57 ...
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "scripts" / "attr31"))
import attr_dev  # type: ignore[import-not-found]  # noqa: E402
import score as real  # type: ignore[import-not-found]  # noqa: E402

TAGS = ("subject-before-62", "document-quote-62", "role-noun-62", "known-as-62", "plea-62")


def main(names: list[str]) -> None:
    from spinscope.components.attribution import AttributionExtractor
    from spinscope.ingest.clean import make_document
    from spinscope.ingest.readers import iter_paths
    from spinscope.pipeline import Pipeline

    if any(n in ("polnear:held", "polnear:all") or n.endswith("_heldout") for n in names):
        sys.exit("fired.py reads development sets only")
    extractor, upstream = AttributionExtractor(), Pipeline.from_names(real.UPSTREAM)
    for name in names:
        counts: Counter[str] = Counter()
        if name == "polnear:tune":
            docs = (attr_dev._parsed(stem, upstream) for stem in attr_dev.stems("tune"))
        else:
            records = real.load_gold(ROOT / "tests" / "gold" / f"attributions_{name}.jsonl")
            docs = (upstream.run(make_document(next(iter(iter_paths([real.SHARED / r["path"]])))))
                    for r in records)
        for doc in docs:
            for a in extractor(doc).attributions:
                counts.update(t for t in TAGS if t in a.evidence)
        print(f"{name}: " + ", ".join(f"{t} {counts[t]}" for t in TAGS), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
