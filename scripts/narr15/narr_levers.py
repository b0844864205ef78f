"""Round 15 (narr15): decision levers not tried in rounds 5-14, each offered to the inner CV of a fully nested run
beside the shipped rule, on the fold caches of scripts/narr14/cache_folds.py (the classifiers are not refitted).
Every choice is made on the inner out-of-fold rows of the outer training part (objective coarse + fine samples-F1)
and scored on the outer test articles; a paired bootstrap over the outer test articles compares each variant with
the shipped rule.

Variants (each grid holds the shipped rule's settings, so the inner CV can keep it):
  base      the shipped rule: coarse, fine and cue thresholds, Other C and threshold (lift 1.5)
  dom       the whole rule chosen separately for the articles whose predicted domain is URW and those it is CC
            (the domain decided first, then a rule per domain)
  perlabel  per-narrative coarse thresholds over the chosen global rule: greedily, narratives with at least
            MIN_POS articles in the outer training part get the threshold of the best inner objective when it gains
            at least MIN_GAIN per article (the code's PER_LABEL_THRESHOLDS procedure, now nested)
  pair      label co-occurrence: once a narrative is reported, a further narrative j is added when its probability
            is at least t_pair and P(j | a reported narrative) in the training gold is at least c (cross-fitted:
            each inner part's co-occurrence comes from the other inner parts)
  relfine   a sub-narrative is reported only when its probability is also at least r times the best of its
            narrative's (r 0.3-0.7; 0 is the shipped rule)
  relcoarse a narrative is reported only when its (lifted) probability is also at least r times the row's best
            (r 0.3-0.7)
  rel       relfine and relcoarse together (their grids crossed)
Usage: python scripts/narr15/narr_levers.py CACHE.pkl VARIANT... (env BOOT=N bootstrap draws, default 2000)"""
import itertools
import os
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr14"))
import narr_gate as G

from spinscope.training import semeval2025 as S

TF = np.asarray(S.THRESHOLDS)
PAIR_T = (0.2, 0.3, 0.4, 0.5)
PAIR_C = (0.3, 0.5)
RATIOS = (0.3, 0.5, 0.7)
MIN_POS = 10
MIN_GAIN = 0.005


def cooccurrence(parts):
    """P(j | i) over the gold narratives of ``parts``'s rows, keyed by label names: {(i, j): rate}."""
    counts, pairs = {}, {}
    for p in parts:
        names = p.a.coarse_labels
        gold = p.a.gold_coarse[:, : len(names)]
        for row in gold:
            on = [names[k] for k in np.where(row)[0]]
            for i in on:
                counts[i] = counts.get(i, 0) + 1
                for j in on:
                    if j != i:
                        pairs[(i, j)] = pairs.get((i, j), 0) + 1
    return {k: v / counts[k[0]] for k, v in pairs.items()}


def pair_matrix(part, rates):
    """The part's co-occurrence matrix in its own column order (rows i, columns j)."""
    names = part.a.coarse_labels
    return np.array([[rates.get((i, j), 0.0) for j in names] for i in names]).reshape(len(names), len(names))


def kept_of(part, s):
    """Reported narratives per row under setting ``s`` (the shipped decision, then per-label thresholds and
    co-occurrence additions)."""
    a, lifted = part.a, part.lifted
    kept = S._kept_coarse(a, lifted, s["tc"], s.get("pl") or {}, s["tq"], s["oc"], s["ot"], None)
    if s.get("cratio"):
        best = np.where(a.in_domain, lifted, 0.0).max(axis=1, keepdims=True)
        kept &= lifted >= s["cratio"] * best
    if s.get("pair_t") is not None:
        allowed = ~((a.other[s["oc"]] >= s["ot"]) if s["oc"] is not None and s["ot"] is not None
                    else np.zeros(len(lifted), dtype=bool))
        linked = (kept.astype(float) @ (part.pair >= s["pair_c"]).astype(float)) > 0
        kept = kept | (allowed[:, None] & linked & a.in_domain & (lifted >= s["pair_t"]))
    return kept


def fine_rows(a, kept, ratio):
    """Per fine threshold (rows of TF) and article, fine F1 as S._fine_f1, with sub-narratives also required to
    reach ``ratio`` times the best of their narrative's."""
    if not ratio:
        return S._fine_f1(a, kept, TF)
    saved = a.fine
    a.fine = ratio_masked(a, ratio)
    try:
        return S._fine_f1(a, kept, TF)
    finally:
        a.fine = saved


