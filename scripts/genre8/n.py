"""Nested choice of a reporting log-offset (and optionally a satire one) on stored harness results:
5-fold: the offset is chosen on the other four folds' out-of-fold predictions (news macro-F1) and applied to the
held-out fold (the same StratifiedKFold split as h.kfold); late batch: chosen on the other 16 late articles'
leave-one-out predictions (plain macro-F1), applied to the held-out one."""
import pickle, sys, numpy as np
from sklearn.model_selection import StratifiedKFold
import h
name = sys.argv[1]; grid_s = [0.0] if "nosat" in sys.argv else [-0.5, 0.0, 0.5]
R = pickle.load(open(f"/tmp/genre8/res_{name}.pkl", "rb"))["res"]
GRID = [(0, r, s) for r in (0.0, 0.25, 0.5, 0.75, 1.0) for s in grid_s]
def pick(p, yt, score):
    return max(GRID, key=lambda o: (score(h.off(p, o), yt), -abs(o[1]) - abs(o[2])))
kf = R["kf"]; out = np.zeros_like(kf); ch = []
for a, b in StratifiedKFold(5, shuffle=True, random_state=13).split(np.zeros(h.n), h.y):
    o = pick(kf[a], h.y[a], h.news); ch.append(o); out[b] = h.off(kf[b], o)
la = R["late"]; yl = h.y[h.L]; lo = np.zeros_like(la); chl = []
for i in range(len(yl)):
    m = np.arange(len(yl)) != i; o = pick(la[m], yl[m], h.plain); chl.append(o); lo[i] = h.off(la[i:i + 1], o)[0]
print(f"{name}: nested offsets 5f news {h.news(kf, h.y):.3f} -> {h.news(out, h.y):.3f} (chosen {[c[1:] for c in ch]}); "
      f"late {h.plain(la, yl):.3f} -> {h.plain(lo, yl):.3f} (chosen reporting {sorted(set(c[1] for c in chl))}, satire {sorted(set(c[2] for c in chl))})")
# split by time for the choice: offset chosen on the 5-fold predictions of the 416 older articles (news macro-F1),
# then applied to the late batch's leave-one-out predictions (which the choice never saw)
old = ~h.LATE
o = pick(kf[old], h.y[old], h.news)
print(f"{name}: offset chosen on the older articles {o[1:]} (news {h.news(kf[old], h.y[old]):.3f} -> {h.news(h.off(kf[old], o), h.y[old]):.3f}); "
      f"late batch {h.plain(la, yl):.3f} -> {h.plain(h.off(la, o), yl):.3f}")
