"""Round 11 (narr11): out-of-fold error breakdown of the shipped narrative rule (lift 1.5, thresholds by the
inner CV): articles by gold Other / said Other, their coarse and fine F1 and share of the loss. Run from the project
root. Usage: python scripts/narr11/narr_breakdown.py FOLDS.pkl..."""
import pickle
import sys

import numpy as np

sys.path.insert(0, "scripts/roles9"); sys.path.insert(0, "scripts/roles10")
import narr_rules  # noqa  (patches F)
import narr_fast as F
for path in sys.argv[1:]:
    res = pickle.load(open(path, "rb"))
    rows = []
    for o in res["outer"]:
        b = F.select(o["inner"], [{"alpha": 1.5}])
        a = F.prep(o["test"]); tc, tf, tq, oc, ot = b[1]
        k = F.kept_of(a, F.coarse_eff(a, b[2]), tc, tq, oc, ot, b[2])
        rc = F.coarse_f1(a, k); rf = F.fine_f1(a, k, tf, b[2])
        gold_other = a.gold_coarse[:, -1]
        pred_other = ~k.any(1)
        for i in range(len(rc)):
            rows.append((gold_other[i], pred_other[i], rc[i], rf[i], k[i].sum(), a.gold_coarse[i,:-1].sum()+a.coarse_missing[i], b[1]))
    rows = np.array([r[:6] for r in rows], dtype=float)
    n = len(rows)
    print(path, n, "coarse", rows[:,2].mean().round(4), "fine", rows[:,3].mean().round(4))
    for go in (1, 0):
        for po in (1, 0):
            m = (rows[:,0]==go)&(rows[:,1]==po)
            print(f" gold_other={go} pred_other={po}: n={m.sum()} coarseF1 mean={rows[m,2].mean() if m.any() else 0:.3f} fine={rows[m,3].mean() if m.any() else 0:.3f} loss_coarse={(1-rows[m,2]).sum()/n:.3f} loss_fine={(1-rows[m,3]).sum()/n:.3f}  mean#pred={rows[m,4].mean() if m.any() else 0:.2f} mean#gold={rows[m,5].mean() if m.any() else 0:.2f}")
    wrong = 0
    for o in res["outer"]:  # the domain gate: predicted domain (in_domain columns) against the article id's
        a = o["test"]
        cc = np.array([lab.startswith("CC") for lab in a.coarse_labels])
        pred_cc = (a.in_domain & cc[None]).any(1)
        wrong += int((pred_cc != np.array(["_CC_" in res["ids"][i] for i in o["te"]])).sum())
    print(" domain errors", wrong, "of", n)
