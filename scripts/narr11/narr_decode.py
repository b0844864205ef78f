"""Round 11 (narr11): label-set decoding of the narratives on the fold caches of round 8/9 (the harness of
``scripts/roles9/narr_fast.py``; every threshold of the shipped rule chosen by the inner CV as before, lift 1.5
fixed as shipped), with new options offered to the inner CV beside the shipped rule:

``hedge``: under a reported narrative, "<narrative>: Other" is reported beside its sub-narratives when the best
of them is under ``t2`` (the gold lists "<narrative>: Other" beside a specific sub-narrative for 11% of its
narratives); ``ftopk``: at most k sub-narratives per narrative; ``stack``: the Other decision by a logistic
regression over (logit P(Other), logit of the best lifted narrative probability, logit of the best
sub-narrative probability), cross-fitted over the inner folds, at a threshold chosen by the inner CV.
Usage: python scripts/narr11/narr_decode.py FOLDS.pkl [fresh] VARIANT...
"""
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "roles9"))
import narr_fast as F

TH = F.TH
LIFT = 1.5


def _fine_pred(a, kept, tf, v):
    """Boolean (n, n_fine + n_coarse + 1) prediction for one fine threshold."""
    none = ~kept.any(axis=1)
    fk = (a.fine >= tf) & a._fmask[None, :]
    fk &= np.where(a._fmask[None, :], kept[:, np.maximum(a.parent, 0)], False)
    if v.get("ftopk"):
        fk &= _rank(a) < v["ftopk"]
    has = (fk.astype(float) @ a._P) > 0
    narr_other = kept & ~has
    if v.get("hedge") is not None:
        narr_other = kept & (~has | (_best(a) < v["hedge"]))
    return np.hstack([fk, narr_other, none[:, None]])


def _rank(a):
    """Rank of each sub-narrative among its narrative's (0: the most probable), per article."""
    if not hasattr(a, "_frank"):
        a._frank = np.zeros(a.fine.shape, dtype=int)
        for cols in a._kids:
            if len(cols):
                a._frank[:, cols] = np.argsort(np.argsort(-a.fine[:, cols], axis=1), axis=1)
    return a._frank


def _best(a):
    """Probability of each narrative's most probable sub-narrative, per article."""
    if not hasattr(a, "_fbest"):
        a._fbest = np.zeros((a.fine.shape[0], len(a._kids)))
        for j, cols in enumerate(a._kids):
            if len(cols):
                a._fbest[:, j] = a.fine[:, cols].max(axis=1)
    return a._fbest


def fine_f1(a, kept, tf, v):
    return F.S._row_f1(a.gold_fine, a.fine_missing, _fine_pred(a, kept, tf, v))


def fine_f1_all(a, kept, v):
    """Fine F1 per row for every fine threshold of TH at once: (len(TH), n)."""
    none = ~kept.any(axis=1)
    base = a._fmask[None, :] & np.where(a._fmask[None, :], kept[:, np.maximum(a.parent, 0)], False)
    if v.get("ftopk"):
        base = base & (_rank(a) < v["ftopk"])
    fk = (a.fine[None, :, :] >= TH[:, None, None]) & base[None]
    has = (fk.astype(float) @ a._P) > 0
    narr_other = kept[None] & ~has
    if v.get("hedge") is not None:
        narr_other = kept[None] & (~has | (_best(a) < v["hedge"])[None])
    pred = np.concatenate([fk, narr_other, np.broadcast_to(none[None, :, None], (len(TH), len(none), 1))], axis=2)
    gold = a.gold_fine[None]
    inter = (gold & pred).sum(axis=2)
    total = gold.sum(axis=2) + a.fine_missing[None] + pred.sum(axis=2)
    return np.where(total > 0, 2 * inter / np.maximum(total, 1), 1.0)


def _logit(p):
    p = np.clip(p, 1e-4, 1 - 1e-4)
    return np.log(p / (1 - p))


