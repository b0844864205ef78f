"""Stored harness results at the runtime temperature with given offsets: late LOO, 5-fold news/plain, polnear, sample."""
import pickle, sys, numpy as np
from sklearn.metrics import confusion_matrix
import h
from spinscope.components.persuasion_models import shift_genre
name, T = sys.argv[1], float(sys.argv[2]); offs = [[0, 0, float(x)] for x in sys.argv[3].split(",")] if len(sys.argv) > 3 else [[0, 0, 0]]
R = pickle.load(open(f"/tmp/genre11/res_{name}.pkl", "rb"))["res"]; yl = h.y[h.L]
for o in offs:
    la, kf, pn = (shift_genre(R[k], o, temperature=T) for k in ("late", "kf", "pn"))
    e1, _ = h.ece(kf, h.y); e2, _ = h.ece(kf, h.y, h.mixw(h.y)); e3, _ = h.ece(la, yl)
    print(f"{name} T={T} off={o}: late {h.plain(la, yl):.3f} {confusion_matrix(yl, la.argmax(1), labels=[0,1,2]).tolist()} | 5f news {h.news(kf, h.y):.3f} plain {h.plain(kf, h.y):.3f} "
          f"| polnear o/r/s {np.bincount(pn[:84].argmax(1), minlength=3)} sample {np.round(pn[84], 3)} | ECE 5f plain {e1:.3f} news {e2:.3f} late {e3:.3f}")
