"""Post-hoc on stored harness results (res_NAME.pkl): fixed log-prior offsets toward news (no refit), confusion of
satire/reporting, and calibration (ECE of the top probability after the runtime temperature) on held-out folds."""
import pickle, sys, numpy as np
from sklearn.metrics import confusion_matrix
sys.argv += [] ; name = sys.argv[1]
import h
R = pickle.load(open(f"/tmp/genre11/res_{name}.pkl", "rb"))["res"]
T = float(sys.argv[2]) if len(sys.argv) > 2 else 0.9
def temp(p, t): return h.off(p ** (1 / t), (0, 0, 0))
yl = h.y[h.L]
OFFS = [(0, 0, 0), (0, 0.25, 0), (0, 0.5, 0), (0, 1.0, 0), (0, 0.5, -0.5), (0, 0, -0.5), (0, 0, 0.5),
        tuple(np.round(np.log(h.NEWS * 3), 2))]
for o in OFFS:
    la = h.off(R["late"], o); kf = h.off(R["kf"], o); pn = h.off(R["pn"][:84], o) if R.get("pn") is not None else None
    cm = confusion_matrix(yl, la.argmax(1), labels=[0, 1, 2])
    print(f"offsets {o}: late {h.plain(la, yl):.3f} conf(rows gold o/r/s) {cm.tolist()} | 5f news {h.news(kf, h.y):.3f} "
          f"plain {h.plain(kf, h.y):.3f} | polnear o/r/s {np.bincount(pn.argmax(1), minlength=3) if pn is not None else '-'}")
kf = temp(R["kf"], T); la = temp(R["late"], T)
for lab, p, yt, w in (("5-fold OOF, all 433 EN, plain", kf, h.y, None), ("5-fold OOF, news mix", kf, h.y, h.mixw(h.y)),
                       ("late batch LOO (17)", la, yl, None)):
    e, rows = h.ece(p, yt, w)
    print(f"T={T} {lab}: ECE {e:.3f} bins {', '.join(rows)}")
# confusion on the 5-fold out-of-fold predictions (rows gold opinion/reporting/satire), per offset
for o in OFFS[:4] + OFFS[5:7]:
    kf = h.off(R["kf"], o)
    print(f"5-fold confusion offsets {o}: {confusion_matrix(h.y, kf.argmax(1), labels=[0, 1, 2]).tolist()}")
from sklearn.metrics import precision_recall_fscore_support as prfs
for lab, p, yt in (("5-fold", R["kf"], h.y), ("late", R["late"], yl)):
    pr, rc, f, s = prfs(yt, p.argmax(1), labels=[0, 1, 2], zero_division=0)
    print(lab, "P", pr.round(2), "R", rc.round(2), "F1", f.round(2), "support", s)
