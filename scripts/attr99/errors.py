#!/usr/bin/env python3
"""Round 99's error listing over every sources_real* development gold (held-out files are never read here).

Each article's upstream document (language, segment, entities) is parsed once and kept in a pickle under
``/tmp/attr99/upstream`` so the extractor can be rerun fast; the listing prints, per gold speaker, a MISS, or the
fields that differ (type, country, named, name) with the predicted values. Output quotes gold anchors (six words at
most) and predicted speaker spans, so it is written to /tmp, never committed; the census in the README gives counts.

    PYTHONPATH=src python scripts/attr99/errors.py > /tmp/attr99/errors.txt
"""

from __future__ import annotations

import glob
import pickle
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts" / "sources26"))
import score as s26  # noqa: E402

from spinscope.components.attribution import AttributionExtractor  # noqa: E402
from spinscope.ingest.clean import make_document  # noqa: E402
from spinscope.ingest.readers import iter_paths  # noqa: E402
from spinscope.pipeline import Pipeline  # noqa: E402

CACHE = Path("/tmp/attr99/upstream")


def upstream_doc(path: Path, upstream: Any) -> Any:
    key = CACHE / (str(path.relative_to(s26.SHARED)).replace("/", "__").replace("..", "") + ".pkl")
    if key.exists():
        return pickle.loads(key.read_bytes())
    doc = upstream.run(make_document(next(iter(iter_paths([path])))))
    CACHE.mkdir(parents=True, exist_ok=True)
    key.write_bytes(pickle.dumps(doc))
    return doc


def main() -> None:
    upstream, extractor = Pipeline.from_names(s26.UPSTREAM), AttributionExtractor()
    golds = sorted(g for g in glob.glob(str(ROOT / "tests/gold/sources_real*.jsonl")) if "_heldout" not in g)
    only = sys.argv[1:]
    for g in golds:
        for art in s26.load_gold(Path(g)):
            if only and art["id"] not in only:
                continue
            doc = extractor(upstream_doc(s26.SHARED / art["path"], upstream))
            text = doc.text
            rows = [{"start": s.speaker.start, "end": s.speaker.end, "text": text[s.speaker.start:s.speaker.end],
                     "name": s.speaker_name, "type": s.source_type, "country": s.source_country, "named": s.named}
                    for a in doc.attributions for s in (a, *a.sources) if s.speaker is not None]
            tag = f"{Path(g).stem[12:]}:{art['id']}"
            for sp in art["speakers"]:
                span = s26.locate(text, sp["anchor"], sp["surface"])
                hit = None if span is None else next(
                    (r for r in rows if r["start"] < span[1] and span[0] < r["end"]), None)
                if hit is None:
                    print(f"MISS  {tag:28} {sp['anchor']!r} gold {sp['type']}/{sp['country']}/{sp['name']!r}")
                    continue
                bad = [k for k in ("type", "country", "named") if hit[k] != sp[k]]
                if sp["name"] and not (hit["name"] and sp["name"].split()[-1].lower() in hit["name"].lower()):
                    bad.append("name")
                if bad:
                    print(f"WRONG {tag:28} {sp['surface']!r} in {sp['anchor']!r} pred {hit['text']!r}: "
                          + "; ".join(f"{k} {hit[k]!r} (gold {sp[k]!r})" for k in bad), flush=True)


if __name__ == "__main__":
    main()
