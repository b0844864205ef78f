"""Round 18 (roles18): a confirmation, on three fresh partitions, of the one variant whose fixed-variant rows looked
best in `levers.py`'s second run: ``blend`` (the mean of the shipped P(main) and the fine-role sub-class model's
P(main)), fixed, no choice.

Why a second test: `levers.py` RUN=sub rejected the nested choice (base / sub / blend; mean -0.0030), but its
fixed ``blend`` rows read 0.7679 / 0.7589 / 0.7589 against 0.7696 / 0.7571 / 0.7500 (mean +0.0030). Those rows were
read on the outer folds, so they cannot choose it; a fixed recipe on partitions never read can.

Partitions: sha1("roles18a:" + id) % 5, sha1("roles18b:" + id) % 5, sha1("roles18c:" + id) % 5 (new tags, never
used before), each grouped 5-fold by article; the recipe chooses nothing, so each is nested.

Decision rule, written 2026-12-03 08:52 UTC before this script ran (after `levers.py`'s two runs; committed in
`e9af197` at 08:53, before the run; this time was corrected after the run from a wrong "08:55", nothing else):
    Ship ``blend`` (the role model gains the fine-role multinomial, P(main) the mean of the two) iff on the three
    fresh partitions (1) the mean gain in main-role accuracy over base is > 0 with its 95% paired bootstrap
    interval (2000 draws of the 164 articles, `levers.bootstrap`) entirely above 0, and (2) no partition is lower
    than base by more than 0.005. Otherwise nothing ships and `blend` is left to a later round with these figures.

Usage: python scripts/roles18/confirm.py ROWS.pkl OUT.json
"""
from __future__ import annotations

import hashlib
import json
import pickle
import sys

import numpy as np

sys.path.insert(0, "scripts/roles18")
from levers import bootstrap, sub_proba  # type: ignore[import-not-found]

from spinscope.components.semeval2025 import MAIN_ROLES

TAGS = ("roles18a", "roles18b", "roles18c")


def main() -> None:
    with open(sys.argv[1], "rb") as f:
        d = pickle.load(f)
    rows, mentions = d["rows"], d["mentions"]
    arts = [m.article for m in mentions]
    gold = np.array([m.main for m in mentions])
    right: dict[str, np.ndarray] = {}
    base_right: dict[str, np.ndarray] = {}
    report: dict[str, object] = {}
    for tag in TAGS:
        fno = np.array([int(hashlib.sha1(f"{tag}:{a}".encode()).hexdigest(), 16) % 5 for a in arts])
        pb, pbl, ps = (np.zeros((len(mentions), 3)) for _ in range(3))
        for k in range(5):
            tr, te = np.where(fno != k)[0], np.where(fno == k)[0]
            base, sub = sub_proba(rows, mentions, tr, te)
            pb[te], ps[te], pbl[te] = base, sub, (base + sub) / 2
        names = np.array(MAIN_ROLES)
        base_right[tag] = (names[pb.argmax(1)] == gold).astype(float)
        right[tag] = (names[pbl.argmax(1)] == gold).astype(float)
        report[tag] = {"base": round(float(base_right[tag].mean()), 4), "blend": round(float(right[tag].mean()), 4),
                       "sub": round(float(np.mean(names[ps.argmax(1)] == gold)), 4)}
        print(tag, json.dumps(report[tag]), flush=True)
    gains = {p: float(right[p].mean() - base_right[p].mean()) for p in right}
    lo, hi = bootstrap(right, base_right, arts)
    mean_gain = float(np.mean(list(gains.values())))
    ok = mean_gain > 0 and lo > 0 and min(gains.values()) >= -0.005 - 1e-9
    report["decision"] = {"gains": gains, "mean_gain": mean_gain, "interval": [lo, hi],
                          "verdict": "ADOPT" if ok else "REJECT"}
    print(json.dumps(report["decision"]), flush=True)
    with open(sys.argv[2], "w") as f:
        json.dump(report, f, indent=1)


if __name__ == "__main__":
    main()
