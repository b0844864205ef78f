"""Round 11 (narr11): precision and recall of the reported sub-narratives (labels other than "Other" and
"<narrative>: Other", micro over the outer test articles) for a rule chosen by the inner CV as in
``narr_decode.py`` (``ftopk``: at most k sub-narratives per narrative).
Usage: python scripts/narr11/narr_precision.py FOLDS.pkl VARIANT..."""
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "roles9"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import narr_decode as D
import narr_fast as F


def counts(a, setting, v):
    a = F.prep(a)
    tc, tf, tq, oc, ot = setting
    kept = F.kept_of(a, F.coarse_eff(a, v), tc, tq, oc, ot, v)
    fine_kept = (a.fine >= tf) & a._fmask[None, :]
    fine_kept &= np.where(a._fmask[None, :], kept[:, np.maximum(a.parent, 0)], False)
    if v.get("ftopk"):
        fine_kept &= D._rank(a) < v["ftopk"]
    nc, nf = kept.shape[1], fine_kept.shape[1]
    gc, gf = a.gold_coarse[:, :nc], a.gold_fine[:, :nf]
    return np.array([(kept & gc).sum(), kept.sum(), gc.sum(), (fine_kept & gf).sum(), fine_kept.sum(), gf.sum()])


with open(sys.argv[1], "rb") as fh:
    res = pickle.load(fh)
for k in sys.argv[2:]:
    tot = np.zeros(6)
    for o in res["outer"]:
        b = F.select(o["inner"], D.V[k])
        tot += counts(o["test"], b[1], b[2])
    tp, p, g, ftp, fp, fg = tot
    print(f"{k}: narratives P {tp / p:.3f} R {tp / g:.3f} ({int(p)} reported); sub-narratives P {ftp / fp:.3f} "
          f"R {ftp / fg:.3f} ({int(fp)} reported)", flush=True)
