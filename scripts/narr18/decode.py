"""Round 18 (narr18): sub-narrative decoding variants offered to the inner CV of a fully nested run beside the
shipped rule, on round 16's fold caches (scripts/narr16/cache.py; the English classifiers are not refitted). Two
stages as round 17's levers.py: the shipped grid's choice by the inner objective (coarse + fine samples-F1 on the
inner out-of-fold rows of the outer training part), then, with its coarse, cue and Other settings fixed, the
variant's options with every fine ratio and fine threshold, taken only when the inner objective rises; the outer
test articles score. Fine F1 counts labels as the official scorer does (score.py st25-2): per article, set F1 over
the label strings, "<N>: Other" and "Other" included; both sets empty = 1.

Variants (scripts/narr18/RULE.md):
  pother    "<N>: Other" also reported beside the named sub-narratives of a reported narrative whose best
            sub-narrative probability is under u (POTHER)
  fallback  a reported narrative with no sub-narrative over the threshold reports its best one instead of
            "<N>: Other" (mode best) or beside it (mode both) when that probability is at least v (FALLBACK)
  perco     per-narrative fine thresholds: one pass over the narratives with >= PERCO_MIN gold articles in the
            inner rows; each takes the fine threshold that maximises the inner objective if that raises it by
            >= PERCO_GAIN
  sentblend sub-narratives decoded from (1 - w) p_sub + w s_sub, s_sub the best single sentence's score under the
            sub-narrative classifier (scripts/narr18/sent_fine_cache.py, env SENT=FILE.pkl), w in SENTBLEND; the
            narratives' lift still reads p_sub
  fineC     the sub-narrative classifiers refitted with their own C (scripts/narr18/finec_cache.py, env
            FINEC=FILE.pkl); the narratives' lift reads them, so the coarse decision is rescored per C at the
            stage-1 coarse settings
  Variants join with "+" (pother+fallback: the options crossed).
Per-article rows are saved for scripts/narr16/pooled.py; a paired bootstrap against the shipped rule is printed.
Usage: python scripts/narr18/decode.py CACHE.pkl VARIANT OUT.npz"""
import dataclasses
import itertools
import os
import pickle
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr17"))
import levers as L

from spinscope.training import semeval2025 as S

TF = np.asarray(S.THRESHOLDS)
POTHER = (0.2, 0.3, 0.4, 0.5, 0.6, 1.01)
FALLBACK = tuple(itertools.product(("best", "both"), (0.0, 0.05, 0.1, 0.15, 0.2)))
SENTBLEND = (0.25, 0.5, 0.75, 1.0)
PERCO_MIN = 10
PERCO_GAIN = 0.002


def best_under(a):
    """Per row and narrative: the best sub-narrative probability and its column (-1 where it has none)."""
    n, k = a.fine.shape[0], len(a.coarse_labels)
    best, col = np.zeros((n, k)), np.full((n, k), -1)
    for j in range(k):
        cols = np.where(a.parent == j)[0]
        if len(cols):
            best[:, j] = a.fine[:, cols].max(axis=1)
            col[:, j] = cols[np.argmax(a.fine[:, cols], axis=1)]
    return best, col


def fine_rows(fa, raw, kept, thr, u=None, fb=None):
    """Fine F1 per threshold row of ``thr`` (T, n_fine: one threshold per sub-narrative column) and article.
    ``fa``: the part's arrays with the ratio-masked fine probabilities; ``raw``: best_under(fa) (the ratio mask
    keeps each narrative's best)."""
    n, k = kept.shape
    par = fa.parent
    valid = par >= 0
    under = valid[None, :] & np.where(valid[None, :], kept[:, np.maximum(par, 0)], False)
    fk = (fa.fine[None] >= thr[:, None, :]) & under[None]
    owner = np.zeros((len(par), k))
    owner[np.where(valid)[0], par[valid]] = 1.0
    has = (fk.astype(np.float64) @ owner) > 0
    po = kept[None] & ~has
    best, col = raw
    if fb is not None:
        mode, v = fb
        add = po & ((best >= v) & (col >= 0))[None]
        t_i, r_i, j_i = np.nonzero(add)
        fk[t_i, r_i, col[r_i, j_i]] = True
        if mode == "best":
            po = po & ~add
    if u is not None:
        po = po | (kept[None] & has & (best < u)[None])
    none = ~kept.any(axis=1)
    t = thr.shape[0]
    pred = np.concatenate([fk, po, np.broadcast_to(none[None, :, None], (t, n, 1))], axis=2)
    gold = fa.gold_fine[None]
    inter = (gold & pred).sum(axis=2)
    total = gold.sum(axis=2) + fa.fine_missing[None] + pred.sum(axis=2)
    return np.where(total > 0, 2 * inter / np.maximum(total, 1), 1.0)


