#!/usr/bin/env python3
"""Round 65's draw: round 37's draw (``scripts/events37/draw.py``) over the task's six SemEval-2025 EN documents.

    python scripts/events65/draw.py --pool semeval2025 --stems scripts/events65/stems.txt --seed 65 --per-doc 7 \
        --min-actors 1 --target 40 --keep-abbreviations --sheet /tmp/ev65.txt

Round 37's freshness test runs ``git grep -F STEM`` over every file of every local branch. The six stems of the
task's pool (``stems.txt``) are named on other branches only in spinscope *output* listings
(``scripts/sources27/results/changes_unseen.txt``, ``scripts/sources31/results/blind_diff.txt``,
``scripts/actors39/results/real_compare_3233_60.txt``: wide runs over every SemEval-2025 document), never in a gold,
a doc or a draw, so by the brief's rule ("fresh iff no branch names it in tests/gold, docs or a draw") they are
fresh. This wrapper leaves ``scripts/*/results/*`` out of the freshness test and is otherwise round 37's draw
unchanged: same candidate test (40-400 characters, an event cue word, ``--min-actors`` lexicon entries), same shuffle
by the seed, per-document cap, cap of a third of the target on Russia/Ukraine sentences, and held-out sample
(``random.Random(seed).sample`` of a third of the documents). No spinscope code is used.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location("draw37", Path(__file__).resolve().parents[1] / "events37" / "draw.py")
assert _SPEC is not None and _SPEC.loader is not None
base = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(base)
_own37 = base.own_files


def own_files_65(seed: int) -> tuple[str, ...]:
    """Round 37's pathspecs of the drawing round's own files, plus every ``results`` folder of ``scripts``."""
    return (*_own37(seed), ":(exclude)scripts/*/results/*")


if __name__ == "__main__":
    base.own_files = own_files_65
    base.main()
