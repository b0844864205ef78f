#!/usr/bin/env python3
"""Round 60's draw: round 37's ``leebg`` draw over this round's fresh stems, every sentence a candidate.

    python scripts/events60/draw.py --pool leebg --stems scripts/events60/stems.txt --seed 60 --per-doc 3 \
        --min-chars 850 --max-chars 999 --min-actors 0 --target 40 --keep-abbreviations --sheet /tmp/ev60.txt

The 15 fresh Lee background stems of 850-999 characters (``stems.txt``) hold 34 sentences with one of round 36's
event cue words, fewer than the 40 the task asks for (and a cue-word filter leaves few no-event sentences). This
wrapper makes every sentence of 40-400 characters a candidate (no cue word, no lexicon entry needed) and is
otherwise ``scripts/events37/draw.py`` unchanged: same shuffle by the seed, same per-document cap, same held-out
sample (``random.Random(seed).sample`` of a third of the documents), same freshness test (``git grep -F`` over
every local branch, this round's own files left out). No spinscope code is used.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location("draw37", Path(__file__).resolve().parents[1] / "events37" / "draw.py")
assert _SPEC is not None and _SPEC.loader is not None
base = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(base)


def any_sentence(sent: str, min_actors: int = 0) -> bool:
    """Every sentence of 40-400 characters (round 37's length bounds, no cue or lexicon test)."""
    return 40 <= len(sent) <= 400


if __name__ == "__main__":
    base.candidate = any_sentence
    base.main()
