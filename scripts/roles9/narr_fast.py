import itertools, pickle, sys
import numpy as np
from spinscope.training import semeval2025 as S

TH = np.array(S.THRESHOLDS)

def prep(a):
    if hasattr(a, "_cc"):
        return a
    a._cc = np.array([l.startswith("CC") for l in a.coarse_labels])
    a._is_cc = (a.in_domain & a._cc[None, :]).any(axis=1)
    a._kids = [np.where(a.parent == j)[0] for j in range(len(a.coarse_labels))]
    a._fmask = (a.parent >= 0)
    a._P = np.zeros((len(a.parent), len(a.coarse_labels)))
    for i, p in enumerate(a.parent):
        if p >= 0:
            a._P[i, p] = 1.0
    return a

def coarse_eff(a, v):
    coarse = a.coarse
    if v.get("alpha"):
        coarse = coarse.copy()
        for j, cols in enumerate(a._kids):
            if len(cols):
                coarse[:, j] = np.maximum(coarse[:, j], v["alpha"] * a.fine[:, cols].max(axis=1))
    return coarse

def kept_of(a, coarse, tc, tq, oc, ot, v):
    n = coarse.shape[0]
    thr = np.where(a._cc[None, :], v.get("tc_cc", tc), tc) * np.ones((n, 1))
    if tq is not None:
        thr = np.where(a.cued, np.minimum(thr, tq), thr)
    indom = coarse * a.in_domain
    pmax = indom.max(axis=1)
    if v.get("raw"):
        pmax = (a.coarse * a.in_domain).max(axis=1)
    kept = a.in_domain & (coarse >= thr)
    if v.get("rel"):
        kept &= coarse >= v["rel"] * pmax[:, None]
    if v.get("topk"):
        rank = np.argsort(np.argsort(-indom, axis=1), axis=1)
        kept &= rank < v["topk"]
    if oc is not None and ot is not None:
        po = a.other[oc]
        othr = np.where(a._is_cc, v.get("ot_cc", ot), ot)
        isother = po >= othr
        if v.get("keep") is not None:
            isother &= pmax < v["keep"]
        kept[isother] = False
        if v.get("floor") is not None:
            none = ~kept.any(axis=1) & ~isother
            best = np.argmax(indom, axis=1)
            add = none & (pmax >= v["floor"])
            kept[np.where(add)[0], best[add]] = True
    return kept

def coarse_f1(a, kept):
    none = ~kept.any(axis=1)
    return S._row_f1(a.gold_coarse, a.coarse_missing, np.hstack([kept, none[:, None]]))

def fine_f1(a, kept, tf, v):
    none = ~kept.any(axis=1)
    fine_kept = (a.fine >= tf) & a._fmask[None, :]
    fine_kept &= np.where(a._fmask[None, :], kept[:, np.maximum(a.parent, 0)], False)
    if v.get("frel"):
        for j, cols in enumerate(a._kids):
            if len(cols):
                m = a.fine[:, cols].max(axis=1, keepdims=True)
                fine_kept[:, cols] &= a.fine[:, cols] >= v["frel"] * m
    has_fine = (fine_kept.astype(float) @ a._P) > 0
    return S._row_f1(a.gold_fine, a.fine_missing, np.hstack([fine_kept, kept & ~has_fine, none[:, None]]))

def fine_f1_all(a, kept, v):
    """fine F1 per row for every tf in TH: (len(TH), n)."""
    none = ~kept.any(axis=1)
    base = a._fmask[None, :] & np.where(a._fmask[None, :], kept[:, np.maximum(a.parent, 0)], False)
    fk = (a.fine[None, :, :] >= TH[:, None, None]) & base[None]
    if v.get("frel"):
        for j, cols in enumerate(a._kids):
            if len(cols):
                m = a.fine[:, cols].max(axis=1, keepdims=True)
                fk[:, :, cols] &= (a.fine[:, cols] >= v["frel"] * m)[None]
    has = (fk.astype(float) @ a._P) > 0
    pred = np.concatenate([fk, kept[None] & ~has, np.broadcast_to(none[None, :, None], (len(TH), len(none), 1))], axis=2)
    gold = a.gold_fine[None]
    inter = (gold & pred).sum(axis=2)
    total = gold.sum(axis=2) + a.fine_missing[None] + pred.sum(axis=2)
    return np.where(total > 0, 2 * inter / np.maximum(total, 1), 1.0)

