"""Round 11 (roles11): main-role accuracy of row sets (scripts/roles11/build_rows.py) under the shipped recipe
(`ROLE_GRID`'s one setting, first stage only, so grouped 5-fold = nested): round 4's folds (`_folds`), fresh folds
sha1("roles10:" + id) % 5 and sha1("roles11:" + id) % 5, and the validation split; with confusion matrices (rows
gold Protagonist / Antagonist / Innocent). Out-of-fold probabilities go to $OOF (default /tmp/roles11/oof.pkl).

Usage: python scripts/roles11/folds.py ROWS.pkl [ROWS.pkl ...]
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys

import numpy as np

from spinscope.components.semeval2025 import MAIN_ROLES
from spinscope.training import semeval2025 as S

PARAMS = S._grid(S.ROLE_GRID)[0]


def proba(rows: S.RoleRows, mentions: list, tr: np.ndarray, te: np.ndarray) -> np.ndarray:
    fit = S.fit_roles(rows.take(list(tr)), [mentions[i] for i in tr], PARAMS, fine=False)
    return S._main_proba(fit.bundle, rows.take(list(te)))


def partitions(arts: list[str]) -> dict[str, list[tuple[np.ndarray, np.ndarray]]]:
    out = {"old": S._folds(arts)}
    for tag in ("roles10", "roles11"):
        fno = np.array([int(hashlib.sha1(f"{tag}:{a}".encode()).hexdigest(), 16) % 5 for a in arts])
        out[tag] = [(np.where(fno != k)[0], np.where(fno == k)[0]) for k in range(5)]
    return out


def main() -> None:
    saved = {}
    for path in sys.argv[1:]:
        with open(path, "rb") as f:
            d = pickle.load(f)
        rows, mentions = d["rows"], d["mentions"]
        arts = [m.article for m in mentions]
        gold = np.array([m.main for m in mentions])
        out: dict[str, object] = {}
        for name, folds in partitions(arts).items():
            p = np.zeros((len(mentions), 3))
            for tr, te in folds:
                p[te] = proba(rows, mentions, tr, te)
            pred = np.array(MAIN_ROLES)[p.argmax(1)]
            out[name] = round(float(np.mean(pred == gold)), 4)
            out[name + "_conf"] = [[int(((gold == g) & (pred == q)).sum()) for q in MAIN_ROLES] for g in MAIN_ROLES]
            saved[(path, name)] = p
        tr = np.array([i for i, a in enumerate(arts) if not S.is_validation(a)])
        va = np.array([i for i, a in enumerate(arts) if S.is_validation(a)])
        pv = proba(rows, mentions, tr, va)
        out["val"] = round(float(np.mean(np.array(MAIN_ROLES)[pv.argmax(1)] == gold[va])), 4)
        print(path, out, flush=True)
    with open(os.environ.get("OOF", "/tmp/roles11/oof.pkl"), "wb") as f:
        pickle.dump(saved, f)


if __name__ == "__main__":
    main()
