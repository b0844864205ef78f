#!/usr/bin/env python3
"""Round 62: how often each of round 62's rules fires, by rule tag only (counts, no span or text read), on PolNeAR's
tuning half and on the real-article development golds named.

    python scripts/attr62/fired.py polnear:tune real59 real57 ...
    python scripts/attr62/fired.py polnear:held   # after the one held-out reading only, to find which rule moved
                                                  # it (tags counted, no span or text read: attr57's way)
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

    if any(n == "polnear:all" or n.endswith("_heldout") for n in names):
        sys.exit("fired.py reads PolNeAR's halves and the development golds only")
    extractor, upstream = AttributionExtractor(), Pipeline.from_names(real.UPSTREAM)
    for name in names:
        counts: Counter[str] = Counter()
        if name.startswith("polnear:"):
            docs = (attr_dev._parsed(stem, upstream) for stem in attr_dev.stems(name.split(":")[1]))
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
