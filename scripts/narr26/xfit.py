"""Round 26 (narr26): cross-fitted second-stage choices (scripts/narr26/RULE.md) on a fold cache of the shipped
procedure (scripts/narr22/cache_n22.py OUTER ship), judged by round 17's two-stage nested choice.

Variants:
  xfit      per-narrative coarse thresholds, each taken only when the halves of the inner parts agree
  vetodom   the Other veto threshold per (predicted) domain, same cross-fit
  xfit+vetodom  both, vetodom's stage on top of xfit's (a diagnostic)
  xfitb     xfit with the halves drawn by release batch (RULE.md, addendum 1)
Saves per-article rows (base = the shipped rule, var = the variant) for scripts/narr16/pooled.py and prints per
fold and per release batch.
Usage: python scripts/narr26/xfit.py CACHE.pkl VARIANT OUT.npz"""

import pickle
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr17"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr22"))
import levers as L
from cache_n22 import batch

from spinscope.training import semeval2025 as S

MIN_ARTICLES = 10
H1, H2 = (0, 2, 4), (1, 3)


def row_domains(a):
    """'CC' or 'URW' per row: the domain of the row's in-domain columns (the domain classifier's decision)."""
    cc = np.array([lab.startswith("CC") for lab in a.coarse_labels], dtype=bool)
    if not len(cc):
        return np.full(a.in_domain.shape[0], "URW")
    return np.where((a.in_domain & cc[None, :]).any(axis=1), "CC", "URW")


def kept_of(p, s, per_label, veto):
    """Reported narratives: the shipped decision with per-narrative thresholds ``per_label`` and, when ``veto``
    ({domain: threshold or None}) is given, the Other veto's threshold per domain instead of one."""
    a = p.a
    if veto is None:
        return S._kept_coarse(a, p.lifted, s["tc"], per_label, s["tq"], s["oc"], s["ot"], None)
    kept = S._kept_coarse(a, p.lifted, s["tc"], per_label, s["tq"], None, None, None)
    dom = row_domains(a)
    for d, t in veto.items():
        if t is not None:
            kept[(dom == d) & (a.other[s["oc"]] >= t)] = False
    return kept


def rows_of(p, s, per_label=None, veto=None):
    kept = kept_of(p, s, per_label or {}, veto)
    c = S._row_f1(p.a.gold_coarse, p.a.coarse_missing, S._with_none(kept))
    f = S._fine_f1(p.fine[s["fine"]], kept, np.array([s["tf"]]))[0]
    return c, f


def objective(parts, s, per_label, veto):
    """Mean coarse + fine samples-F1 over ``parts``: parts, or (part, row mask) pairs."""
    total, n = 0.0, 0
    for p in parts:
        p, mask = p if isinstance(p, tuple) else (p, None)
        c, f = rows_of(p, s, per_label, veto)
        if mask is not None:
            c, f = c[mask], f[mask]
        total += float(c.sum() + f.sum())
        n += len(c)
    return total / max(n, 1)


def best_value(parts, values, current, score):
    """The value of ``values`` with the highest ``score`` on ``parts``; ``current`` unless one beats it."""
    base = score(parts, current)
    best, best_obj = current, base
    for v in values:
        o = score(parts, v)
        if o > best_obj + 1e-9:
            best, best_obj = v, o
    return best


def part_halves(parts):
    """RULE.md's halves A: inner parts 1, 3, 5 and 2, 4."""
    return [parts[i] for i in H1 if i < len(parts)], [parts[i] for i in H2 if i < len(parts)]


def batch_halves(parts, row_batches):
    """RULE.md addendum 1: the rows of the batches present, sorted by name, alternately in H1 and H2."""
    present = sorted({b for rb in row_batches for b in rb})
    first = set(present[0::2])
    h1 = [(p, np.array([b in first for b in rb])) for p, rb in zip(parts, row_batches, strict=True)]
    h2 = [(p, ~m) for p, m in h1]
    return h1, h2


def cross_fit(parts, values, current, score, halves=None):
    """(value, taken): the cross-fitted choice of RULE.md."""
    h1, h2 = halves if halves is not None else part_halves(parts)
    t1 = best_value(h1, values, current, score)
    t2 = best_value(h2, values, current, score)
    t_all = best_value(parts, values, current, score)
    g2 = score(h2, t1) - score(h2, current)
    g1 = score(h1, t2) - score(h1, current)
    taken = t_all != current and g1 >= -1e-9 and g2 >= -1e-9 and (g1 > 1e-9 or g2 > 1e-9)
    return (t_all if taken else current), taken


