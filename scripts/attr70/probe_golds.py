#!/usr/bin/env python3
"""Where round 70's pass changes anything on the development golds (tests/gold/attributions_real*.jsonl, held-out
files excluded): per article, each record the pass drops, adds or rewrites (offsets and evidence only), and
whether it overlaps a gold content.

    PYTHONPATH=src python scripts/attr70/probe_golds.py [GOLD ...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from attr_dev import UPSTREAM  # noqa: E402


def main() -> None:
    import spinscope.components.attribution as attribution
    from spinscope.components.attribution import AttributionExtractor
    from spinscope.ingest.clean import make_document
    from spinscope.ingest.readers import iter_paths
    from spinscope.pipeline import Pipeline

    seen: list[tuple[list, list]] = []
    original = attribution.round70_attributions

    def spy(text, doc, out, table):  # type: ignore[no-untyped-def]
        new = original(text, doc, out, table)
        seen.append((out, new))
        return new

    attribution.round70_attributions = spy  # type: ignore[attr-defined]
    extractor, upstream = AttributionExtractor(), Pipeline.from_names(UPSTREAM)
    golds = sys.argv[1:] or sorted(str(p) for p in (ROOT / "tests" / "gold").glob("attributions_real*.jsonl")
                                   if "heldout" not in p.name)
    for gold in golds:
        for line in Path(gold).read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            path = ROOT.parent / "shared" / rec["path"]
            seen.clear()
            doc = extractor(upstream.run(make_document(next(iter(iter_paths([path]))))))
            raw = path.read_text(encoding="utf-8")
            contents = [tuple(s) for a in rec["attributions"] for s in a["content"]]
            for before, after in seen:
                key = {(a.content.start, a.content.end, a.evidence) for a in after}
                old = {(a.content.start, a.content.end, a.evidence) for a in before}
                for tag, recs in (("dropped/rewritten", old - key), ("added/rewritten", key - old)):
                    for s, e, ev in sorted(recs):
                        frag = doc.text[s:e]
                        spots = [i for i in range(len(raw)) if raw.startswith(frag, i)] if frag else []
                        at = min(spots, key=lambda i: abs(i - s)) if spots else -1
                        hit = any(a < at + len(frag) and at < b for a, b in contents) if at >= 0 else "not found"
                        print(f"{Path(gold).stem}\t{path.stem}\t{tag}\t{s}-{e}\tgold overlap={hit}\t{ev[-45:]}")


if __name__ == "__main__":
    main()
