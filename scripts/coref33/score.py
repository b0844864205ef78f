#!/usr/bin/env python3
"""Score pronoun and title speakers on the round-33 real-article gold.

    python scripts/coref33/score.py                  # development articles (split "dev")
    python scripts/coref33/score.py --split held     # the 3 held-out articles (read once, at the end)
    python scripts/coref33/score.py --show           # also print each wrong or unmatched item (terminal only)

The gold (``tests/gold/pronoun_speakers_real33.jsonl``) holds per article its path under ``../shared``, sha256,
length, split, and per item the offsets of a pronoun or bare-title speaker ("he said", "the spy chief alleged"),
the offsets of the name it means and that name. The script runs the extractor the way ``scripts/attr_dev.py`` does
(components up to ``entities.v1``, then ``attributions.v1``), takes for each item the attribution whose speaker
span covers the pronoun's first character, and counts it right when that attribution's ``speaker_name`` names the
gold person: their last words agree (case and a possessive "'s" ignored), or one name holds the other. An item no
attribution covers counts as wrong. Prints accuracy over all items and how many were covered.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
GOLD = ROOT / "tests" / "gold" / "pronoun_speakers_real33.jsonl"
UPSTREAM = ("language.v1", "segment.v1", "entities.v1")


def load_gold(path: Path, split: str) -> list[dict[str, Any]]:
    """Read the gold and check each article against the file it names (present, same hash and length, spans inside)."""
    records = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        src = SHARED / rec["path"]
        if not src.is_file():
            sys.exit(f"{path}:{n}: article {src} is missing (is ../shared mounted?)")
        if hashlib.sha256(src.read_bytes()).hexdigest() != rec["sha256"]:
            sys.exit(f"{path}:{n}: {src} changed since it was annotated (sha256 differs)")
        if rec["split"] not in ("dev", "held"):
            sys.exit(f"{path}:{n}: split must be 'dev' or 'held', not {rec['split']!r}")
        size = len(src.read_text(encoding="utf-8"))
        if size != rec["chars"]:
            sys.exit(f"{path}:{n}: {src} has {size} characters, the gold says {rec['chars']}")
        for item in rec["items"]:
            if any(not 0 <= s < e <= size for s, e in (item["pronoun"], item["name"])) or not item["speaker"].strip():
                sys.exit(f"{path}:{n}: bad item {item}")
        if split in ("all", rec["split"]):
            records.append(rec)
    if not records:
        sys.exit(f"{path}: no article in split {split!r}")
    return records


def _words(name: str) -> list[str]:
    return [re.sub(r"['’]s$", "", w) for w in re.findall(r"[\w'’\-]+", name.lower())]


def same_person(gold: str, predicted: str | None) -> bool:
    """True when the predicted speaker name names the gold person (last words agree, or one name holds the other)."""
    if not predicted:
        return False
    g, p = _words(gold), _words(predicted)
    if not g or not p:
        return False
    return g[-1] == p[-1] or " ".join(g) in " ".join(p) or " ".join(p) in " ".join(g)


def offset_map(raw: str, doc_text: str) -> list[int]:
    """Position in the analysed text of each raw character (the reader may strip or normalise whitespace)."""
    if raw == doc_text:
        return list(range(len(raw) + 1))
    from difflib import SequenceMatcher
    out = [-1] * (len(raw) + 1)
    for a, b, size in SequenceMatcher(None, raw, doc_text, autojunk=False).get_matching_blocks():
        for k in range(size):
            out[a + k] = b + k
    return out


def analyze(rec: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
    from spinscope.components.attribution import AttributionExtractor
    from spinscope.ingest.clean import make_document
    from spinscope.ingest.readers import iter_paths
    from spinscope.pipeline import Pipeline

    global _EXTRACTOR, _UPSTREAM
    if _EXTRACTOR is None:
        _EXTRACTOR, _UPSTREAM = AttributionExtractor(), Pipeline.from_names(UPSTREAM)
    item = next(iter(iter_paths([SHARED / rec["path"]])))
    doc = _EXTRACTOR(_UPSTREAM.run(make_document(item)))
    return doc.text, [a.model_dump(mode="json") for a in doc.attributions]


_EXTRACTOR: Any = None
_UPSTREAM: Any = None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--split", choices=("dev", "held", "all"), default="dev")
    ap.add_argument("--show", action="store_true", help="print each wrong or unmatched item (terminal only)")
    args = ap.parse_args()
    records = load_gold(args.gold, args.split)
    total = right = covered = 0
    for rec in records:
        raw = (SHARED / rec["path"]).read_text(encoding="utf-8")
        text, atts = analyze(rec)
        pos = offset_map(raw, text)
        a_right = 0
        for item in rec["items"]:
            total += 1
            p = pos[item["pronoun"][0]]
            hit = next((a for a in atts if a.get("speaker") and a["speaker"]["start"] <= p < a["speaker"]["end"]), None)
            covered += hit is not None
            ok = hit is not None and same_person(item["speaker"], hit.get("speaker_name"))
            right += ok
            a_right += ok
            if args.show and not ok:
                s, e = item["pronoun"]
                got = "no attribution" if hit is None else repr(hit.get("speaker_name"))
                print(f"  {Path(rec['path']).stem} {s}: {raw[s:e]!r} gold={item['speaker']!r} got={got}")
        print(f"{Path(rec['path']).stem}: {a_right}/{len(rec['items'])}")
    print(f"split={args.split} articles={len(records)} items={total} covered={covered} "
          f"speaker_acc={right / total:.3f} ({right}/{total}) acc_on_covered={right / max(covered, 1):.3f}")


if __name__ == "__main__":
    main()
