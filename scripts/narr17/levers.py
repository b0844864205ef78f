"""Round 17 (narr17): an Other-veto override and sub-narrative decoding given the narrative, each offered to the
inner CV of a fully nested run beside the shipped rule, on round 16's fold caches (scripts/narr16/cache.py; the
English classifiers are not refitted). The inner out-of-fold rows of each outer training part choose (objective
coarse + fine samples-F1) in two stages: the shipped grid (coarse, fine and cue thresholds, Other C and threshold,
fine ratio; lift 1.5), then, its coarse, cue and Other settings fixed, the variant's override or fine decoding
(with every fine ratio and threshold), kept only when the inner objective rises; the outer test articles score.
(`top` was measured before the switch to two stages, with its options crossed with the whole grid.) Per-article
rows are saved for scripts/narr16/pooled.py; a paired bootstrap against the shipped rule is printed per partition.

Variants:
  cueover  a vetoed article is rescued when one of its cued narratives reaches s (lifted probability, s in
           CUE_OVER); mode "cued": only its cued narratives at or over s are reported; mode "all": it gets the
           decision it would have had without the veto
  keep     the veto is lifted when the article's best narrative (lifted) reaches s (KEEP; the code's other_keep,
           now with the lift fixed at 1.5 and the fine ratio in the grid)
  top      at most k sub-narratives per reported narrative (k in TOPK), crossed with the fine ratio grid
  cond     a sub-narrative also needs p_sub >= r * p_narrative (the narrative classifier's raw probability; r in
           COND), crossed with the fine ratio grid
  blend    sub-narratives decoded from (1 - w) p_sub + w P(sub | narrative) (w in BLEND; the conditional
           classifiers of scripts/narr17/cond_cache.py, env COND=FILE.pkl), crossed with the fine ratio grid; the
           lift still reads p_sub
  sentover a vetoed article is rescued when an in-domain narrative's best sentence, scored on its own by the
           narrative classifier (scripts/narr17/sent_cache.py, env SENT=FILE.pkl), reaches s (SENT_OVER); mode
           "sent": only those narratives are reported; mode "sentall": the decision it would have had without the
           veto, plus those
  sentq    sentover calibrated per fold: s is the q-quantile (SENT_Q) of the same classifiers' best sentence score
           (max over narratives) on 50 random training articles of the split (sent_cache.py with REF=50); modes
           "sentq" (only those narratives) and "sentqall"; env SENT_Q=0.5,0.6,... another grid
  smooth   the shipped grid, but the inner CV picks the setting whose inner objective averaged over its neighbours
           (coarse threshold, Other threshold within the same Other C, fine threshold: +-1 step each) is highest
  Variants join with "+" (cueover+top).
Usage: python scripts/narr17/levers.py CACHE.pkl VARIANT OUT.npz"""
import dataclasses
import itertools
import os
import pickle
import sys
import time
from pathlib import Path

import numpy as np

from spinscope.training import semeval2025 as S

TF = np.asarray(S.THRESHOLDS)
LIFT = 1.5
CUE_OVER = (0.4, 0.5, 0.6)
KEEP = (0.6, 0.7, 0.8, 0.9)
TOPK = (1, 2)
COND = (0.5, 0.75, 1.0)
BLEND = (0.25, 0.5, 1.0)
SENT_OVER = (0.8, 0.85, 0.9, 0.95)
SENT_Q = tuple(float(q) for q in os.environ.get("SENT_Q", "0.8,0.9,0.95,0.98").split(","))


@dataclasses.dataclass
class Part:
    """One part's arrays, lifted probabilities and fine arrays per fine decoding."""

    a: S._FoldArrays
    lifted: np.ndarray
    fine: dict  # (ratio, decoding) -> _FoldArrays with the masked fine probabilities
    sent: np.ndarray | None = None  # best sentence score per row and narrative
    ref: np.ndarray | None = None  # best sentence score (max over narratives) of reference training articles


def top_mask(a, fine, k):
    """``fine`` with all but the k most probable sub-narratives of each narrative set to 0."""
    out = fine.copy()
    for j in range(len(a.coarse_labels)):
        cols = np.where(a.parent == j)[0]
        if len(cols) <= k:
            continue
        block = fine[:, cols]
        rank = np.argsort(np.argsort(-block, axis=1, kind="stable"), axis=1)
        out[:, cols] = np.where(rank < k, block, 0.0)
    return out


def cond_mask(a, fine, r):
    """``fine`` with sub-narratives under r times their narrative's raw probability set to 0."""
    par = np.where(a.parent[None, :] >= 0, a.coarse[:, np.maximum(a.parent, 0)], 1.0)
    return np.where(fine >= r * par, fine, 0.0)


def decodings(variant):
    parts = set(variant.split("+"))
    out = [None]
    if "top" in parts:
        out += [("top", k) for k in TOPK]
    if "cond" in parts:
        out += [("cond", r) for r in COND]
    if "blend" in parts:
        out += [("blend", w) for w in BLEND]
    return out