def stack_x(a, oc):
    coarse = F.coarse_eff(a, {"alpha": LIFT})
    best = np.where(a.in_domain, coarse, 0).max(axis=1)
    fbest = np.where(a._fmask[None, :], a.fine, 0).max(axis=1)
    return np.stack([_logit(a.other[oc]), _logit(best), _logit(fbest)], axis=1)


def add_stack(arrs, oc=3.0):
    """Cross-fitted P(Other | stack features) on each array from a logistic regression on the others."""
    from sklearn.linear_model import LogisticRegression

    xs = [stack_x(F.prep(a), oc) for a in arrs]
    ys = [a.gold_coarse[:, -1].astype(int) for a in arrs]
    for i, a in enumerate(arrs):
        x = np.vstack([x for j, x in enumerate(xs) if j != i])
        y = np.concatenate([y for j, y in enumerate(ys) if j != i])
        m = LogisticRegression(C=1.0).fit(x, y)
        a.other["stack"] = m.predict_proba(xs[i])[:, 1]
    return arrs


def fit_stack_apply(train_arrs, test, oc=3.0):
    from sklearn.linear_model import LogisticRegression

    x = np.vstack([stack_x(F.prep(a), oc) for a in train_arrs])
    y = np.concatenate([a.gold_coarse[:, -1].astype(int) for a in train_arrs])
    m = LogisticRegression(C=1.0).fit(x, y)
    test.other["stack"] = m.predict_proba(stack_x(F.prep(test), oc))[:, 1]


F.fine_f1 = fine_f1
F.fine_f1_all = fine_f1_all
L = {"alpha": LIFT}
V = {
    "base": [dict(L)],
    "hedge": [dict(L)] + [dict(L, hedge=t) for t in (0.2, 0.3, 0.4, 0.5)],
    "ftopk": [dict(L)] + [dict(L, ftopk=k) for k in (1, 2, 3)],
    "hedge_ftopk": [dict(L, **({"hedge": t} if t else {}), **({"ftopk": k} if k else {}))
                    for t in (None, 0.3, 0.4, 0.5) for k in (None, 1, 2, 3)],
}
for t in (0.2, 0.3, 0.4, 0.5):
    V[f"hedge{t}"] = [dict(L, hedge=t)]
for k in (1, 2, 3):
    V[f"ftopk{k}"] = [dict(L, ftopk=k)]


def others_for(variant):
    if variant.startswith("stack"):
        return [(None, None)] + [("stack", t) for t in (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)]
    return None


def run(res, name, fresh):
    vgrid = V[name.replace("stack_", "")] if name.startswith("stack") else V[name]
    oth = others_for(name)
    tc = tf = 0.0
    n = 0
    per = []
    parts = list(res["outer"]) + ([] if fresh else [res["val"]])
    val = None
    for k, o in enumerate(parts):
        if oth:
            add_stack(o["inner"])
            fit_stack_apply(o["inner"], o["test"])
        b = F.select(o["inner"], vgrid, oth=oth)
        rc, rf = F.apply(o["test"], b[1], b[2])
        if k < len(res["outer"]):
            tc += rc.sum(); tf += rf.sum(); n += len(rc)  # noqa: E702
            per.append((round(float(rc.mean()), 4), round(float(rf.mean()), 4), b[1], b[2]))
        else:
            val = (round(float(rc.mean()), 4), round(float(rf.mean()), 4), b[1], b[2])
    print(f"{name}: nested {tc / n:.4f} / {tf / n:.4f}; val {val}", flush=True)
    for p in per:
        print("   ", p, flush=True)


if __name__ == "__main__":
    res = pickle.load(open(sys.argv[1], "rb"))
    args = sys.argv[2:]
    fresh = bool(args and args[0] == "fresh")
    for name in args[1:] if fresh else args:
        run(res, name, fresh)
