"""Round 27 (narr27), RULE.md addendum 1: `otheravg`, averaged Other classifiers (0.5 P_shipped(C) + 0.5 P_dense(0.1),
C in 1, 3, 10) offered to main's one-stage grid after its settings (the shipped Other classifiers, then round 26's
dense ones; ties keep main's), on a fold cache of the shipped procedure (scripts/narr22/cache_n22.py OUTER ship; the
MiniLM sentence cache at $EMBED_CACHE). The shipped rule is main's procedure (scripts/narr27/batchshift.py's base).
Per-article rows (base, var) are saved for scripts/narr16/pooled.py; per release batch figures are printed.
Usage: python scripts/narr27/otheravg.py CACHE.pkl OUT.npz"""

import dataclasses
import os
import pickle
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr17"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr22"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr26"))
import levers as L
from cache_n22 import batch
from otherdense import DENSE_C, dense_other

from spinscope.training import semeval2025 as S

DATA = Path("/work/shared/data")
SHIPPED_C = S.OTHER_C
AVG_DENSE = 0.1
MAIN_C = (*SHIPPED_C, *(("d", c) for c in DENSE_C))
AVG_C = tuple(("avg", c) for c in SHIPPED_C)


def with_avg(arrays, dense_p):
    """The part's arrays with the dense and the averaged Other classifiers' P(Other) beside the shipped ones."""
    a, dom = arrays
    avg = {("avg", c): 0.5 * np.asarray(a.other[c]) + 0.5 * dense_p[("d", AVG_DENSE)] for c in SHIPPED_C}
    return (dataclasses.replace(a, other={**a.other, **dense_p, **avg}), dom)


def main():
    cache, out = sys.argv[1], sys.argv[2]
    data = pickle.loads(Path(cache).read_bytes())
    ids = data["ids"]
    arts_all, _ = S.load_task(DATA)
    arts = [arts_all[i] for i in ids]
    S.embed(arts, cache=Path(os.environ.get("EMBED_CACHE", "/tmp/narr26/semeval2025-cache")))
    _, dense = S.narrative_rows(arts, None, 0.0)
    dense = np.asarray(dense, dtype=np.float64)
    is_other = np.array(["Other" in a.narratives for a in arts], dtype=int)
    n = len(ids)
    rows = {k: np.full(n, np.nan) for k in ("base_c", "base_f", "var_c", "var_f")}
    taken = 0
    for k, fold in enumerate(data["folds"], 1):
        t0 = time.time()
        tr, te = fold["train"], fold["test"]
        splits = S._folds([ids[i] for i in tr])
        assert len(splits) == len(fold["inner"])
        inner = [L.prepare(with_avg(x, dense_other(dense, is_other, tr[itr], tr[ite])), "base")
                 for x, (itr, ite) in zip(fold["inner"], splits, strict=True)]
        outer = L.prepare(with_avg(fold["outer"], dense_other(dense, is_other, tr, te)), "base")
        S.OTHER_C = MAIN_C
        _, (_, shipped) = L.choose(inner, "base")
        S.OTHER_C = (*MAIN_C, *AVG_C)
        _, (_, chosen) = L.choose(inner, "base")
        S.OTHER_C = SHIPPED_C
        taken += chosen != shipped
        bc, bf = L.outer_rows(outer, shipped)
        vc, vf = L.outer_rows(outer, chosen)
        rows["base_c"][te], rows["base_f"][te], rows["var_c"][te], rows["var_f"][te] = bc, bf, vc, vf
        groups = "+".join(sorted({batch(ids[i]) for i in te}))
        print(f"  fold {k} ({groups}, {len(te)}): shipped {bc.mean():.4f} / {bf.mean():.4f} -> {vc.mean():.4f} / "
              f"{vf.mean():.4f}; chosen other {chosen['oc']}@{chosen['ot']} tc {chosen['tc']} (shipped "
              f"{shipped['oc']}@{shipped['ot']} tc {shipped['tc']}) {time.time() - t0:.0f} s", flush=True)
    np.savez(out, ids=np.array(ids), **rows)
    print(f"  otheravg taken on {taken} of {len(data['folds'])} outer folds")
    by = defaultdict(list)
    for i, a in enumerate(ids):
        by[batch(a)].append(i)
    for g, idx in sorted(by.items()):
        idx = np.array(idx)
        print(f"  {g}: {len(idx)} shipped {rows['base_c'][idx].mean():.4f} / {rows['base_f'][idx].mean():.4f} -> "
              f"{rows['var_c'][idx].mean():.4f} / {rows['var_f'][idx].mean():.4f}")
    if data["partition"].startswith("lobo"):
        keep = np.array([batch(a) != "CC1" for a in ids])
        g = (rows["var_c"] - rows["base_c"])[keep].mean() + (rows["var_f"] - rows["base_f"])[keep].mean()
        print(f"{cache} otheravg without CC1 (a'): coarse + fine gain {g:+.4f}")
    for name in ("c", "f"):
        d = rows[f"var_{name}"] - rows[f"base_{name}"]
        rng = np.random.default_rng(27)
        means = d[rng.integers(0, n, size=(2000, n))].mean(axis=1)
        print(f"{cache} otheravg {name}: shipped {rows[f'base_{name}'].mean():.4f} -> "
              f"{rows[f'var_{name}'].mean():.4f} gain {d.mean():+.4f} [{np.percentile(means, 2.5):+.4f}, "
              f"{np.percentile(means, 97.5):+.4f}] P(<=0) {(means <= 0).mean():.3f}", flush=True)


if __name__ == "__main__":
    main()
