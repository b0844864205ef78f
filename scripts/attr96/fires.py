#!/usr/bin/env python3
"""The records round 96's pass adds in the real golds' articles: file, article number, cue offsets, the cue word,
the pronoun, and whether the record's content overlaps any gold content (offsets and single words only, never text).

    PYTHONPATH=src python scripts/attr96/fires.py 'attributions_real32_heldout.jsonl' ... > scripts/attr96/fires_end.txt
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import attr_dev  # noqa: E402


def main() -> None:
    from spinscope.components.attribution import AttributionExtractor
    from spinscope.ingest.clean import make_document
    from spinscope.ingest.readers import iter_paths
    from spinscope.pipeline import Pipeline

    upstream, extractor = Pipeline.from_names(attr_dev.UPSTREAM), AttributionExtractor()
    for name in sys.argv[1:]:
        for n, line in enumerate((ROOT / "tests" / "gold" / name).read_text(encoding="utf-8").splitlines()):
            gold = json.loads(line)
            path = ROOT.parent / "shared" / gold["path"]  # as scripts/attr31/score.py reads it
            item = next(iter(iter_paths([path])))
            doc = extractor(upstream.run(make_document(item)))  # type: ignore[arg-type]
            for a in doc.attributions:
                if not a.evidence.endswith("-96") or a.cue is None or a.speaker is None:
                    continue
                overlap = any(s < a.content.end and a.content.start < e
                              for r in gold["attributions"] for s, e in r["content"])
                print(f"{name} article {n} cue {a.cue.start}-{a.cue.end} {doc.text[a.cue.start:a.cue.end]!r} "
                      f"speaker {doc.text[a.speaker.start:a.speaker.end]!r} gold content overlapped: {overlap}")


if __name__ == "__main__":
    main()
