"""Round 15 (roles15): how well role_context's side numbers read the article's stance. Over the URW articles with
subtask-1 entities (the actors of scripts/roles12/e2e_rows.py), "has a pro-Russia narrative" (gold) against:
  * each number's rate on Russia's side (RUS, BLR) less its rate on Ukraine's and the West's side, and Russia's
    share of the number (each number as role_context reads it: the mean over an actor's mentions x its mentions);
  * a few blame scores (the other side's harm less Russia's, Russia's suffering less the other's, ...);
  * a logistic regression over all of them (standardised; grouped 5-fold, sha1("p15:" + id) % 5), alone and beside
    round 14's out-of-fold binary pro-Russia reader (scripts/roles14/stance_nested.py's ``binary`` run).

Usage: python scripts/roles15/side_auc.py E2E.pkl ROUND14_BINARY_OLD.pkl
"""
from __future__ import annotations

import hashlib
import pickle
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

sys.path.insert(0, "scripts/roles14")
import stance_nested as N

from spinscope.components.role_context import NUMERIC_NAMES
from spinscope.training import semeval2025 as S

L = len(NUMERIC_NAMES)


def side_sums(e2e: dict, aid: str) -> dict[str, np.ndarray]:
    """[mentions, each number summed over the mentions] of Russia's side and of Ukraine's and the West's."""
    out = {"russia": np.zeros(L + 1), "opposed": np.zeros(L + 1)}
    for i, actor in enumerate(e2e["actors"][aid]):
        rows, side = e2e["rows"]["actor"].get((aid, i)), N.side_of(actor)
        if rows is None or side not in N.LEAN_SIDES:
            continue
        vec = rows.numbers[0]
        n = float(np.expm1(vec[-1]))
        out["russia" if side == "russia" else "opposed"] += n * np.concatenate([[1.0], vec[L:2 * L]])
    return out


def main() -> None:
    with open(sys.argv[1], "rb") as f:
        e2e = pickle.load(f)
    with open(sys.argv[2], "rb") as f:
        reader = pickle.load(f)["stance"]
    arts, _ = S.load_task(Path("/work/shared/data"))
    ids = sorted(a for a in e2e["actors"] if "_CC_" not in a and arts[a].narratives)
    y = np.array([any(n in arts[a].narratives for n in N.PRO_RUSSIA) for a in ids])
    sums = [side_sums(e2e, a) for a in ids]
    print(f"{len(ids)} URW articles, {y.sum()} pro-Russia")
    rate = np.array([[c["russia"][k] / max(c["russia"][0], 1) - c["opposed"][k] / max(c["opposed"][0], 1)
                      for k in range(1, L + 1)] for c in sums])
    share = np.array([[c["russia"][k] / max(c["russia"][k] + c["opposed"][k], 1e-9) for k in range(L + 1)]
                      for c in sums])
    print(f"  Russia's share of the mentions: AUC {roc_auc_score(y, share[:, 0]):.3f}")
    for k, name in enumerate(NUMERIC_NAMES):
        print(f"  {name}: rate difference AUC {roc_auc_score(y, rate[:, k]):.3f}, "
              f"Russia's share AUC {roc_auc_score(y, share[:, k + 1]):.3f}")
    at = {n: i for i, n in enumerate(NUMERIC_NAMES)}
    suffer = [at[n] for n in ("harm_patient", "sufferer", "victim_noun")]
    blame = {"other side's harm - Russia's harm": -rate[:, at["harm_agent"]],
             "Russia's suffering - other side's suffering": rate[:, suffer].sum(1)}
    for name, s in blame.items():
        print(f"  {name}: AUC {roc_auc_score(y, s):.3f}")
    x = np.column_stack([np.log1p([[c["russia"][0], c["opposed"][0]] for c in sums]), share[:, 0], rate])
    st = np.array([reader[a][-1] for a in ids])
    print(f"  round 14's binary reader: AUC {roc_auc_score(y, st):.3f}")
    fold = np.array([int(hashlib.sha1(f"p15:{a}".encode()).hexdigest(), 16) % 5 for a in ids])
    for c in (0.01, 0.1, 1.0):
        for name, feats in (("side numbers", x), ("side numbers + round 14's reader",
                                                  np.column_stack([x, np.log(st / (1 - st))]))):
            p = np.zeros(len(ids))
            for k in range(5):
                model = make_pipeline(StandardScaler(), LogisticRegression(C=c, max_iter=2000))
                model.fit(feats[fold != k], y[fold != k])
                p[fold == k] = model.predict_proba(feats[fold == k])[:, 1]
            print(f"  logistic regression, C {c}, {name}: AUC {roc_auc_score(y, p):.3f}")


if __name__ == "__main__":
    main()