def prepare(arrays, variant, pcond=None, sent=None):
    a = arrays[0]
    fine = {}
    for ratio, dec in itertools.product(S.FINE_RATIO, decodings(variant)):
        if dec is not None and dec[0] == "blend":
            f = S._ratio_fine(dataclasses.replace(a, fine=(1 - dec[1]) * a.fine + dec[1] * pcond), ratio)
        else:
            f = S._ratio_fine(a, ratio)
        if dec is not None and dec[0] in ("top", "cond"):
            f = top_mask(a, f, dec[1]) if dec[0] == "top" else cond_mask(a, f, dec[1])
        fine[(ratio, dec)] = dataclasses.replace(a, fine=f)
    return Part(a, S._lifted(a, LIFT), fine, None if sent is None else sent[0],
                None if sent is None or len(sent) < 3 else sent[2].max(axis=1))


def overrides(variant):
    parts = set(variant.split("+"))
    out = [None]
    if "cueover" in parts:
        out += [("cued", s) for s in CUE_OVER] + [("all", s) for s in CUE_OVER]
    if "keep" in parts:
        out += [("keep", s) for s in KEEP]
    if "sentq" in parts:
        out += [("sentq", q) for q in SENT_Q] + [("sentqall", q) for q in SENT_Q]
    if "sentover" in parts:
        out += [("sent", s) for s in SENT_OVER] + [("sentall", s) for s in SENT_OVER]
    return out


def kept_of(p, tc, tq, oc, ot, over):
    a, lifted = p.a, p.lifted
    if over is not None and over[0] == "keep":
        return S._kept_coarse(a, lifted, tc, {}, tq, oc, ot, over[1])
    kept = S._kept_coarse(a, lifted, tc, {}, tq, oc, ot, None)
    if over is None or oc is None or ot is None:
        return kept
    vetoed = a.other[oc] >= ot
    if over[0] in ("sent", "sentall"):
        strong = a.in_domain & (p.sent >= over[1])
    elif over[0] in ("sentq", "sentqall"):
        strong = a.in_domain & (p.sent >= np.quantile(p.ref, over[1]))
    else:
        strong = a.cued & a.in_domain & (lifted >= over[1])
    rescued = vetoed & strong.any(axis=1)
    if over[0] in ("cued", "sent", "sentq"):
        kept[rescued] = strong[rescued]
    else:
        free = S._kept_coarse(a, lifted, tc, {}, tq, None, None, None)
        kept[rescued] = free[rescued] | strong[rescued]
    return kept


def settings(variant):
    others = [(None, None)] + [(c, t) for c in S.OTHER_C for t in S.OTHER_THRESHOLDS if t is not None]
    out = []
    for over in overrides(variant):
        for tc, tq, (oc, ot) in itertools.product(S.THRESHOLDS, S.CUE_THRESHOLDS, others):
            if over is not None and (oc is None or ot is None):
                continue
            out.append((tc, tq, oc, ot, over))
    return out


def scored(parts, keys, tc, tq, oc, ot, over):
    """Coarse F1 summed over the parts' rows, and fine F1 summed per (fine key, fine threshold)."""
    cs, fs = 0.0, np.zeros((len(keys), len(TF)))
    for p in parts:
        kept = kept_of(p, tc, tq, oc, ot, over)
        cs += float(S._row_f1(p.a.gold_coarse, p.a.coarse_missing, S._with_none(kept)).sum())
        for i, key in enumerate(keys):
            fs[i] += S._fine_f1(p.fine[key], kept, TF).sum(axis=1)
    return cs, fs


def choose(parts, variant):
    """Two stages: the shipped grid's best setting by the inner objective (ties keep the earlier); then, with its
    coarse, cue and Other settings fixed, the variant's overrides and fine decodings (every fine ratio and
    threshold with each), taken only when the inner objective rises. Returns (variant's choice, shipped choice)."""
    n = sum(len(p.lifted) for p in parts)
    base_keys = [key for key in parts[0].fine if key[1] is None]
    shipped = None
    for tc, tq, oc, ot, over in settings("base"):
        cs, fs = scored(parts, base_keys, tc, tq, oc, ot, over)
        i, t = np.unravel_index(int(np.argmax(fs)), fs.shape)
        objective = (cs + fs[i, t]) / n
        if shipped is None or objective > shipped[0] + 1e-9:
            shipped = (objective, {"tc": tc, "tq": tq, "oc": oc, "ot": ot, "over": None, "fine": base_keys[i],
                                   "tf": float(TF[t])})
    best = shipped
    s = shipped[1]
    keys = sorted((key for key in parts[0].fine if key[1] in decodings(variant)), key=lambda k: k[1] is not None)
    for over in overrides(variant):
        if over is not None and (s["oc"] is None or s["ot"] is None):
            continue
        cs, fs = scored(parts, keys, s["tc"], s["tq"], s["oc"], s["ot"], over)
        i, t = np.unravel_index(int(np.argmax(fs)), fs.shape)
        objective = (cs + fs[i, t]) / n
        if objective > best[0] + 1e-9:
            best = (objective, {**s, "over": over, "fine": keys[i], "tf": float(TF[t])})
    return best, shipped