def choose_xfit(parts, s, counts, halves=None):
    per_label = {}
    labels = sorted((lab for lab, c in counts.items() if c >= MIN_ARTICLES), key=lambda lab: (-counts[lab], lab))
    for lab in labels:
        def score(ps, t, lab=lab):
            return objective(ps, s, {**per_label, lab: t}, None)

        t, taken = cross_fit(parts, S.THRESHOLDS, s["tc"], score, halves)
        if taken:
            per_label[lab] = t
    return per_label


def choose_veto(parts, s, per_label):
    if s["oc"] is None or s["ot"] is None:
        return None
    veto = {"URW": s["ot"], "CC": s["ot"]}
    for d in ("URW", "CC"):
        def score(ps, t, d=d):
            return objective(ps, s, per_label, {**veto, d: t})

        veto[d], _ = cross_fit(parts, S.OTHER_THRESHOLDS, veto[d], score)
    return None if veto == {"URW": s["ot"], "CC": s["ot"]} else veto


def main():
    cache, variant, out = sys.argv[1], sys.argv[2], sys.argv[3]
    assert variant in ("xfit", "vetodom", "xfit+vetodom", "xfitb")
    data = pickle.loads(Path(cache).read_bytes())
    ids = data["ids"]
    arts_all, _ = S.load_task(Path("/work/shared/data"))
    gold = [set(arts_all[i].narratives) for i in ids]
    n = len(ids)
    rows = {k: np.full(n, np.nan) for k in ("base_c", "base_f", "var_c", "var_f")}
    for k, fold in enumerate(data["folds"], 1):
        t0 = time.time()
        tr, te = fold["train"], fold["test"]
        inner = [L.prepare(x, "base") for x in fold["inner"]]
        outer = L.prepare(fold["outer"], "base")
        _, (_, s) = L.choose(inner, "base")
        counts = defaultdict(int)
        for i in tr:
            for lab in gold[i] - {"Other"}:
                counts[lab] += 1
        halves = None
        if variant == "xfitb":
            splits = S._folds([ids[i] for i in tr])
            assert len(splits) == len(inner)
            halves = batch_halves(inner, [[batch(ids[i]) for i in tr[ite]] for _, ite in splits])
        per_label = choose_xfit(inner, s, counts, halves) if "xfit" in variant else {}
        veto = choose_veto(inner, s, per_label) if "vetodom" in variant else None
        bc, bf = rows_of(outer, s)
        vc, vf = rows_of(outer, s, per_label, veto)
        rows["base_c"][te], rows["base_f"][te], rows["var_c"][te], rows["var_f"][te] = bc, bf, vc, vf
        groups = "+".join(sorted({batch(ids[i]) for i in te}))
        print(f"  fold {k} ({groups}, {len(te)}): shipped {bc.mean():.4f} / {bf.mean():.4f} -> {vc.mean():.4f} / "
              f"{vf.mean():.4f}; shipped choice tc {s['tc']} tq {s['tq']} other {s['oc']}@{s['ot']}; per-label "
              f"{per_label}; veto {veto}; {time.time() - t0:.0f} s", flush=True)
    np.savez(out, ids=np.array(ids), **rows)
    by = defaultdict(list)
    for i, a in enumerate(ids):
        by[batch(a)].append(i)
    for g, idx in sorted(by.items()):
        idx = np.array(idx)
        print(f"  {g}: {len(idx)} shipped {rows['base_c'][idx].mean():.4f} / {rows['base_f'][idx].mean():.4f} -> "
              f"{rows['var_c'][idx].mean():.4f} / {rows['var_f'][idx].mean():.4f}")
    for name in ("c", "f"):
        d = rows[f"var_{name}"] - rows[f"base_{name}"]
        rng = np.random.default_rng(26)
        means = d[rng.integers(0, n, size=(2000, n))].mean(axis=1)
        print(f"{cache} {variant} {name}: shipped {rows[f'base_{name}'].mean():.4f} -> "
              f"{rows[f'var_{name}'].mean():.4f} gain {d.mean():+.4f} [{np.percentile(means, 2.5):+.4f}, "
              f"{np.percentile(means, 97.5):+.4f}] P(<=0) {(means <= 0).mean():.3f}", flush=True)


if __name__ == "__main__":
    main()
