#!/usr/bin/env python3
"""Round 73: PolNeAR's convention for the shapes of the dev errors, counted on the tuning half (figures only).

    PYTHONPATH=src python scripts/attr73/census.py > scripts/attr73/census.txt

Runs the extractor on each tuning-half article and, for each predicted record, takes its evidence family
(``kind:lemma:mode``, e.g. ``stance-verb:oppose:dobj``) and whether a PolNeAR gold content overlaps its content by
at least 30% of the gold content (the scorer's match test, not one-to-one). Prints, per family that the round's
rules touch, predicted / matching a gold. No text is printed.
"""

from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from attr_dev import DATA, UPSTREAM, _parsed, stems  # noqa: E402


def gold_contents(stem: str) -> list[list[tuple[int, int]]]:
    spans: dict[str, list[tuple[int, int]]] = {}
    out = []
    for line in (DATA / "attributions" / f"{stem}.ann").read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            tid, info = line.split("\t")[:2]
            kind, rng = info.split(" ", 1)
            if kind == "Content":
                spans[tid] = [tuple(map(int, p.split())) for p in rng.split(";")]  # type: ignore[misc]
        elif line.startswith("E"):
            m = re.search(r"Content:(T\d+)", line)
            if m and m.group(1) in spans:
                out.append(spans[m.group(1)])
    return out


def overlaps(gold: list[tuple[int, int]], s: int, e: int) -> bool:
    size = sum(b - a for a, b in gold)
    got = sum(max(0, min(b, e) - max(a, s)) for a, b in gold)
    return size > 0 and got >= 0.3 * size


def main() -> None:
    from spinscope.components.attribution import AttributionExtractor
    from spinscope.pipeline import Pipeline

    pattern = re.compile(sys.argv[1]) if len(sys.argv) > 1 else None
    extractor, upstream = AttributionExtractor(), Pipeline.from_names(UPSTREAM)
    counts: collections.Counter[str] = collections.Counter()
    hits: collections.Counter[str] = collections.Counter()
    for stem in stems("tune"):
        doc = extractor(_parsed(stem, upstream))
        golds = gold_contents(stem)
        for a in doc.attributions:
            fam = ":".join(a.evidence.split(":")[1:4])
            if pattern is not None and not pattern.search(fam):
                continue
            counts[fam] += 1
            hits[fam] += any(overlaps(g, a.content.start, a.content.end) for g in golds)
    for fam, n in sorted(counts.items()):
        print(f"{fam}\t{n}\t{hits[fam]}")


if __name__ == "__main__":
    main()
