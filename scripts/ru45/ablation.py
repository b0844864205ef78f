#!/usr/bin/env python3
"""Round 45 ablation: score one gold with one of round 45's rules switched off (figures only).

    PYTHONPATH=src python scripts/ru45/ablation.py GOLD RULE [RULE ...]

RULE is a method of ``_Pass45`` (relays, parenthetical, paragraph_quote, which_clause, closed_quotes, clergy); each
is replaced by the identity before ``scripts/ru26/score.py`` runs, and its last line is printed.
"""

from __future__ import annotations

import runpy
import sys

from spinscope.components.russian import round45


def main() -> None:
    gold, rules = sys.argv[1], sys.argv[2:]
    for rule in rules:
        setattr(round45._Pass45, rule, lambda self, result: list(result))
    sys.argv = ["score.py", "--gold", gold]
    runpy.run_path("scripts/ru26/score.py", run_name="__main__")


if __name__ == "__main__":
    main()
