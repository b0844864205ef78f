"""Genre round 18: how far a decision rule alone could move the nested English news estimate (an in-sample
ceiling, not an estimate), and what a satire veto would cost. Reads the outer-fold probabilities that
``measure.py eval`` stored (``WORK/nested_NAME.npz``, the rule chosen inside already applied).

``python scripts/genre18/ceiling.py [NAME] [--work /tmp/genre18/g18]``
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "genre12"))
import measure as g12

GRID = [round(x, 2) for x in np.arange(-1.0, 1.51, 0.25)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("name", nargs="?", default="shipped")
    parser.add_argument("--work", type=Path, default=Path("/tmp/genre18/g18"))
    args = parser.parse_args()
    h = g12.Harness(args.work)
    y, late = h.y, h.late
    probs = np.load(args.work / f"nested_{args.name}.npz")
    for key in probs.files:
        p = probs[key]
        best = max(((r, s) for r in GRID for s in GRID),
                   key=lambda o: g12.news(g12.shift(p, [0.0, *o], 1.0), y))
        veto = p.copy()
        veto[:, 2] = 0.0
        print(json.dumps({"seed": key, "en_news": round(g12.news(p, y), 3),
                          "oracle_offsets_on_top": best,
                          "oracle_en_news": round(g12.news(g12.shift(p, [0.0, *best], 1.0), y), 3),
                          "oracle_late": round(g12.plain(g12.shift(p, [0.0, *best], 1.0)[late], y[late]), 3),
                          "satire_veto_en_news": round(g12.news(veto, y), 3),
                          "satire_veto_late": round(g12.plain(veto[late], y[late]), 3),
                          "late": round(g12.plain(p[late], y[late]), 3)}))


if __name__ == "__main__":
    main()
