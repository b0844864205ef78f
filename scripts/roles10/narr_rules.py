"""Round 10 (roles10): narrative decision rules on round 4's nested folds (with the validation split) and on
round 9's fresh folds, every option offered to the inner CV beside the current rule (the harness of round 8,
``scripts/roles9/narr_fast.py``, over the fold caches of ``scripts/roles9/narr_folds.py``).

New variants: ``tfcc``, a separate fine (sub-narrative) threshold for the climate (CC) sub-narratives; ``csup``, a
narrative kept only when one of its sub-narratives reaches a floor; ``octc``, per-domain Other and coarse
thresholds together.
Usage: python scripts/roles10/narr_rules.py FOLDS.pkl [fresh] VARIANT...
"""
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "roles9"))
import narr_fast as F  # noqa: E402

TH = F.TH


def _fine_thr(a, tf, v):
    """Per-column fine threshold(s): tf (scalar or (k,1,1) array) for URW columns, v["tf_cc"] for CC columns."""
    fcc = np.array([p >= 0 and bool(a._cc[p]) for p in a.parent])
    if v.get("tf_cc") is None:
        return tf
    return np.where(fcc, v["tf_cc"], tf)


def fine_f1(a, kept, tf, v):
    none = ~kept.any(axis=1)
    fine_kept = (a.fine >= _fine_thr(a, tf, v)) & a._fmask[None, :]
    fine_kept &= np.where(a._fmask[None, :], kept[:, np.maximum(a.parent, 0)], False)
    has_fine = (fine_kept.astype(float) @ a._P) > 0
    return F.S._row_f1(a.gold_fine, a.fine_missing, np.hstack([fine_kept, kept & ~has_fine, none[:, None]]))


def fine_f1_all(a, kept, v):
    none = ~kept.any(axis=1)
    base = a._fmask[None, :] & np.where(a._fmask[None, :], kept[:, np.maximum(a.parent, 0)], False)
    thr = _fine_thr(a, TH[:, None, None], v)
    fk = (a.fine[None, :, :] >= thr) & base[None]
    has = (fk.astype(float) @ a._P) > 0
    pred = np.concatenate([fk, kept[None] & ~has, np.broadcast_to(none[None, :, None], (len(TH), len(none), 1))],
                          axis=2)
    gold = a.gold_fine[None]
    inter = (gold & pred).sum(axis=2)
    total = gold.sum(axis=2) + a.fine_missing[None] + pred.sum(axis=2)
    return np.where(total > 0, 2 * inter / np.maximum(total, 1), 1.0)


_kept_of = F.kept_of


def kept_of(a, coarse, tc, tq, oc, ot, v):
    """``csup``: a narrative is kept only when its best sub-narrative reaches ``v["csup"]`` (the parent needs a
    child's support; narratives without sub-narratives in the model are unaffected)."""
    kept = _kept_of(a, coarse, tc, tq, oc, ot, v)
    if v.get("csup") is not None:
        for j, cols in enumerate(a._kids):
            if len(cols):
                kept[:, j] &= a.fine[:, cols].max(axis=1) >= v["csup"]
    return kept


F.kept_of = kept_of
F.fine_f1 = fine_f1
F.fine_f1_all = fine_f1_all
F.V["tfcc"] = [{}] + [{"tf_cc": t} for t in (0.15, 0.25, 0.35, 0.45)]
F.V["csup"] = [{}] + [{"csup": t} for t in (0.05, 0.1, 0.15, 0.2)]
F.V["lift"] = [{}] + [{"alpha": a} for a in (1.5, 2.0, 3.0)]  # FINE_LIFT alone, as training offers it
F.V["lift15"] = [{"alpha": 1.5}]  # fixed, no choice
F.V["lift2"] = [{"alpha": 2.0}]
F.V["octc"] = [{}] + [{"ot_cc": o, "tc_cc": t} for o in (0.3, 0.5) for t in (0.35, 0.55)]


def fresh(res, vgrid, label):
    tc = tf = 0.0
    n = 0
    per = []
    for o in res["outer"]:
        b = F.select(o["inner"], vgrid)
        rc, rf = F.apply(o["test"], b[1], b[2])
        tc += rc.sum(); tf += rf.sum(); n += len(rc)  # noqa: E702
        per.append((round(float(rc.mean()), 4), round(float(rf.mean()), 4), b[2]))
    print(f"{label}: fresh nested {tc / n:.4f} / {tf / n:.4f}; per fold (coarse, fine, choice) {per}", flush=True)


if __name__ == "__main__":
    res = pickle.load(open(sys.argv[1], "rb"))
    args = sys.argv[2:]
    if args and args[0] == "fresh":
        for k in args[1:]:
            fresh(res, F.V[k], k)
    else:
        for k in args:
            F.run(F.V[k], res, k)
