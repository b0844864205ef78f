"""Genre round 47 (genre42, issue 15): measure E of ``scripts/genre42/RULE.md`` for lever ``tw50``.

Round 38's harness (``scripts/genre38/measure.py``) with two things added: the lever ``tw50`` (recipe ``main``
with the TF-IDF block weighted 0.5) and the inner fold-seed set chosen on the command line.

``python scripts/genre42/measure.py LEVER [LEVER ...] --work DIR --seeds START COUNT``
    LEVER: ``main``, ``tw50`` or ``tw50gate`` (RULE.md addendum 1; run alone).
    Seed set A is ``--seeds 3800 20`` (round 38's), B ``4200 10``, C ``4210 10``.
    Prints round 38's JSON lines; held-out probabilities go to ``DIR/held_<LEVER>_<START>.npy``.

Needs round 12's cache (``python scripts/genre12/measure.py cache --work DIR``). Run from the worktree root under
``nice -n 10`` with ``OMP_NUM_THREADS=1`` and ``PYTHONPATH=src``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import time
from pathlib import Path
from typing import Any

import numpy as np

spec = importlib.util.spec_from_file_location("g38", Path(__file__).resolve().parents[1] / "genre38" / "measure.py")
assert spec is not None and spec.loader is not None
g38 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(g38)

#: The lever's TF-IDF weight (RULE.md, fixed).
TW = 0.5
_recipe = g38.recipe


#: Lever 2's satire gate (RULE.md addendum 1): the satire offsets the rule may choose, extended down to -1.0.
GATE_GRID = [(r, s) for r in (0.0, 0.25, 0.5, 0.75, 1.0) for s in (-1.0, -0.75, -0.5, -0.25, 0.0, 0.25, 0.5)]


def recipe(lever: str) -> dict[str, Any]:
    if lever in ("tw50", "tw50gate"):
        r = _recipe("main")
        r["tw"] = TW
        return r
    return _recipe(lever)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("levers", nargs="+", choices=("main", "tw50", "tw50gate"))
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--seeds", type=int, nargs=2, default=(3800, 20), metavar=("START", "COUNT"))
    args = parser.parse_args()
    g38.recipe = recipe
    if "tw50gate" in args.levers:
        assert args.levers == ["tw50gate"], "tw50gate runs alone (it changes the offsets grid of the process)"
        g38.g24.COARSE = GATE_GRID
    g38.SEEDS = tuple(range(args.seeds[0], args.seeds[0] + args.seeds[1]))
    started = time.time()
    h = g38.HarnessFlat(args.work)
    last = h.g == 4
    out = {}
    for lever in args.levers:
        probs, rules = g38.held_out(h, lever, started)
        np.save(args.work / f"held_{lever}_{args.seeds[0]}.npy", probs)
        out[lever] = {"P": g38.figures(probs, h.y), "L": g38.figures(probs[last], h.y[last]), "rules": rules}
        print(json.dumps({"lever": lever, "seeds": list(args.seeds), **out[lever]}), flush=True)


if __name__ == "__main__":
    main()
