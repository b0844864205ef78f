"""Round 17 (roles17): the input of `predict semeval2025 --subtask 1` may list several mentions of one entity in one
article (36 of the 518 article-entity pairs of the English training release, 78 mentions). Does giving each of
them the mean of their probabilities (entity = same article, same lower-cased surface) raise main-role accuracy?

Rule, written before the run (2026-12-03, 06:24 UTC): parameter-free, read on the shipped recipe's out-of-fold
probabilities of round 4's folds, roles10 and roles11 (scripts/roles11/folds.py's $OOF of the base rows); adopt iff
it is at least the base's on all three partitions and gains at least 0.005 on their mean.

Usage: python scripts/roles17/group_mean.py OOF.pkl ROWS.pkl
"""
from __future__ import annotations

import pickle
import sys
from collections import defaultdict

import numpy as np

from spinscope.components.semeval2025 import MAIN_ROLES


def main() -> None:
    with open(sys.argv[1], "rb") as f:
        oof = pickle.load(f)
    with open(sys.argv[2], "rb") as f:
        mentions = pickle.load(f)["mentions"]
    gold = np.array([m.main for m in mentions])
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        groups[(m.article, m.entity.lower())].append(i)
    gains = []
    for (_, part), p in sorted(oof.items(), key=lambda kv: kv[0][1]):
        q = p.copy()
        for idx in groups.values():
            q[idx] = p[idx].mean(axis=0)
        a = float(np.mean(np.array(MAIN_ROLES)[p.argmax(1)] == gold))
        b = float(np.mean(np.array(MAIN_ROLES)[q.argmax(1)] == gold))
        gains.append(b - a)
        print(f"{part:8s} base {a:.4f} group mean {b:.4f} ({b - a:+.4f})")
    ok = min(gains) >= 0 and np.mean(gains) >= 0.005
    print("ADOPT" if ok else "REJECT")


if __name__ == "__main__":
    main()
