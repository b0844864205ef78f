"""Round 11 (narr11): sentence-level evidence pooling in the narrative decision, over the fold caches of
``narr_folds_pool.py``: a narrative's (sub-narrative's) probability becomes (1 - w) P_article + w P_sentences,
P_sentences the best sentence's probability under the same classifier (``p2``: the mean of the best two), w
offered to the inner CV beside every threshold of the shipped rule (lift 1.5 fixed, applied after pooling).
Usage: python scripts/narr11/narr_pool.py FOLDS.pkl [fresh] VARIANT..."""
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "roles9"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import narr_decode as D
import narr_fast as F


def _eff(a, v, key):
    if v.get("cw") and key == "fine":  # P(sub) ** (1 - cw) * P(sub | narrative) ** cw
        cache = a.__dict__.setdefault("_pool", {})
        k = ("cond", v["cw"])
        if k not in cache:
            cache[k] = a.fine ** (1 - v["cw"]) * np.clip(a.fine_cond, 1e-6, 1) ** v["cw"]
        return cache[k]
    w = v.get("pw", 0.0)
    own = a.coarse if key == "coarse" else a.fine
    if not w:
        return own
    cache = a.__dict__.setdefault("_pool", {})
    k = (key, w, v.get("p2", False))
    if k not in cache:
        sent = getattr(a, f"sent_{key}{'2' if v.get('p2') else ''}")
        cache[k] = (1 - w) * own + w * sent
    return cache[k]


def coarse_eff(a, v):
    coarse = _eff(a, v, "coarse").copy()
    fine = a.fine if v.get("cw") else _eff(a, v, "fine")
    if v.get("alpha"):
        for j, cols in enumerate(a._kids):
            if len(cols):
                coarse[:, j] = np.maximum(coarse[:, j], np.minimum(1.0, v["alpha"] * fine[:, cols].max(axis=1)))
    return coarse


def fine_f1(a, kept, tf, v):
    fine = _eff(a, v, "fine")
    none = ~kept.any(axis=1)
    fk = (fine >= tf) & a._fmask[None, :]
    fk &= np.where(a._fmask[None, :], kept[:, np.maximum(a.parent, 0)], False)
    has = (fk.astype(float) @ a._P) > 0
    return F.S._row_f1(a.gold_fine, a.fine_missing, np.hstack([fk, kept & ~has, none[:, None]]))


def fine_f1_all(a, kept, v):
    fine = _eff(a, v, "fine")
    none = ~kept.any(axis=1)
    base = a._fmask[None, :] & np.where(a._fmask[None, :], kept[:, np.maximum(a.parent, 0)], False)
    fk = (fine[None, :, :] >= F.TH[:, None, None]) & base[None]
    has = (fk.astype(float) @ a._P) > 0
    pred = np.concatenate([fk, kept[None] & ~has, np.broadcast_to(none[None, :, None], (len(F.TH), len(none), 1))],
                          axis=2)
    inter = (a.gold_fine[None] & pred).sum(axis=2)
    total = a.gold_fine[None].sum(axis=2) + a.fine_missing[None] + pred.sum(axis=2)
    return np.where(total > 0, 2 * inter / np.maximum(total, 1), 1.0)


F.coarse_eff = coarse_eff
F.fine_f1 = fine_f1
F.fine_f1_all = fine_f1_all
L = {"alpha": D.LIFT}
D.V.update({
    "pool": [dict(L)] + [dict(L, pw=w) for w in (0.25, 0.5, 0.75)],
    "pool2": [dict(L)] + [dict(L, pw=w, p2=True) for w in (0.25, 0.5, 0.75)],
})
D.V["cond"] = [dict(L)] + [dict(L, cw=w) for w in (0.25, 0.5, 0.75, 1.0)]
for w in (0.25, 0.5, 0.75):
    D.V[f"cw{w}"] = [dict(L, cw=w)]
    D.V[f"pw{w}"] = [dict(L, pw=w)]
    D.V[f"pw{w}b"] = [dict(L, pw=w, p2=True)]

if __name__ == "__main__":
    res = pickle.load(open(sys.argv[1], "rb"))
    args = sys.argv[2:]
    fresh = bool(args and args[0] == "fresh")
    for name in args[1:] if fresh else args:
        D.run(res, name, fresh)
