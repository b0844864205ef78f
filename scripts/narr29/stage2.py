"""Round 29 (narr29), RULE.md: `stage2`, a second-stage logistic regression over the out-of-fold logit of the
shipped Other classifier's P(Other) and the technique tagger's features (scripts/narr29/tech_features.py), offered
to main's one-stage grid after main's Other settings (the shipped classifiers, then round 26's dense ones; ties keep
main's), on a fold cache of the shipped procedure (scripts/narr22/cache_n22.py OUTER ship; the MiniLM sentence
cache at $EMBED_CACHE). The shipped rule is main's procedure (as scripts/narr28/layers.py's base).
Cross-fitting: an inner part's stage 2 is fitted on the other inner parts' out-of-fold rows; the outer test part's
on all inner parts' rows pooled. Per-article rows (base, var) are saved for scripts/narr16/pooled.py.
Env ONLY=T2 (a diagnostic added after the figures, decides nothing): the variant's grid holds the ("T2", C) keys
alone (main's Other settings not offered).
Env GRID (round 30, scripts/narr30/RULE.md): the variant's Other keys are "swap" main's with each shipped C k replaced
in place by ("T2", k) (the dense ones kept after them), or "t2c3" ("T2", 3) alone; a comma-separated list
("swap,t2c3") scores each against one base choice per fold and saves OUT with "_GRID" before ".npz" per grid.
Usage: python scripts/narr29/stage2.py CACHE.pkl TECH.npz OUT.npz"""

import dataclasses
import os
import pickle
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr17"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr22"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr26"))
import levers as L
from cache_n22 import batch
from otherdense import DENSE_C, dense_other

from spinscope.training import semeval2025 as S

DATA = Path("/work/shared/data")
SHIPPED_C = S.OTHER_C
MAIN_C = (*SHIPPED_C, *(("d", c) for c in DENSE_C))
#: variant -> (number of technique columns used after the logit, stage-2 C), RULE.md
VARIANTS = {"T2": (1, 1.0), "T25": (24, 0.1)}
STAGE2_C = tuple((v, c) for v in VARIANTS for c in SHIPPED_C)
ONLY = os.environ.get("ONLY")
GRID = os.environ.get("GRID")


def variant_keys(grid=GRID):
    """The Other keys offered to the variant's grid (ONLY, GRID or round 29's stage2)."""
    if grid == "swap":
        return (*(("T2", c) for c in SHIPPED_C), *MAIN_C[len(SHIPPED_C):])
    if grid == "t2c3":
        return (("T2", 3.0),)
    if grid is not None:
        raise SystemExit(f"GRID must be swap or t2c3, not {grid!r}")
    return tuple(k for k in STAGE2_C if k[0] == ONLY) if ONLY else (*MAIN_C, *STAGE2_C)


def stage2_rows(p, tech, variant):
    """[logit(P), technique columns] of the variant."""
    q = np.clip(np.asarray(p, dtype=np.float64), 1e-6, 1 - 1e-6)
    return np.column_stack([np.log(q / (1 - q)), tech[:, :VARIANTS[variant][0]]])


def stage2_fit_apply(x_tr, y_tr, x_te, variant):
    """P(Other) on ``x_te`` from the variant's logistic regression fitted on standardised ``x_tr``."""
    mean, sd = x_tr.mean(axis=0), x_tr.std(axis=0)
    sd = np.where(sd > 0, sd, 1.0)
    model = LogisticRegression(C=VARIANTS[variant][1], max_iter=5000)
    model.fit((x_tr - mean) / sd, y_tr)
    return model.predict_proba((x_te - mean) / sd)[:, 1], model.coef_[0]


def stage2_keys(parts_p, parts_idx, tech, is_other, outer_p=None, outer_idx=None):
    """({key: P} per inner part, {key: P} of the outer part, coefficients of the outer fits): stage 2 of every
    ("T2"|"T25", C) key, cross-fitted over the inner parts (RULE.md)."""
    inner = [{} for _ in parts_p]
    outer, coefs = {}, {}
    for variant, c in STAGE2_C:
        rows = [stage2_rows(p[c], tech[idx], variant) for p, idx in zip(parts_p, parts_idx, strict=True)]
        ys = [is_other[idx] for idx in parts_idx]
        for j in range(len(rows)):
            x_tr = np.vstack([r for i, r in enumerate(rows) if i != j])
            y_tr = np.concatenate([y for i, y in enumerate(ys) if i != j])
            inner[j][(variant, c)], _ = stage2_fit_apply(x_tr, y_tr, rows[j], variant)
        if outer_p is not None:
            outer[(variant, c)], coefs[(variant, c)] = stage2_fit_apply(
                np.vstack(rows), np.concatenate(ys), stage2_rows(outer_p[c], tech[outer_idx], variant), variant)
    return inner, outer, coefs


def with_other(arrays, extra):
    a, dom = arrays
    return (dataclasses.replace(a, other={**a.other, **extra}), dom)


