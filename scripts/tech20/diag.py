"""Round 20, after the decisions (a diagnostic, not a rule): per technique, the held-out labels of the base and of
the ``ml`` lever pooled over the five splits (two original, t20a-c), and how the gold Appeal_to_Fear-Prejudice
paragraphs come out (fear found, Loaded_Language without fear, nothing).

    python scripts/tech20/diag.py --scores /tmp/tech20/val_scores.pkl --train-vectors /tmp/tech20/train_sent.npz \
        --val-vectors /tmp/tech20/val_sent.npz --ml /tmp/tech20/ml_val.npz
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tech17"))

from common import load
from st3_levers import Run, _genre

from spinscope.training.data import TECHNIQUES


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scores", type=Path, required=True)
    ap.add_argument("--train-vectors", type=Path, required=True)
    ap.add_argument("--val-vectors", type=Path, required=True)
    ap.add_argument("--ml", type=Path, required=True)
    args = ap.parse_args()
    b, val, hp, _, _ = load(args.scores, args.train_vectors, args.val_vectors)
    splits = list(b.splits)
    for salt in ("t20a", "t20b", "t20c"):
        h = [int(hashlib.sha256((a.id + salt).encode()).hexdigest(), 16) % 2 for a in val]
        splits.append([[a for a, x in zip(val, h, strict=True) if x == 0],
                       [a for a, x in zip(val, h, strict=True) if x == 1]])
    r = Run(b, hp, val, dict(np.load(args.ml)))
    k = len(TECHNIQUES)
    tally = {lever: {g: np.zeros((k, 3)) for g in ("opinion", "reporting")} for lever in ("base", "ml")}
    fear, loaded = TECHNIQUES.index("Appeal_to_Fear-Prejudice"), TECHNIQUES.index("Loaded_Language")
    fear_out = {lever: np.zeros(3) for lever in ("base", "ml")}
    for halves in splits:
        for i, j in ((0, 1), (1, 0)):
            for lever in ("base", "ml"):
                p, t, o, _, _ = r.procedure(halves[i], halves[j], lever)
                for a in halves[j]:
                    pred = p[a.id] >= r.th(a, t, *o)
                    g = b.gold[a.id]
                    tally[lever][_genre(a)] += np.stack([(pred & g).sum(0), (pred & ~g).sum(0),
                                                         (~pred & g).sum(0)], axis=1)
                    rows = g[:, fear]
                    fear_out[lever] += [(pred[rows, fear]).sum(), (~pred[rows, fear] & pred[rows, loaded]).sum(),
                                        (~pred[rows]).all(axis=1).sum()]
    print("technique | base opinion tp/fp/fn | ml opinion | base reporting | ml reporting")
    for n, name in enumerate(TECHNIQUES):
        cells = [tally[lv][g][n].astype(int).tolist() for g in ("opinion", "reporting") for lv in ("base", "ml")]
        if any(sum(c) for c in cells):
            print(name, cells)
    for lv in ("base", "ml"):
        for g in ("opinion", "reporting"):
            c = tally[lv][g].sum(0)
            print(lv, g, c.astype(int).tolist(), round(2 * c[0] / (2 * c[0] + c[1] + c[2]), 4))
    print("gold fear paragraphs (5 splits pooled): [fear found, Loaded_Language without fear, no label]", fear_out)


if __name__ == "__main__":
    main()
