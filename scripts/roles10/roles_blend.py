"""Round 10 (roles10): log-linear blends of the shipped role recipe and the event-feature variants, on the saved
outer test probabilities of ``roles_events_exp.py ... nested`` (round 4's folds and fresh folds).
Usage: python scripts/roles10/roles_blend.py /tmp/roles10/roles_nested.pkl"""
import pickle
import sys

import numpy as np

from spinscope.components.semeval2025 import MAIN_ROLES

s = pickle.load(open(sys.argv[1], "rb"))
gold = np.array([MAIN_ROLES.index(g) for g in s["gold"]])
for fname in ("old", "fresh"):
    for v in ("tokens", "both"):
        for w in (0.0, 0.3, 0.5, 0.7, 1.0):
            c = 0
            for k, (_tr, te) in enumerate(s["folds"][fname]):
                p = (1 - w) * np.log(s[(fname, k, "base", 0.0, "test")]) + w * np.log(s[(fname, k, v, 1.0, "test")])
                c += int((p.argmax(1) == gold[te]).sum())
            print(fname, v, w, round(c / len(gold), 4))
