"""Round 22 (narr22): the shipped rule (round 17's harness, scripts/narr17/levers.py, variant "base") run on two fold
caches of the SAME outer partition that differ only in their inner folds (scripts/narr22/cache_n22.py: inner "ship"
or "batch"); the outer test rows score. Saves per-article rows for scripts/narr16/pooled.py (base = the first
cache's choice, var = the second's) and prints, per outer fold and per release batch, coarse / fine samples-F1,
gold and predicted Other rates, the all-Other baseline and the inner choice.
With one cache (VAR omitted) only the first's rows are reported (base = var).
Usage: python scripts/narr22/pair.py BASE.pkl [VAR.pkl] OUT.npz"""

import pickle
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr17"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import levers as L
from cache_n22 import batch


def run(fold, outer):
    inner = [L.prepare(x, "base") for x in fold["inner"]]
    _, (_, chosen) = L.choose(inner, "base")
    c, f = L.outer_rows(outer, chosen)
    kept = L.kept_of(outer, chosen["tc"], chosen["tq"], chosen["oc"], chosen["ot"], None)
    return c, f, ~kept.any(axis=1), chosen


def main():
    paths, out = sys.argv[1:-1], sys.argv[-1]
    runs = [pickle.loads(Path(p).read_bytes()) for p in paths]
    ids = runs[0]["ids"]
    assert all(r["ids"] == ids for r in runs)
    n = len(ids)
    rows = {k: np.full(n, np.nan) for k in ("base_c", "base_f", "var_c", "var_f", "base_o", "var_o")}
    gold_other = np.zeros(n, dtype=bool)
    for k, folds in enumerate(zip(*(r["folds"] for r in runs), strict=True), 1):
        te = folds[0]["test"]
        assert all(np.array_equal(x["test"], te) for x in folds)
        outer = L.prepare(folds[0]["outer"], "base")
        for x in folds[1:]:  # the outer arrays do not depend on the inner folds
            assert np.array_equal(x["outer"][0].coarse, folds[0]["outer"][0].coarse)
        a = outer.a
        gold_other[te] = a.gold_coarse[:, -1]
        found = [run(x, outer) for x in folds]
        for name, (c, f, o, _) in zip(("base", "var"), (found[0], found[-1]), strict=True):
            rows[f"{name}_c"][te], rows[f"{name}_f"][te], rows[f"{name}_o"][te] = c, f, o
        groups = sorted({batch(ids[i]) for i in te})
        print(
            f"fold {k} ({'+'.join(groups)}, {len(te)} articles, gold Other {gold_other[te].mean():.2f}): "
            + " | ".join(f"{c.mean():.4f} / {f.mean():.4f} pred Other {o.mean():.2f} {ch}" for c, f, o, ch in found),
            flush=True,
        )
    by = defaultdict(list)
    for i, a in enumerate(ids):
        by[batch(a)].append(i)
    print("per batch: articles, gold Other, shipped coarse / fine, predicted Other; var coarse / fine, predicted Other")
    for g, idx in sorted(by.items()):
        idx = np.array(idx)
        print(
            f"  {g}: {len(idx)}, {gold_other[idx].mean():.2f}, {rows['base_c'][idx].mean():.4f} / "
            f"{rows['base_f'][idx].mean():.4f}, {rows['base_o'][idx].mean():.2f}; {rows['var_c'][idx].mean():.4f} / "
            f"{rows['var_f'][idx].mean():.4f}, {rows['var_o'][idx].mean():.2f}"
        )
    print(
        f"all: shipped {rows['base_c'].mean():.4f} / {rows['base_f'].mean():.4f} (pred Other "
        f"{rows['base_o'].mean():.3f}); var {rows['var_c'].mean():.4f} / {rows['var_f'].mean():.4f} (pred Other "
        f"{rows['var_o'].mean():.3f}); gold Other {gold_other.mean():.3f}; all-Other {gold_other.mean():.4f}"
    )
    rng = np.random.default_rng(22)
    draws = rng.integers(0, n, size=(2000, n))
    for name, d in (
        ("coarse", rows["var_c"] - rows["base_c"]),
        ("fine", rows["var_f"] - rows["base_f"]),
        ("mean of the two", (rows["var_c"] - rows["base_c"] + rows["var_f"] - rows["base_f"]) / 2),
    ):
        means = d[draws].mean(axis=1)
        print(
            f"gain {name}: {d.mean():+.4f} [{np.percentile(means, 2.5):+.4f}, {np.percentile(means, 97.5):+.4f}] "
            f"P(<=0) {(means <= 0).mean():.3f}"
        )
    np.savez(out, ids=np.array(ids), gold_other=gold_other, **rows)


if __name__ == "__main__":
    main()
