#!/usr/bin/env python3
"""Round 68: where each round-68 rule fires on PolNeAR's tuning half (or any listed half), and whether the record it
drops or rewrites overlaps a gold content. Prints offsets and rule names only (no article text).

    PYTHONPATH=src python scripts/attr68/probe.py [--half tune]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import attr_dev  # scripts/attr_dev.py

from spinscope.components.attribution import AttributionExtractor, round68
from spinscope.pipeline import Pipeline


def main(half: str) -> None:
    log: list[tuple[str, int, int]] = []
    drop, outer, doc_sp = round68._drop, round68._outer_report, round68._document_speaker

    def w_drop(text, a):  # type: ignore[no-untyped-def]
        hit = drop(text, a)
        if hit:
            log.append(("drop:" + text[a.cue.start:a.cue.end].lower(), a.content.start, a.content.end))
        return hit

    def w_outer(text, a, table):  # type: ignore[no-untyped-def]
        b = outer(text, a, table)
        if b is not a:
            log.append(("outer-report", a.content.start, a.content.end))
        return b

    def w_doc(text, a, table):  # type: ignore[no-untyped-def]
        b = doc_sp(text, a, table)
        if b is not a:
            log.append(("document-speaker", a.content.start, a.content.end))
        return b

    closer = round68._named_closer

    def w_closer(text, a):  # type: ignore[no-untyped-def]
        b = closer(text, a)
        if b is not a:
            log.append(("named-closer", a.content.start, a.content.end))
        return b

    round68._drop, round68._outer_report, round68._document_speaker = w_drop, w_outer, w_doc
    round68._named_closer = w_closer
    extractor, upstream = AttributionExtractor(), Pipeline.from_names(attr_dev.UPSTREAM)
    for stem in attr_dev.stems(half):
        log.clear()
        extractor(attr_dev._parsed(stem, upstream))
        gold = attr_dev._gold_triples(attr_dev.DATA / "attributions" / f"{stem}.ann")
        for rule, s, e in log:
            over = [g for g in gold if any(min(e, ge) - max(s, gs) > 0.3 * (ge - gs) for gs, ge in g[0])]
            print(f"{stem} {rule} {s}-{e} gold_overlap={len(over)}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--half", default="tune")
    main(ap.parse_args().half)
