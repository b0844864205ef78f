"""Round 27 (narr27), RULE.md: `batchshift`, a transductive per-batch offset of P(Other), on a fold cache of the
shipped procedure (scripts/narr22/cache_n22.py OUTER ship; the MiniLM sentence cache at $EMBED_CACHE).

The shipped rule is main's procedure: the grid with round 26's dense Other classifiers (scripts/narr26/otherdense.py's
one stage, ties keep the shipped ones). The variant keeps that choice; where it has an Other veto (key k) and the
outer test part holds >= MIN_BATCH articles, the test part's P(Other) from k is moved in logit so its mean equals
the mean logit of k's P(Other) over the inner out-of-fold rows (all inner test parts pooled), then the threshold
applies as chosen. Per-article rows (base, var) are saved for scripts/narr16/pooled.py; per release batch figures
and called Other rates are printed (a diagnostic).
Usage: python scripts/narr27/batchshift.py CACHE.pkl OUT.npz"""

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
from otherdense import DENSE_C, dense_other, with_dense

from spinscope.training import semeval2025 as S

DATA = Path("/work/shared/data")
SHIPPED_C = S.OTHER_C
MIN_BATCH = 10
EPS = 1e-6


def logit(p):
    p = np.clip(np.asarray(p, dtype=np.float64), EPS, 1 - EPS)
    return np.log(p / (1 - p))


def shifted(p, m_ref):
    """``p`` moved in logit so that its mean logit is ``m_ref`` (unchanged under MIN_BATCH rows)."""
    if len(p) < MIN_BATCH:
        return np.asarray(p, dtype=np.float64)
    z = logit(p)
    return 1 / (1 + np.exp(-(z - z.mean() + m_ref)))


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
    called_base, called_var = np.zeros(n, dtype=bool), np.zeros(n, dtype=bool)
    shifts = []
    for k, fold in enumerate(data["folds"], 1):
        t0 = time.time()
        tr, te = fold["train"], fold["test"]
        splits = S._folds([ids[i] for i in tr])
        assert len(splits) == len(fold["inner"])
        inner = [L.prepare(with_dense(x, dense_other(dense, is_other, tr[itr], tr[ite])), "base")
                 for x, (itr, ite) in zip(fold["inner"], splits, strict=True)]
        outer = L.prepare(with_dense(fold["outer"], dense_other(dense, is_other, tr, te)), "base")
        S.OTHER_C = (*SHIPPED_C, *(("d", c) for c in DENSE_C))
        _, (_, chosen) = L.choose(inner, "base")
        S.OTHER_C = SHIPPED_C
        bc, bf = L.outer_rows(outer, chosen)
        oc, ot = chosen["oc"], chosen["ot"]
        if oc is not None and ot is not None:
            m_ref = float(np.mean(np.concatenate([logit(p.a.other[oc]) for p in inner])))
            p_te = outer.a.other[oc]
            p_new = shifted(p_te, m_ref)
            moved = dataclasses.replace(outer, a=dataclasses.replace(outer.a, other={**outer.a.other, oc: p_new}))
            vc, vf = L.outer_rows(moved, chosen)
            called_base[te], called_var[te] = p_te >= ot, p_new >= ot
            shift = m_ref - float(logit(p_te).mean()) if len(te) >= MIN_BATCH else 0.0
        else:
            vc, vf, shift = bc, bf, 0.0
        shifts.append(shift)
        rows["base_c"][te], rows["base_f"][te], rows["var_c"][te], rows["var_f"][te] = bc, bf, vc, vf
        groups = "+".join(sorted({batch(ids[i]) for i in te}))
        print(f"  fold {k} ({groups}, {len(te)}): shipped {bc.mean():.4f} / {bf.mean():.4f} -> {vc.mean():.4f} / "
              f"{vf.mean():.4f}; other {oc}@{ot} tc {chosen['tc']}; logit shift {shift:+.3f} "
              f"{time.time() - t0:.0f} s", flush=True)
    np.savez(out, ids=np.array(ids), **rows)
    by = defaultdict(list)
    for i, a in enumerate(ids):
        by[batch(a)].append(i)
    for g, idx in sorted(by.items()):
        idx = np.array(idx)
        print(f"  {g}: {len(idx)} shipped {rows['base_c'][idx].mean():.4f} / {rows['base_f'][idx].mean():.4f} -> "
              f"{rows['var_c'][idx].mean():.4f} / {rows['var_f'][idx].mean():.4f}; Other gold "
              f"{is_other[idx].mean():.2f} called {called_base[idx].mean():.2f} -> {called_var[idx].mean():.2f}")
    if data["partition"].startswith("lobo"):
        keep = np.array([batch(a) != "CC1" for a in ids])
        g = (rows["var_c"] - rows["base_c"])[keep].mean() + (rows["var_f"] - rows["base_f"])[keep].mean()
        print(f"{cache} batchshift without CC1 (a'): coarse + fine gain {g:+.4f}")
    for name in ("c", "f"):
        d = rows[f"var_{name}"] - rows[f"base_{name}"]
        rng = np.random.default_rng(27)
        means = d[rng.integers(0, n, size=(2000, n))].mean(axis=1)
        print(f"{cache} batchshift {name}: shipped {rows[f'base_{name}'].mean():.4f} -> "
              f"{rows[f'var_{name}'].mean():.4f} gain {d.mean():+.4f} [{np.percentile(means, 2.5):+.4f}, "
              f"{np.percentile(means, 97.5):+.4f}] P(<=0) {(means <= 0).mean():.3f}", flush=True)


if __name__ == "__main__":
    main()
