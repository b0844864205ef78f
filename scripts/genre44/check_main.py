"""Genre round 49 (genre44): a check of ``measure.py``'s harness, not a lever.

``python scripts/genre44/check_main.py --work DIR --seeds START COUNT``
    Runs ``measure.py``'s harness (``HarnessX6``: the other-language rows read their TF-IDF rows from ``ox``) with
    main's English vectorizer and an **empty** ``ox``, i.e. main's recipe: it should reproduce main's figures of
    rounds 41-48 at the same seed set exactly (B 4200-4209: plain 0.3455, news mix 0.4241), which shows the
    harness changes nothing but the other languages' text. Prints round 38's JSON lines.

Run from the worktree root under ``nice -n 5`` with ``OMP_NUM_THREADS=1`` and ``PYTHONPATH=src``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import time
from pathlib import Path

import numpy as np

spec = importlib.util.spec_from_file_location("g44", Path(__file__).resolve().parent / "measure.py")
assert spec is not None and spec.loader is not None
g44 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(g44)
g38 = g44.g38


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--seeds", type=int, nargs=2, default=(4200, 10), metavar=("START", "COUNT"))
    args = parser.parse_args()
    g38.SEEDS = tuple(range(args.seeds[0], args.seeds[0] + args.seeds[1]))
    started = time.time()
    h = g44.HarnessX6(args.work)
    h.ox = g44.g12._empty(len(h.oy), h.xt.shape[1])
    last = h.g == 4
    probs, rules = g38.held_out(h, "main", started)
    out = {"P": g38.figures(probs, h.y), "L": g38.figures(probs[last], h.y[last]), "rules": rules}
    print(json.dumps({"lever": "main_through_x6_harness", "seeds": list(args.seeds), **out}), flush=True)
    np.save(args.work / f"held_check_{args.seeds[0]}.npy", probs)


if __name__ == "__main__":
    main()