def thr_matrix(fa, per_label, tf, label=None):
    """(T, n_fine) thresholds: the per-label ones (else tf), and, for ``label``, every value of TF (T rows)."""
    names = [fa.coarse_labels[j] if j >= 0 else None for j in fa.parent]
    base = np.array([per_label.get(nm, tf) for nm in names], dtype=np.float64)
    if label is None:
        return base[None, :]
    out = np.repeat(base[None, :], len(TF), axis=0)
    cols = np.array([nm == label for nm in names])
    out[:, cols] = TF[:, None]
    return out


def options(variant):
    parts = set(variant.split("+"))
    us = list(POTHER) if "pother" in parts else []
    fbs = list(FALLBACK) if "fallback" in parts else []
    return [(u, fb) for u in [None, *us] for fb in [None, *fbs]]


def prepare(arrays, variant, sent=None, finec=None):
    """levers.prepare with the shipped fine keys (ratio, None); with ``sent`` (sentblend) also (ratio, ("sent",
    w)): the blended sub-narrative probabilities, ratio-masked. The lift reads the unblended ones."""
    p = L.prepare(arrays, "base")
    if sent is not None and "sentblend" in variant.split("+"):
        for ratio, w in itertools.product(S.FINE_RATIO, SENTBLEND):
            blended = dataclasses.replace(p.a, fine=(1 - w) * p.a.fine + w * sent)
            p.fine[(ratio, ("sent", w))] = dataclasses.replace(p.a, fine=S._ratio_fine(blended, ratio))
    p.lifted_by = {}
    if finec is not None and "fineC" in variant.split("+"):
        for c, fine in finec.items():
            if c == 2.0:
                continue  # the shipped classifiers (checked equal to the cache by finec_cache.py)
            refit = dataclasses.replace(p.a, fine=fine)
            p.lifted_by[("C", c)] = S._lifted(refit, L.LIFT)
            for ratio in S.FINE_RATIO:
                p.fine[(ratio, ("C", c))] = dataclasses.replace(p.a, fine=S._ratio_fine(refit, ratio))
    return p


def kept_for(p, s, key=None):
    """The reported narratives under ``s``; for a fineC key, with the lift read from its refitted classifiers."""
    key = s["fine"] if key is None else key
    if key[1] is not None and key[1][0] == "C":
        return S._kept_coarse(p.a, p.lifted_by[key[1]], s["tc"], {}, s["tq"], s["oc"], s["ot"], None)
    return L.kept_of(p, s["tc"], s["tq"], s["oc"], s["ot"], None)


def choose(parts, variant):
    """(variant's choice, shipped choice): the shipped grid first (levers.choose with 'base'), then the options."""
    n = sum(len(p.lifted) for p in parts)
    (obj, shipped), _ = L.choose(parts, "base")
    s = {**shipped, "u": None, "fb": None, "per_label": {}}
    kept = [kept_for(p, s) for p in parts]
    cs = sum(float(S._row_f1(p.a.gold_coarse, p.a.coarse_missing, S._with_none(k)).sum())
             for p, k in zip(parts, kept, strict=True))
    best = (obj, s)
    keys = list(parts[0].fine)  # (ratio, None), and (ratio, ("sent", w)) for sentblend
    for key, (u, fb) in itertools.product(keys, options(variant)):
        if key[1] is None and u is None and fb is None:
            continue
        fs = np.zeros(len(TF))
        kept_key = [kept_for(p, s, key) for p in parts]
        cs_key = sum(float(S._row_f1(p.a.gold_coarse, p.a.coarse_missing, S._with_none(k)).sum())
                     for p, k in zip(parts, kept_key, strict=True))
        for p, k in zip(parts, kept_key, strict=True):
            raw = best_under(p.fine[key])
            fa = p.fine[key]
            fs += fine_rows(fa, raw, k, np.repeat(TF[:, None], fa.fine.shape[1], axis=1), u, fb).sum(axis=1)
        t = int(np.argmax(fs))
        objective = (cs_key + fs[t]) / n
        if objective > best[0] + 1e-9:
            best = (objective, {**s, "fine": key, "tf": float(TF[t]), "u": u, "fb": fb})
    if "perco" in variant.split("+"):
        c = best[1]
        kept = [kept_for(p, c) for p in parts]
        cs = sum(float(S._row_f1(p.a.gold_coarse, p.a.coarse_missing, S._with_none(k)).sum())
                 for p, k in zip(parts, kept, strict=True))
        counts = {}
        for p in parts:
            for j, lab in enumerate(p.a.coarse_labels):
                counts[lab] = counts.get(lab, 0) + int(p.a.gold_coarse[:, j].sum())
        per_label, objective = {}, best[0]
        for lab in sorted((lab for lab, m in counts.items() if m >= PERCO_MIN), key=lambda x: (-counts[x], x)):
            fs = np.zeros(len(TF))
            for p, k in zip(parts, kept, strict=True):
                fa = p.fine[c["fine"]]
                thr = thr_matrix(fa, per_label, c["tf"], lab)
                fs += fine_rows(fa, best_under(fa), k, thr, c["u"], c["fb"]).sum(axis=1)
            t = int(np.argmax(fs))
            if (cs + fs[t]) / n >= objective + PERCO_GAIN:
                per_label, objective = {**per_label, lab: float(TF[t])}, (cs + fs[t]) / n
        if per_label:
            best = (objective, {**c, "per_label": per_label})
    return best, (obj, s)


