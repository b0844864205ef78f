"""Round 17 (roles17), after the decision (informational only, chooses nothing): the role_context fix against the
base on three more fold draws of the same 560 mentions, sha1(TAG + ":" + id) % 5 for TAG in roles16a, roles16b,
roles16c (round 16's), so the lead can see whether roles11's -2 mentions is the fold draw.

Usage: python scripts/roles17/fresh.py BASE_ROWS.pkl NEW_ROWS.pkl
"""
from __future__ import annotations

import hashlib
import pickle
import sys

import numpy as np

sys.path.insert(0, "scripts/roles11")
from folds import proba  # type: ignore[import-not-found]

from spinscope.components.semeval2025 import MAIN_ROLES

TAGS = ("roles16a", "roles16b", "roles16c")


def scores(path: str) -> dict[str, float]:
    with open(path, "rb") as f:
        d = pickle.load(f)
    rows, mentions = d["rows"], d["mentions"]
    arts = [m.article for m in mentions]
    gold = np.array([m.main for m in mentions])
    out = {}
    for tag in TAGS:
        fno = np.array([int(hashlib.sha1(f"{tag}:{a}".encode()).hexdigest(), 16) % 5 for a in arts])
        p = np.zeros((len(mentions), 3))
        for k in range(5):
            tr, te = np.where(fno != k)[0], np.where(fno == k)[0]
            p[te] = proba(rows, mentions, tr, te)
        out[tag] = float(np.mean(np.array(MAIN_ROLES)[p.argmax(1)] == gold))
    return out


def main() -> None:
    base, new = scores(sys.argv[1]), scores(sys.argv[2])
    for k in TAGS:
        print(f"{k:9s} base {base[k]:.4f}  fixed {new[k]:.4f}  diff {new[k] - base[k]:+.4f}")


if __name__ == "__main__":
    main()