def main():
    cache, tech_file, out = sys.argv[1], sys.argv[2], sys.argv[3]
    data = pickle.loads(Path(cache).read_bytes())
    ids = data["ids"]
    arts_all, _ = S.load_task(DATA)
    arts = [arts_all[i] for i in ids]
    S.embed(arts, cache=Path(os.environ.get("EMBED_CACHE", "/tmp/narr29/semeval2025-cache")))
    _, dense = S.narrative_rows(arts, None, 0.0)
    dense_f = np.asarray(dense, dtype=np.float64)
    tf = np.load(tech_file)
    where = {i: k for k, i in enumerate(tf["ids"].tolist())}
    missing = [i for i in ids if i not in where]
    if missing:
        raise SystemExit(f"technique features missing for {len(missing)} articles, e.g. {missing[:3]}")
    tech = tf["x"][[where[i] for i in ids]]
    is_other = np.array(["Other" in a.narratives for a in arts], dtype=int)
    n = len(ids)
    grids = GRID.split(",") if GRID else [None]
    tag = {g: f"[{g}] " if len(grids) > 1 else "" for g in grids}
    all_rows = {g: {k: np.full(n, np.nan) for k in ("base_c", "base_f", "var_c", "var_f")} for g in grids}
    p_ship, p_t2, p_t25 = np.full(n, np.nan), np.full(n, np.nan), np.full(n, np.nan)
    all_taken = dict.fromkeys(grids, 0)
    for k, fold in enumerate(data["folds"], 1):
        t0 = time.time()
        tr, te = fold["train"], fold["test"]
        splits = S._folds([ids[i] for i in tr])
        assert len(splits) == len(fold["inner"])
        s_inner, s_outer, coefs = stage2_keys([x[0].other for x in fold["inner"]], [tr[ite] for _, ite in splits],
                                              tech, is_other, fold["outer"][0].other, te)
        inner = [L.prepare(with_other(x, {**dense_other(dense_f, is_other, tr[itr], tr[ite]), **s}), "base")
                 for x, (itr, ite), s in zip(fold["inner"], splits, s_inner, strict=True)]
        outer = L.prepare(with_other(fold["outer"], {**dense_other(dense_f, is_other, tr, te), **s_outer}), "base")
        S.OTHER_C = MAIN_C
        _, (_, shipped) = L.choose(inner, "base")
        p_ship[te], p_t2[te], p_t25[te] = outer.a.other[3.0], outer.a.other[("T2", 3.0)], outer.a.other[("T25", 3.0)]
        bc, bf = L.outer_rows(outer, shipped)
        for grid in grids:
            S.OTHER_C = variant_keys(grid)
            _, (_, chosen) = L.choose(inner, "base")
            S.OTHER_C = SHIPPED_C
            all_taken[grid] += chosen != shipped
            vc, vf = L.outer_rows(outer, chosen)
            rows = all_rows[grid]
            rows["base_c"][te], rows["base_f"][te], rows["var_c"][te], rows["var_f"][te] = bc, bf, vc, vf
            groups = "+".join(sorted({batch(ids[i]) for i in te}))
            print(f"  {tag[grid]}fold {k} ({groups}, {len(te)}): shipped {bc.mean():.4f} / {bf.mean():.4f} -> "
                  f"{vc.mean():.4f} / {vf.mean():.4f}; chosen other {chosen['oc']}@{chosen['ot']} tc {chosen['tc']} "
                  f"(shipped {shipped['oc']}@{shipped['ot']} tc {shipped['tc']}); T2 C 3 coef (logit, density) "
                  f"{coefs[('T2', 3.0)][0]:+.2f} {coefs[('T2', 3.0)][1]:+.2f} {time.time() - t0:.0f} s", flush=True)
    for grid in grids:
        summary(all_rows[grid], all_taken[grid], len(data["folds"]), ids, data["partition"], cache, tag[grid],
                out if len(grids) == 1 else out.removesuffix(".npz") + f"_{grid}.npz")
    # diagnostic (decides nothing): AUC of the outer P(Other), shipped C 3 vs ("T2", 3) and ("T25", 3)
    by = defaultdict(list)
    for i, a in enumerate(ids):
        by[batch(a)].append(i)
    for g, idx in [*sorted(by.items()), ("all", list(range(n)))]:
        idx = np.array(idx)
        if 0 < is_other[idx].sum() < len(idx):
            auc = [roc_auc_score(is_other[idx], p[idx]) for p in (p_ship, p_t2, p_t25)]
            print(f"  {g} AUC of P(Other): shipped C 3 {auc[0]:.3f}, T2 C 3 {auc[1]:.3f}, T25 C 3 {auc[2]:.3f}")


def summary(rows, taken, folds, ids, partition, cache, tag, out):
    """Save one grid's per-article rows and print its figures (per batch, without CC1 on lobo, bootstrap)."""
    n = len(ids)
    np.savez(out, ids=np.array(ids), **rows)
    print(f"  {tag}stage2 taken on {taken} of {folds} outer folds")
    by = defaultdict(list)
    for i, a in enumerate(ids):
        by[batch(a)].append(i)
    for g, idx in sorted(by.items()):
        idx = np.array(idx)
        print(f"  {tag}{g}: {len(idx)} shipped {rows['base_c'][idx].mean():.4f} / {rows['base_f'][idx].mean():.4f} -> "
              f"{rows['var_c'][idx].mean():.4f} / {rows['var_f'][idx].mean():.4f}")
    if partition.startswith("lobo"):
        keep = np.array([batch(a) != "CC1" for a in ids])
        g = (rows["var_c"] - rows["base_c"])[keep].mean() + (rows["var_f"] - rows["base_f"])[keep].mean()
        print(f"{tag}{cache} stage2 without CC1 (a'): coarse + fine gain {g:+.4f}")
    for name in ("c", "f"):
        d = rows[f"var_{name}"] - rows[f"base_{name}"]
        rng = np.random.default_rng(29)
        means = d[rng.integers(0, n, size=(2000, n))].mean(axis=1)
        print(f"{tag}{cache} stage2 {name}: shipped {rows[f'base_{name}'].mean():.4f} -> "
              f"{rows[f'var_{name}'].mean():.4f} gain {d.mean():+.4f} [{np.percentile(means, 2.5):+.4f}, "
              f"{np.percentile(means, 97.5):+.4f}] P(<=0) {(means <= 0).mean():.3f}", flush=True)


if __name__ == "__main__":
    main()
