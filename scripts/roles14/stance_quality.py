"""Round 14 (roles14): how well the out-of-fold narrative probabilities of scripts/roles14/stance_nested.py read the
article's stance: over the subtask-1 articles, AUC of each group's score (max P over the group's narratives) against
"the gold has a narrative of the group", of P(URW) against the domain, and of the pro-Russia score within the URW
articles.

Usage: python scripts/roles14/stance_quality.py NESTED.pkl [NESTED.pkl ...]
"""
from __future__ import annotations

import pickle
import sys
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

sys.path.insert(0, "scripts/roles14")
import stance_nested as N

from spinscope.training import semeval2025 as S

NAMES = ("pro-Russia", "pro-West", "CC policy", "CC movement")


def main() -> None:
    arts_t, _ = S.load_task(Path("/work/shared/data"))
    for path in sys.argv[1:]:
        with open(path, "rb") as f:
            d = pickle.load(f)
        ids = sorted(d["stance"])
        scores = np.array([N.grouped(d["stance"][a], d["labels"]) for a in ids])
        out = {"articles": len(ids)}
        for j, (name, group) in enumerate(zip(NAMES, N.GROUPS, strict=True), 1):
            y = np.array([any(n in arts_t[a].narratives for n in group) for a in ids])
            auc = roc_auc_score(y, scores[:, j]) if 0 < y.sum() < len(y) else float("nan")
            out[name] = f"{y.sum()} positive, AUC {auc:.3f}"
        urw = np.array(["_CC_" not in a for a in ids])
        out["URW AUC"] = round(float(roc_auc_score(urw, scores[:, 0])), 3)
        pro = np.array([any(n in arts_t[a].narratives for n in N.PRO_RUSSIA) for a in ids])
        auc = roc_auc_score(pro[urw], scores[urw, 1])
        out["pro-Russia within URW"] = f"{pro[urw].sum()}/{urw.sum()}, AUC {auc:.3f}"
        print(path, out)


if __name__ == "__main__":
    main()
