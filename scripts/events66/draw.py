#!/usr/bin/env python3
"""Round 66's draw: round 37's draw (``scripts/events37/draw.py``) over the task's fourteen SemEval-2025 EN documents.

    python scripts/events66/draw.py --pool semeval2025 --stems scripts/events66/stems.txt --seed 66 --per-doc N \
        --min-actors M --target 40 --keep-abbreviations --sheet /tmp/ev66.txt  (N, M: see README)

Round 37's freshness test runs ``git grep -F STEM`` over every file of every local branch. The fourteen stems of the
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


# Round 66: the five files where the pool's fourteen stems are named outside ``results`` folders, none of them a
# gold or a draw: two lists of documents the lead read outputs of (``LEAD_READ_TEXT``, copied in two draw scripts),
# round 50's candidate pool list (its draw, ``tests/gold/events_real50*``, took none of them), and read lists
# ("real outputs read", "real articles" of rounds 22-25 and 36) in the docs. Checked by hand: no branch names any
# of the fourteen in ``tests/gold``.
READ_LISTS_66 = ("docs/EVALUATION.md", "scripts/actors32b/draw.py", "scripts/actors35/draw.py",
                 "scripts/actors36/README.md", "scripts/events50/stems.txt")


def own_files_66(seed: int) -> tuple[str, ...]:
    """Round 37's pathspecs of the drawing round's own files, every ``results`` folder of ``scripts``, and the
    read lists above."""
    return (*_own37(seed), ":(exclude)scripts/*/results/*", *(f":(exclude){f}" for f in READ_LISTS_66))


if __name__ == "__main__":
    base.own_files = own_files_66
    base.main()
