#!/usr/bin/env python3
"""Where round 70's pass changes anything on PolNeAR's tuning half (offsets and evidence only, no text): per
article, each record the pass drops, adds or rewrites, and whether it overlaps a gold content.

    PYTHONPATH=src python scripts/attr70/probe.py [--half tune|held]   # held: never run while rules are studied
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from attr_dev import DATA, UPSTREAM, _parsed, stems
from count_polnear import _spans


def _gold_contents(stem: str) -> list[tuple[int, int]]:
    out = []
    for line in (DATA / "attributions" / f"{stem}.ann").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and parts[1].startswith("Content "):
            out += _spans(parts[1].partition(" ")[2])
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--half", default="tune")
    half = ap.parse_args().half
    import spinscope.components.attribution as attribution
    from spinscope.components.attribution import AttributionExtractor
    from spinscope.pipeline import Pipeline

    seen: list[tuple[list, list]] = []
    original = attribution.round70_attributions

    def spy(text, doc, out, table):  # type: ignore[no-untyped-def]
        new = original(text, doc, out, table)
        seen.append((out, new))
        return new

    attribution.round70_attributions = spy  # type: ignore[attr-defined]
    extractor, upstream = AttributionExtractor(), Pipeline.from_names(UPSTREAM)
    total = 0
    for stem in stems(half):
        seen.clear()
        extractor(_parsed(stem, upstream))
        gold = _gold_contents(stem)
        for before, after in seen:
            key = {(a.content.start, a.content.end, a.evidence, a.speaker_name) for a in after}
            old = {(a.content.start, a.content.end, a.evidence, a.speaker_name) for a in before}
            for tag, recs in (("dropped/rewritten", old - key), ("added/rewritten", key - old)):
                for s, e, ev, _name in sorted(recs):
                    hit = any(a < e and s < b for a, b in gold)
                    total += 1
                    print(f"{stem[:40]}\t{tag}\t{s}-{e}\tgold overlap={hit}\t{ev[-50:]}")
    print(f"{total} changes on the {half} half")


if __name__ == "__main__":
    main()
