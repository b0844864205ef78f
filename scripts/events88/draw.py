#!/usr/bin/env python3
"""Round 88's draw: round 60's every-sentence draw (round 37's ``scripts/events37/draw.py``) over thirty short 1987
Reuters-21578 wire stories with governments, trade and central banks (``../wekareuters/{train,test}``, unpacked by
branch news52's ``scripts/wekareuters/fetch.py``).

    python scripts/events88/draw.py --pool wekareuters --stems scripts/events88/stems.txt --seed 88 --per-doc 100 \
        --min-chars 0 --min-actors 0 --target 400 --keep-abbreviations --sheet /tmp/events88/ev88.txt

One change to round 60's wrapper, nothing else: a ``wekareuters`` pool (both folders; the stems ``wr-train-NNNN`` /
``wr-test-NNNN`` are unique, so round 37's bare-stem freshness test is kept). Every sentence of 40-400 characters
is kept (``--per-doc`` and ``--target`` above every story's count); the held-out part is the draw's own
``random.Random(88).sample`` of a third of the documents. No spinscope code is used.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

_HERE = Path(__file__).resolve().parents[1]
_SPEC = importlib.util.spec_from_file_location("draw37", _HERE / "events37" / "draw.py")
assert _SPEC is not None and _SPEC.loader is not None
base = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(base)


def any_sentence(sent: str, min_actors: int = 0) -> bool:
    """Every sentence of 40-400 characters (round 60's candidate)."""
    return 40 <= len(sent) <= 400


if __name__ == "__main__":
    base.POOLS["wekareuters"] = ("../wekareuters/train", "../wekareuters/test")
    base.candidate = any_sentence
    base.main()
