#!/usr/bin/env python3
"""Round 80: one sources gold scored with one of round 80's rules switched off (figures only; used on the two
held-out files whose figure moved, to find which rule moved them, as the guard rule asks: README "Held out").

    python scripts/src80/ablate.py RULE GOLD      RULE: outlet_possessive_s80 | unnamed_group_s80 | institute_head_s80
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sources26"))
import score as round26

from spinscope.components.attribution import sources80


def main() -> None:
    rule, gold = sys.argv[1], Path(sys.argv[2])
    if rule == "outlet_possessive_s80":
        setattr(sources80, rule, lambda text, attributions, table: attributions)
    elif rule == "unnamed_group_s80":  # backed out after this reading: the function is gone from the module
        setattr(sources80, rule, lambda text, attributions: attributions)
    elif rule == "institute_head_s80":
        setattr(sources80, rule, lambda text, attributions, table: attributions)
    else:
        sys.exit(f"unknown rule {rule}")
    result = round26.score(round26.load_gold(gold))
    print(json.dumps({k: result[k] for k in ("speakers", "found", "type_acc", "country_acc", "named_acc")}))


if __name__ == "__main__":
    main()
