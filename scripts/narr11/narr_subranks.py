"""Round 11 (narr11): for the outer test articles, the rank of the best gold sub-narrative among its narrative's
sub-narratives, and how many pass 0.15. Run from the project root. Usage: python scripts/narr11/narr_subranks.py FOLDS.pkl"""
import pickle
import sys

import numpy as np

sys.path.insert(0, "scripts/roles9"); sys.path.insert(0, "scripts/narr11")
import narr_fast as F

res = pickle.load(open(sys.argv[1], "rb"))
top1 = tot = 0; ranks = []; nk = []; gother = 0; gspec = 0; predn = []
for o in res["outer"]:
    a = F.prep(o["test"])
    nf = len(a.parent)
    for j, cols in enumerate(a._kids):
        if not len(cols): continue
        for r in range(a.coarse.shape[0]):
            if not a.gold_coarse[r, j]: continue
            g = a.gold_fine[r, cols]
            go = a.gold_fine[r, nf + j]
            tot += 1; gother += go; gspec += g.sum()
            if g.any():
                order = np.argsort(-a.fine[r, cols])
                rk = [np.where(order == k)[0][0] for k in np.where(g)[0]]
                ranks.append(min(rk)); nk.append(len(cols))
            predn.append((a.fine[r, cols] >= 0.15).sum())
ranks = np.array(ranks)
print("gold narratives", tot, "with <narr>: Other", gother, "specific subs", gspec)
print("best gold-sub rank: top1 %.2f top2 %.2f top3 %.2f; mean kids %.1f" % ((ranks==0).mean(), (ranks<2).mean(), (ranks<3).mean(), np.mean(nk)))
print("predicted subs >=0.15 per gold narrative: mean %.2f; dist %s" % (np.mean(predn), np.bincount(predn)))