def outer_rows(p, s):
    kept = kept_for(p, s)
    c = S._row_f1(p.a.gold_coarse, p.a.coarse_missing, S._with_none(kept))
    fa = p.fine[s["fine"]]
    f = fine_rows(fa, best_under(fa), kept, thr_matrix(fa, s["per_label"], s["tf"]), s["u"], s["fb"])[0]
    return c, f


def main():
    cache, variant, out = sys.argv[1], sys.argv[2], sys.argv[3]
    data = pickle.loads(Path(cache).read_bytes())
    ids = data["ids"]
    n = len(ids)
    rows = {k: np.full(n, np.nan) for k in ("base_c", "base_f", "var_c", "var_f")}
    taken = 0
    sents = pickle.loads(Path(os.environ["SENT"]).read_bytes()) if "sentblend" in variant else None
    finecs = pickle.loads(Path(os.environ["FINEC"]).read_bytes()) if "fineC" in variant else None
    for k, fold in enumerate(data["folds"], 1):
        t0 = time.time()
        te = fold["test"]
        sent = sents[k - 1] if sents else {"inner": [None] * len(fold["inner"]), "outer": None}
        finec = finecs[k - 1] if finecs else {"inner": [None] * len(fold["inner"]), "outer": None}
        inner = [prepare(x, variant, s, c) for x, s, c in zip(fold["inner"], sent["inner"], finec["inner"],
                                                              strict=True)]
        outer = prepare(fold["outer"], variant, sent["outer"], finec["outer"])
        (objective, chosen), (shipped_obj, shipped) = choose(inner, variant)
        bc, bf = outer_rows(outer, shipped)
        vc, vf = outer_rows(outer, chosen)
        # the shipped rule through this file's decoder must equal the library's (_fine_f1)
        ref = S._fine_f1(outer.fine[shipped["fine"]], kept_for(outer, shipped), np.array([shipped["tf"]]))[0]
        assert np.allclose(ref, bf), "decoder differs from training/semeval2025.py:_fine_f1"
        taken += chosen != shipped
        rows["base_c"][te], rows["base_f"][te], rows["var_c"][te], rows["var_f"][te] = bc, bf, vc, vf
        print(f"  fold {k}: shipped {bc.mean():.4f} / {bf.mean():.4f} -> {vc.mean():.4f} / {vf.mean():.4f} inner "
              f"{shipped_obj:.4f} -> {objective:.4f} chosen {chosen} (shipped {shipped}) {time.time() - t0:.0f} s",
              flush=True)
    np.savez(out, ids=np.array(ids), **rows)
    print(f"  {variant} taken on {taken} of {len(data['folds'])} outer folds")
    for name in ("c", "f"):
        d = rows[f"var_{name}"] - rows[f"base_{name}"]
        rng = np.random.default_rng(18)
        means = d[rng.integers(0, n, size=(2000, n))].mean(axis=1)
        print(f"{cache} {variant} {name}: shipped {rows[f'base_{name}'].mean():.4f} -> "
              f"{rows[f'var_{name}'].mean():.4f} gain {d.mean():+.4f} [{np.percentile(means, 2.5):+.4f}, "
              f"{np.percentile(means, 97.5):+.4f}] P(<=0) {(means <= 0).mean():.3f}", flush=True)


if __name__ == "__main__":
    main()
