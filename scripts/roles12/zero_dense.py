"""Round 12 (roles12): copies of the training rows (build_rows.py) and the analyze rows (e2e_rows.py) with dense columns
zeroed, for multi.py with W = 0: ``noarticle`` the article's mean vector (the last 384), ``nodense`` all 1,152.

Usage: python scripts/roles12/zero_dense.py noarticle|nodense TRAIN_ROWS.pkl E2E.pkl OUT_TRAIN.pkl OUT_E2E.pkl
"""
from __future__ import annotations

import pickle
import sys


def zeroed(rows: object, mode: str) -> None:
    """Zero the chosen dense columns of every row, in place."""
    for k, dense in enumerate(rows.dense):  # type: ignore[attr-defined]
        dense = dense.copy()
        dense[768 if mode == "noarticle" else 0:] = 0
        rows.dense[k] = dense  # type: ignore[attr-defined]


def main() -> None:
    mode, train_in, e2e_in, train_out, e2e_out = sys.argv[1:6]
    with open(train_in, "rb") as f:
        train = pickle.load(f)
    zeroed(train["rows"], mode)
    with open(e2e_in, "rb") as f:
        e2e = pickle.load(f)
    for kind in e2e["rows"].values():
        for rows in kind.values():
            zeroed(rows, mode)
    with open(train_out, "wb") as f:
        pickle.dump(train, f)
    with open(e2e_out, "wb") as f:
        pickle.dump(e2e, f)


if __name__ == "__main__":
    main()