def others(oc_list=S.OTHER_C, ot_list=S.OTHER_THRESHOLDS):
    return [(None, None)] + [(c, t) for c in oc_list for t in ot_list if t is not None]

def select(arrs, vgrid, cue=S.CUE_THRESHOLDS, oth=None):
    """best (objective, (tc, tf, tq, oc, ot), v) over the grid; scores summed over arrs."""
    arrs = [prep(a) for a in arrs]
    n = sum(a.coarse.shape[0] for a in arrs)
    best = None
    oth = oth or others()
    for v in vgrid:
        ce = [coarse_eff(a, v) for a in arrs]
        for tc, tq, (oc, ot) in itertools.product(TH, cue, oth):
            ks = [kept_of(a, c, tc, tq, oc, ot, v) for a, c in zip(arrs, ce)]
            cs = sum(coarse_f1(a, k).sum() for a, k in zip(arrs, ks)) / n
            fsv = sum(fine_f1_all(a, k, v).sum(axis=1) for a, k in zip(arrs, ks)) / n
            for ti, tf in enumerate(TH):
                fs = fsv[ti]
                if best is None or cs + fs > best[0] + 1e-9:
                    best = (cs + fs, (float(tc), float(tf), tq, oc, ot), v, (cs, fs))
    return best

def apply(a, setting, v):
    a = prep(a)
    tc, tf, tq, oc, ot = setting
    k = kept_of(a, coarse_eff(a, v), tc, tq, oc, ot, v)
    return coarse_f1(a, k), fine_f1(a, k, tf, v)

def run(vgrid, res, label, **kw):
    tot_c = tot_f = 0.0; n = 0; chosen = []
    for o in res["outer"]:
        b = select(o["inner"], vgrid, **kw)
        rc, rf = apply(o["test"], b[1], b[2])
        tot_c += rc.sum(); tot_f += rf.sum(); n += len(rc); chosen.append((b[1], b[2]))
    vb = select(res["val"]["inner"], vgrid, **kw)
    vc, vf = apply(res["val"]["test"], vb[1], vb[2])
    print(f"{label}: nested {tot_c/n:.4f} / {tot_f/n:.4f}  val {vc.mean():.4f} / {vf.mean():.4f}  chosen {[c[1] for c in chosen]} val {vb[1]} {vb[2]}", flush=True)
    return tot_c / n, tot_f / n, vc.mean(), vf.mean()

V = {
 "base": [{}],
 "rel": [{}, {"rel": 0.5}, {"rel": 0.7}, {"rel": 0.85}],
 "topk": [{}, {"topk": 1}, {"topk": 2}, {"topk": 3}],
 "frel": [{}, {"frel": 0.5}, {"frel": 0.7}, {"frel": 0.85}],
 "alpha": [{}, {"alpha": 0.7}, {"alpha": 1.0}, {"alpha": 1.5}],
 "keep": [{}, {"keep": 0.7}, {"keep": 0.8}, {"keep": 0.9}],
 "floor": [{}, {"floor": 0.2}, {"floor": 0.3}, {"floor": 0.4}],
 "ot_cc": [{}] + [{"ot_cc": t} for t in (0.3, 0.4, 0.5, 0.6, 0.7)],
 "tc_cc": [{}] + [{"tc_cc": t} for t in (0.3, 0.4, 0.5, 0.6)],
}
V["alphax"] = [{}] + [{"alpha": a} for a in (1.5, 2.0, 3.0, 5.0)]
V["combo"] = [dict(**({"keep": k} if k else {}), **({"alpha": a} if a else {})) for k in (None, 0.6, 0.7, 0.8)
              for a in (None, 1.5, 2.0, 3.0)]
V["comboraw"] = [dict(**({"keep": k, "raw": 1} if k else {}), **({"alpha": a} if a else {}))
                 for k in (None, 0.6, 0.7, 0.8) for a in (None, 1.5, 2.0, 3.0)]
if __name__ == "__main__":
    res = pickle.load(open(sys.argv[1], "rb"))
    for k in sys.argv[2:]:
        run(V[k], res, k)
