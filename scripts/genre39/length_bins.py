"""Genre round 39 (issue 15), after both decisions (decides nothing): the cross-fitted English held-out calls of
each lever by the article's sentence count.

``python scripts/genre39/length_bins.py --work /tmp/genre39/h2 --work /tmp/genre39/h``
    Reads ``feats.pkl`` and ``nsent.pkl`` (``scripts/genre38/measure.py cache-nsent``) of the first ``--work`` and
    every ``held_LEVER.npy`` of each ``--work`` (the first found of a lever wins), and prints one JSON line per
    lever: per sentence-count band, the articles, their gold labels, the labels called and the accuracy.
    Figures only.
"""

from __future__ import annotations

import argparse
import json
import pickle
from pathlib import Path

import numpy as np

#: Sentence-count bands of the 433 English articles, lower bound inclusive, upper exclusive.
LENGTH_BANDS = ((0, 15), (15, 30), (30, 50), (50, 100_000))
LABELS = ("opinion", "reporting", "satire")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, action="append", required=True)
    args = parser.parse_args()
    d = pickle.loads((args.work[0] / "feats.pkl").read_bytes())
    n = pickle.loads((args.work[0] / "nsent.pkl").read_bytes())["en"]
    y = d["en"]["y"]
    seen: dict[str, Path] = {}
    for work in args.work:
        for f in sorted(work.glob("held_*.npy")):
            seen.setdefault(f.stem.removeprefix("held_"), f)
    for lever, f in seen.items():
        pred = np.load(f).argmax(1)
        bands = []
        for lo, hi in LENGTH_BANDS:
            m = (n >= lo) & (n < hi)
            bands.append(
                {
                    "sentences": [lo, hi - 1],
                    "articles": int(m.sum()),
                    "gold": dict(zip(LABELS, np.bincount(y[m], minlength=3).tolist(), strict=True)),
                    "called": dict(zip(LABELS, np.bincount(pred[m], minlength=3).tolist(), strict=True)),
                    "accuracy": round(float((pred[m] == y[m]).mean()), 3),
                }
            )
        print(json.dumps({"lever": lever, "bands": bands}))


if __name__ == "__main__":
    main()
