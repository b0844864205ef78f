"""Genre round 49 (genre44): where the levers' calls differ from main's at seed set B (a diagnostic, no verdict).

``python scripts/genre44/diag.py --work DIR``
    Reads the held-out probabilities of set B saved in DIR (``held_check_4200.npy``: main's recipe through the
    harness check; ``held_x6_4200.npy``, ``held_x6w_4200.npy``) and the labels of round 12's cache, and prints per
    gold genre the counts of (main's call -> the lever's call) that differ, and the mean probability of the gold
    genre. Counts only, no article.
"""

from __future__ import annotations

import argparse
import json
import pickle
from pathlib import Path

import numpy as np

GENRES = ("opinion", "reporting", "satire")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, required=True)
    args = parser.parse_args()
    y = pickle.loads((args.work / "feats.pkl").read_bytes())["en"]["y"]
    base = np.load(args.work / "held_check_4200.npy")
    for lever in ("x6", "x6w"):
        p = np.load(args.work / f"held_{lever}_4200.npy")
        moves: dict[str, int] = {}
        for g, a, b in zip(y, base.argmax(1), p.argmax(1), strict=True):
            if a != b:
                key = f"gold {GENRES[g]}: {GENRES[a]} -> {GENRES[b]}"
                moves[key] = moves.get(key, 0) + 1
        gold_p = {GENRES[k]: [round(float(base[y == k, k].mean()), 3), round(float(p[y == k, k].mean()), 3)]
                  for k in range(3)}
        print(json.dumps({"lever": lever, "set": "B", "changed_calls": dict(sorted(moves.items())),
                          "mean_p_gold_genre_main_lever": gold_p}))


if __name__ == "__main__":
    main()
