#!/usr/bin/env python3
"""Print an article's cleaned text (make_document only, no analysis) for annotation, and check gold anchors.

    python scripts/sources33/show.py PATH            # the cleaned text of ../shared/PATH
    python scripts/sources33/show.py --check GOLD    # each anchor found once, its surface a word in it
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "scripts" / "sources26"))


def cleaned(rel: str) -> str:
    from spinscope.ingest.clean import make_document
    from spinscope.ingest.readers import iter_paths

    return make_document(next(iter(iter_paths([SHARED / rel])))).text


def check(gold: Path) -> int:
    import score as round26

    bad = 0
    for line in gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        text = cleaned(row["path"])
        for sp in row["speakers"]:
            if round26.locate(text, sp["anchor"], sp["surface"]) is None:
                bad += 1
                print(f"{row['id']}: anchor not found once: {sp['anchor']!r}")
            first = sp["anchor"].find(sp["surface"])
            bounded = re.search(rf"(?<!\w){re.escape(sp['surface'])}(?!\w)", sp["anchor"])
            if bounded is None or bounded.start() != first:
                bad += 1  # the scorer takes the surface's first occurrence: "he" of "for the world, he added" is
                # the "he" of "the"
                print(f"{row['id']}: surface's first occurrence in its anchor is inside a word: {sp['anchor']!r}")
            if len(sp["anchor"].split()) > 7:
                bad += 1
                print(f"{row['id']}: anchor over seven words: {sp['anchor']!r}")
    print(f"{bad} problems")
    return bad


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        sys.exit(1 if check(Path(args.target)) else 0)
    print(cleaned(args.target))


if __name__ == "__main__":
    main()
