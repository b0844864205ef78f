#!/usr/bin/env python3
"""Score speaker typing (source type, country, named) on real articles: tests/gold/sources_real26.jsonl.

The gold stores paths and annotations only (no article text). Each speaker is an ``anchor`` (a few words, found
once in the cleaned article text, at word boundaries) with the ``surface`` inside it, the canonical ``name``
(None when the text names nobody), ``type``, ``country`` (ISO-2, None when the text gives none or the body is
international) and ``named`` (a proper name identifies the source, directly or through the mention it refers to).
The annotations were written from the text before spinscope was run on these articles (commit before the scores).

Conventions: heads of state and government, ministers, officials, agencies, police, courts and state militaries are
``government``; legislators, candidates, party figures and their aides ``politician``; outlets and journalists
``media``; companies, NGOs, churches' bodies, international bodies and the people who speak for them ``organization``;
universities and scholars ``academic``; documents that speak ``report``; unnamed people with no body ``anonymous``.

A gold speaker is matched when a predicted attribution's speaker span (or one of its ``sources``) overlaps the
surface. Accuracies are over the matched speakers; ``found`` is matched / gold.

    python scripts/sources26/score.py [--errors] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
GOLD = ROOT / "tests" / "gold" / "sources_real26.jsonl"
UPSTREAM = ("language.v1", "segment.v1", "entities.v1")


def load_gold(path: Path = GOLD) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def locate(text: str, anchor: str, surface: str) -> tuple[int, int] | None:
    """The surface's character span inside the one word-bounded occurrence of ``anchor``; None if not once."""
    left = r"\b" if anchor[0].isalnum() else ""
    right = r"\b" if anchor[-1].isalnum() else ""
    hits = [m.start() for m in re.finditer(left + re.escape(anchor) + right, text)]
    if len(hits) != 1:
        return None
    # the surface as a whole word of the anchor (round 34): "he" of "for the world, he added" is no part of "the"
    inside = re.search(rf"(?<!\w){re.escape(surface)}(?!\w)", anchor)
    if inside is None:
        raise ValueError(f"surface {surface!r} is not a whole-word part of anchor {anchor!r}")
    offset = inside.start()
    return hits[0] + offset, hits[0] + offset + len(surface)


def predictions(path: Path) -> tuple[str, list[dict[str, Any]]]:
    """The cleaned text and one row per predicted speaker (an attribution, or each of its ``sources``)."""
    from spinscope.components.attribution import AttributionExtractor
    from spinscope.ingest.clean import make_document
    from spinscope.ingest.readers import iter_paths
    from spinscope.pipeline import Pipeline

    global _PIPES
    if _PIPES is None:
        _PIPES = (Pipeline.from_names(UPSTREAM), AttributionExtractor())
    upstream, extractor = _PIPES
    doc = extractor(upstream.run(make_document(next(iter(iter_paths([path]))))))
    rows: list[dict[str, Any]] = []
    for a in doc.attributions:
        for s in (a, *a.sources):
            if s.speaker is None:
                continue
            rows.append({"start": s.speaker.start, "end": s.speaker.end,
                         "text": doc.text[s.speaker.start:s.speaker.end], "name": s.speaker_name,
                         "type": s.source_type, "country": s.source_country, "named": s.named})
    return doc.text, rows


_PIPES: Any = None


def score(gold: list[dict[str, Any]], errors: bool = False) -> dict[str, Any]:
    counts = {"gold": 0, "matched": 0, "type": 0, "country": 0, "named": 0, "name": 0, "name_n": 0}
    by_type: dict[str, list[int]] = {}
    for art in gold:
        text, rows = predictions(SHARED / art["path"])
        for sp in art["speakers"]:
            counts["gold"] += 1
            span = locate(text, sp["anchor"], sp["surface"])
            hit = None if span is None else next(
                (r for r in rows if r["start"] < span[1] and span[0] < r["end"]), None)
            if hit is None:
                if errors:
                    print(f"MISS  {art['id']:22} {sp['anchor']!r}{'' if span else ' (anchor not found)'}")
                continue
            counts["matched"] += 1
            ok = {"type": hit["type"] == sp["type"], "country": hit["country"] == sp["country"],
                  "named": hit["named"] == sp["named"]}
            for key, good in ok.items():
                counts[key] += int(good)
            by_type.setdefault(sp["type"], [0, 0])[0] += int(ok["type"])
            by_type[sp["type"]][1] += 1
            if sp["name"]:
                counts["name_n"] += 1
                last = sp["name"].split()[-1].lower()
                counts["name"] += int(bool(hit["name"]) and last in (hit["name"] or "").lower())
            if errors and not all(ok.values()):
                print(f"WRONG {art['id']:22} {sp['surface']!r} pred {hit['text']!r}: "
                      + "; ".join(f"{k} {hit[k]!r} (gold {sp[k]!r})" for k, good in ok.items() if not good))
    m = max(counts["matched"], 1)
    return {"speakers": counts["gold"], "matched": counts["matched"],
            "found": round(counts["matched"] / max(counts["gold"], 1), 3),
            "type_acc": round(counts["type"] / m, 3), "country_acc": round(counts["country"] / m, 3),
            "named_acc": round(counts["named"] / m, 3),
            "name_acc": round(counts["name"] / max(counts["name_n"], 1), 3),
            "type_by_gold": {k: f"{v[0]}/{v[1]}" for k, v in sorted(by_type.items())}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list each miss and each wrong field")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args()
    if not SHARED.is_dir():
        sys.exit("error: ../shared is absent; the gold's articles live there")
    result = score(load_gold(), errors=args.errors)
    print(json.dumps(result, indent=1))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