def _smooth(values, axis, groups):
    """``values`` averaged over each cell's neighbours (+-1) along ``axis`` within the same group."""
    out = np.zeros_like(values)
    size = values.shape[axis]
    for i in range(size):
        near = [j for j in (i - 1, i, i + 1) if 0 <= j < size and groups[j] == groups[i]]
        idx = [slice(None)] * values.ndim
        idx[axis] = i
        out[tuple(idx)] = np.take(values, near, axis=axis).mean(axis=axis)
    return out


def choose_smooth(parts):
    """`smooth`: (the smoothed choice, the shipped choice)."""
    n = sum(len(p.lifted) for p in parts)
    keys = [key for key in parts[0].fine if key[1] is None]
    grid = settings("base")
    obj = np.zeros((len(grid), len(keys), len(TF)))
    for g, (tc, tq, oc, ot, over) in enumerate(grid):
        cs, fs = scored(parts, keys, tc, tq, oc, ot, over)
        obj[g] = (cs + fs) / n
    flat = obj.reshape(-1)
    shipped_at = np.unravel_index(int(np.argmax(flat)), obj.shape)
    others = [(None, None)] + [(c, t) for c in S.OTHER_C for t in S.OTHER_THRESHOLDS if t is not None]
    cube = obj.reshape(len(S.THRESHOLDS), len(S.CUE_THRESHOLDS), len(others), len(keys), len(TF))
    cube = _smooth(cube, 0, [0] * len(S.THRESHOLDS))
    cube = _smooth(cube, 2, [c for c, _ in others])
    cube = _smooth(cube, 4, [0] * len(TF))
    smooth_at = np.unravel_index(int(np.argmax(cube.reshape(obj.shape))), obj.shape)

    def as_choice(at):
        tc, tq, oc, ot, _ = grid[at[0]]
        return (float(obj[at]), {"tc": tc, "tq": tq, "oc": oc, "ot": ot, "over": None, "fine": keys[at[1]],
                                 "tf": float(TF[at[2]])})

    return as_choice(smooth_at), as_choice(shipped_at)


def outer_rows(p, s):
    kept = kept_of(p, s["tc"], s["tq"], s["oc"], s["ot"], s["over"])
    c = S._row_f1(p.a.gold_coarse, p.a.coarse_missing, S._with_none(kept))
    f = S._fine_f1(p.fine[s["fine"]], kept, np.array([s["tf"]]))[0]
    return c, f


def main():
    cache, variant, out = sys.argv[1], sys.argv[2], sys.argv[3]
    data = pickle.loads(Path(cache).read_bytes())
    ids = data["ids"]
    n = len(ids)
    rows = {k: np.full(n, np.nan) for k in ("base_c", "base_f", "var_c", "var_f")}
    taken = 0
    conds = pickle.loads(Path(os.environ["COND"]).read_bytes()) if "blend" in variant else None
    uses_sent = "sentover" in variant or "sentq" in variant
    sents = pickle.loads(Path(os.environ["SENT"]).read_bytes()) if uses_sent else None
    for k, fold in enumerate(data["folds"], 1):
        t0 = time.time()
        te = fold["test"]
        cond = conds[k - 1] if conds else {"inner": [None] * len(fold["inner"]), "outer": None}
        sent = sents[k - 1] if sents else {"inner": [None] * len(fold["inner"]), "outer": None}
        inner = [prepare(x, variant, pc, ps) for x, pc, ps in zip(fold["inner"], cond["inner"], sent["inner"],
                                                                  strict=True)]
        outer = prepare(fold["outer"], variant, cond["outer"], sent["outer"])
        pick = choose_smooth if variant == "smooth" else (lambda parts: choose(parts, variant))
        (objective, chosen), (shipped_obj, shipped) = pick(inner)
        bc, bf = outer_rows(outer, shipped)
        vc, vf = outer_rows(outer, chosen)
        taken += chosen != shipped
        rows["base_c"][te], rows["base_f"][te], rows["var_c"][te], rows["var_f"][te] = bc, bf, vc, vf
        print(f"  fold {k}: shipped {bc.mean():.4f} / {bf.mean():.4f} -> {vc.mean():.4f} / {vf.mean():.4f} inner "
              f"{shipped_obj:.4f} -> {objective:.4f} chosen {chosen} (shipped {shipped}) {time.time() - t0:.0f} s",
              flush=True)
    np.savez(out, ids=np.array(ids), **rows)
    print(f"  {variant} taken on {taken} of {len(data['folds'])} outer folds")
    for name in ("c", "f"):
        d = rows[f"var_{name}"] - rows[f"base_{name}"]
        rng = np.random.default_rng(17)
        means = d[rng.integers(0, n, size=(2000, n))].mean(axis=1)
        print(f"{cache} {variant} {name}: shipped {rows[f'base_{name}'].mean():.4f} -> "
              f"{rows[f'var_{name}'].mean():.4f} gain {d.mean():+.4f} [{np.percentile(means, 2.5):+.4f}, "
              f"{np.percentile(means, 97.5):+.4f}] P(<=0) {(means <= 0).mean():.3f}", flush=True)


if __name__ == "__main__":
    main()
