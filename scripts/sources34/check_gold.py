#!/usr/bin/env python3
"""Check a source-typing gold file without running spinscope: every anchor found once, at word boundaries, in the
cleaned article text, and the surface a whole-word part of it. Used while annotating, before any spinscope run.

    python scripts/sources34/check_gold.py tests/gold/sources_real34.jsonl [...]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sources26"))
import score as round26

TYPES = {"government", "politician", "media", "organization", "academic", "report", "anonymous", "person"}


def main() -> None:
    from spinscope.ingest.clean import make_document
    from spinscope.ingest.readers import iter_paths

    bad = 0
    for name in sys.argv[1:]:
        for art in round26.load_gold(Path(name)):
            text = make_document(next(iter(iter_paths([round26.SHARED / art["path"]])))).text
            for sp in art["speakers"]:
                span = round26.locate(text, sp["anchor"], sp["surface"])
                if span is None or sp["type"] not in TYPES or set(sp) != {
                        "anchor", "surface", "name", "type", "country", "named"}:
                    bad += 1
                    print(f"BAD {art['id']} {sp}")
    print(f"{bad} bad")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
