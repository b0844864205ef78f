"""Round 17 (roles17): does role_context's fix (a victim's own intransitive verb read as suffering, criticism of
a thing read as no harm) hold on the hidden-metric estimate?

Rule, written before the deciding run (2026-12-03, before any row set of the new code was built):
    Adopt the fix (and retrain the role model and the gate with it) iff, under the shipped recipe on the 560
    English subtask-1 mentions, the mean main-role accuracy over the three partitions (round 4's folds, roles10,
    roles11; each grouped 5-fold, and the recipe chooses nothing, so each is nested) is at least the base's mean
    less 0.001, AND no partition loses more than 0.005 (3 mentions). The fix corrects readings that are wrong on
    their face, so it ships if it costs nothing measurable; it is not required to gain. The validation split
    (131 mentions) is reported, not used.

Usage: python scripts/roles17/compare.py BASE_ROWS.pkl NEW_ROWS.pkl  (rows from scripts/roles11/build_rows.py)
"""
from __future__ import annotations

import pickle
import sys

import numpy as np

sys.path.insert(0, "scripts/roles11")
from folds import partitions, proba  # type: ignore[import-not-found]

from spinscope.components.semeval2025 import MAIN_ROLES

PARTS = ("old", "roles10", "roles11")


def scores(path: str) -> dict[str, float]:
    with open(path, "rb") as f:
        d = pickle.load(f)
    rows, mentions = d["rows"], d["mentions"]
    arts = [m.article for m in mentions]
    gold = np.array([m.main for m in mentions])
    out = {}
    for name, folds in partitions(arts).items():
        p = np.zeros((len(mentions), 3))
        for tr, te in folds:
            p[te] = proba(rows, mentions, tr, te)
        out[name] = float(np.mean(np.array(MAIN_ROLES)[p.argmax(1)] == gold))
    return out


def main() -> None:
    base, new = scores(sys.argv[1]), scores(sys.argv[2])
    for k in PARTS:
        print(f"{k:8s} base {base[k]:.4f}  new {new[k]:.4f}  diff {new[k] - base[k]:+.4f}")
    mb, mn = np.mean([base[k] for k in PARTS]), np.mean([new[k] for k in PARTS])
    worst = min(new[k] - base[k] for k in PARTS)
    ok = mn >= mb - 0.001 and worst >= -0.005 - 1e-9
    print(f"mean base {mb:.4f} new {mn:.4f}; worst partition {worst:+.4f} -> {'ADOPT' if ok else 'REJECT'}")


if __name__ == "__main__":
    main()