def ratio_masked(a, ratio):
    """The fine probabilities with those under ``ratio`` times the best of their narrative's set to 0."""
    k = len(a.coarse_labels)
    best = np.zeros((a.fine.shape[0], k))
    for j in range(k):
        cols = a.parent == j
        if cols.any():
            best[:, j] = a.fine[:, cols].max(axis=1)
    par_best = np.where(a.parent[None, :] >= 0, best[:, np.maximum(a.parent, 0)], 0.0)
    return np.where(a.fine >= ratio * par_best, a.fine, 0.0)


def named_subs(part, s):
    """Sub-narratives named (not "<narrative>: Other") on the part's rows under ``s``: reported, correct, gold."""
    a = part.a
    kept = kept_of(part, s)
    fine = ratio_masked(a, s["ratio"]) if s.get("ratio") else a.fine
    under = (a.parent >= 0)[None, :] & np.where(a.parent[None, :] >= 0, kept[:, np.maximum(a.parent, 0)], False)
    said = (fine >= TF[s["tf"]]) & under
    nf = a.fine.shape[1]
    gold = int(a.gold_fine[:, :nf].sum() + a.fine_missing.sum())
    return int(said.sum()), int((said & a.gold_fine[:, :nf]).sum()), gold


def rows(part, s):
    """(coarse F1 per row, fine F1 per fine threshold and row) of setting ``s``."""
    kept = kept_of(part, s)
    return (S._row_f1(part.a.gold_coarse, part.a.coarse_missing, S._with_none(kept)),
            fine_rows(part.a, kept, s.get("ratio")))


def base_settings():
    others = [(None, None)] + [(c, t) for c in G.OTHER_KEYS for t in S.OTHER_THRESHOLDS if t is not None]
    return [{"tc": tc, "tq": tq, "oc": oc, "ot": ot}
            for tc, tq, (oc, ot) in itertools.product(S.THRESHOLDS, S.CUE_THRESHOLDS, others)]


def grid(variant):
    out = base_settings()
    if variant == "pair":
        out += [{**s, "pair_t": t, "pair_c": c} for s in base_settings() for t, c in itertools.product(PAIR_T, PAIR_C)
                if t < s["tc"]]
    if variant in ("relfine", "rel"):
        out += [{**s, "ratio": r} for s in base_settings() for r in RATIOS]
    if variant in ("relcoarse", "rel"):
        out += [{**s, "cratio": r} for s in base_settings() for r in RATIOS]
    if variant == "rel":
        out += [{**s, "ratio": r, "cratio": q} for s in base_settings() for r in RATIOS for q in RATIOS]
    return out


def choose(inner, settings, masks=None):
    """The best setting (with its fine threshold) on the inner rows selected by ``masks`` (all rows by default)."""
    masks = masks or [np.ones(len(p.lifted), dtype=bool) for p in inner]
    n = sum(int(m.sum()) for m in masks)
    best = None
    for s in settings:
        cs, fs = 0.0, np.zeros(len(TF))
        for p, m in zip(inner, masks, strict=True):
            c, f = rows(p, s)
            cs += float(c[m].sum())
            fs += f[:, m].sum(axis=1)
        t = int(np.argmax(fs))
        objective = (cs + fs[t]) / max(n, 1)
        if best is None or objective > best[0] + 1e-9:
            best = (objective, {**s, "tf": t})
    return best


def per_label(inner, chosen, n_min=MIN_POS, gain=MIN_GAIN):
    """The code's greedy per-narrative thresholds, on the inner rows, over the chosen global setting."""
    counts = {}
    for p in inner:
        for j, name in enumerate(p.a.coarse_labels):
            counts[name] = counts.get(name, 0) + int(p.a.gold_coarse[:, j].sum())
    objective, s = choose(inner, [chosen])
    for name in sorted(n for n, c in counts.items() if c >= n_min):
        trials = [{**s, "pl": {**(s.get("pl") or {}), name: t}} for t in S.THRESHOLDS]
        found = choose(inner, trials)
        if found[0] >= objective + gain:
            objective, s = found
    return objective, s


def outer_rows(outer, s):
    c, f = rows(outer, s)
    return c, f[s["tf"]]


