#!/usr/bin/env python3
"""Round 73: how often each round 73 rule fires per gold file or PolNeAR half (counts only: no text, no gold read).

    PYTHONPATH=src python scripts/attr73/fire.py tests/gold/attributions_real*_heldout.jsonl --polnear=tune,held

Runs the extractor with ``round73_attributions`` wrapped; counts the records it drops or changes by the evidence
tag each rule leaves (or, for a drop, the rule that dropped it).
"""
from __future__ import annotations

import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "attr31"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import score as S  # noqa: E402
import spinscope.components.attribution as A  # noqa: E402
import spinscope.components.attribution.round73 as R  # noqa: E402
from spinscope.components.attribution import AttributionExtractor  # noqa: E402
from spinscope.ingest.clean import make_document  # noqa: E402
from spinscope.ingest.readers import iter_paths  # noqa: E402
from spinscope.pipeline import Pipeline  # noqa: E402

C: collections.Counter[str] = collections.Counter()
orig = R.round73_attributions


def wrapped(text, doc, atts, table):  # type: ignore[no-untyped-def]
    C["drop:as-conjunction"] += sum(R._as_conjunction(text, a) for a in atts)
    C["drop:seen-doing"] += sum(R._seen_doing(text, a) for a in atts)
    out = orig(text, doc, atts, table)
    C["drop:as-quoted"] += len(atts) - len(out) - C["_tmp"]
    for a in out:
        for tag in ("relayed-73", "run-on-73", "relative-report-73", "clause-on-73"):
            C[tag] += tag in (a.evidence or "")
    return out


A.round73_attributions = wrapped


def run(paths: list[Path]) -> dict[str, int]:
    C.clear()
    ex, up = AttributionExtractor(), Pipeline.from_names(S.UPSTREAM)
    for p in paths:
        ex(up.run(make_document(next(iter(iter_paths([p]))))))
    drops = C["drop:as-conjunction"] + C["drop:seen-doing"]
    out = {k: v for k, v in C.items() if v and not k.startswith("_")}
    out["drop:as-quoted"] = out.get("drop:as-quoted", 0) - drops
    return {k: v for k, v in out.items() if v}


def main() -> None:
    for arg in sys.argv[1:]:
        if arg.startswith("--polnear="):
            from attr_dev import DATA, stems
            for half in arg.split("=", 1)[1].split(","):
                print(f"polnear {half}", run([DATA / "text" / f"{s}.txt" for s in stems(half)]))
            continue
        print(Path(arg).stem, run([S.SHARED / rec["path"] for rec in S.load_gold(Path(arg))]))


if __name__ == "__main__":
    main()