def run(cache, variant):
    """Nested figures of ``variant``, per outer fold, with the outer rows of it and of the shipped rule."""
    folds = pickle.loads(Path(cache).read_bytes())["folds"]
    G.OTHER_KEYS[:] = list(folds[0]["outer"][0].other)
    out_c, out_f, notes, subs = [], [], [], np.zeros(3, dtype=int)
    for fold in folds:
        inner = [G.part_of(x) for x in fold["inner"]]
        outer = G.part_of(fold["outer"])
        if variant == "pair":
            for k, p in enumerate(inner):
                p.pair = pair_matrix(p, cooccurrence([q for j, q in enumerate(inner) if j != k]))
            outer.pair = pair_matrix(outer, cooccurrence(inner))
        if variant == "dom":
            settings = base_settings()
            per = {}
            for name, flag in (("urw", True), ("cc", False)):
                per[name] = choose(inner, settings, [p.urw == flag for p in inner])[1]
            cu, fu = outer_rows(outer, per["urw"])
            cc, fc = outer_rows(outer, per["cc"])
            c, f = np.where(outer.urw, cu, cc), np.where(outer.urw, fu, fc)
            chosen = per
            for name, flag in (("urw", True), ("cc", False)):
                sub_part = G.Part(_rows_of(outer.a, outer.urw == flag), outer.lifted[outer.urw == flag],
                                  outer.urw[outer.urw == flag], {}, {})
                subs += named_subs(sub_part, per[name])
        else:
            s = choose(inner, grid(variant))[1]
            if variant == "perlabel":
                s = per_label(inner, s)[1]
            c, f = outer_rows(outer, s)
            chosen = s
            subs += named_subs(outer, s)
        out_c.append(c)
        out_f.append(f)
        notes.append(f"    fold {len(notes) + 1}: {c.mean():.4f} / {f.mean():.4f} (n {len(c)}) {_short(chosen)}")
    p = subs[1] / max(subs[0], 1)
    r = subs[1] / max(subs[2], 1)
    notes.append(f"    named sub-narratives: {subs[0]} reported, precision {p:.3f}, recall {r:.3f}")
    return out_c, out_f, notes


def _rows_of(a, mask):
    """The arrays of ``a`` restricted to the rows of ``mask``."""
    import dataclasses

    return dataclasses.replace(a, **{f: getattr(a, f)[mask] for f in ("in_domain", "cued", "coarse", "fine",
                                                                        "gold_coarse", "gold_fine", "coarse_missing",
                                                                        "fine_missing")},
                               other={k: v[mask] for k, v in a.other.items()})


def _short(chosen):
    if "urw" in chosen:
        return {k: _short(v) for k, v in chosen.items()}
    return {k: (S.THRESHOLDS[v] if k == "tf" else v) for k, v in chosen.items() if v is not None and v != {}}


def bootstrap(base, other, draws, seed=15):
    """Mean difference (other - base) with a 95% interval and the share of draws at or under 0, resampling the
    outer test articles with their pairing kept."""
    d = other - base
    rng = np.random.default_rng(seed)
    means = d[rng.integers(0, len(d), size=(draws, len(d)))].mean(axis=1)
    return d.mean(), np.percentile(means, 2.5), np.percentile(means, 97.5), float((means <= 0).mean())


def main():
    cache = sys.argv[1]
    draws = int(os.environ.get("BOOT", "2000"))
    bc, bf, notes = run(cache, "base")
    results = {"base": (bc, bf, notes)}
    for v in sys.argv[2:]:
        results[v] = run(cache, v)
    for v, (c, f, notes) in results.items():
        per_fold = [(x.mean(), y.mean()) for x, y in zip(c, f, strict=True)]
        spread = np.std([p[0] for p in per_fold]), np.std([p[1] for p in per_fold])
        cc, ff = np.concatenate(c), np.concatenate(f)
        line = f"{cache} {v}: {cc.mean():.4f} / {ff.mean():.4f} (fold sd {spread[0]:.3f} / {spread[1]:.3f})"
        if v != "base":
            dc = bootstrap(np.concatenate(bc), cc, draws)
            df = bootstrap(np.concatenate(bf), ff, draws)
            line += (f"; vs base coarse {dc[0]:+.4f} [{dc[1]:+.4f}, {dc[2]:+.4f}] P(<=0) {dc[3]:.2f},"
                     f" fine {df[0]:+.4f} [{df[1]:+.4f}, {df[2]:+.4f}] P(<=0) {df[3]:.2f}")
        print(line)
        print("\n".join(notes), flush=True)


if __name__ == "__main__":
    main()
