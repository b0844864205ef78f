"""Round 26 (narr26), RULE.md addendum 2: `otherdense`, an Other classifier on the mean MiniLM sentence vector alone
offered to the inner CV beside the shipped one, on a fold cache of the shipped procedure
(scripts/narr22/cache_n22.py OUTER ship; the MiniLM sentence cache at $EMBED_CACHE).

Every inner and outer part of the cache gets P(Other) from logistic regressions (C in DENSE_C) fitted on the part's
training articles' standardised mean sentence vectors, keyed ("d", C) beside the shipped keys; the inner CV's grid
(training/semeval2025.py's, via scripts/narr17/levers.py) then holds both kinds of Other setting in one stage, the
shipped ones first (ties keep them). Saves per-article rows (base = the shipped rule, var = the variant) for
scripts/narr16/pooled.py.
Env ONLY=1 (a diagnostic, decides nothing): the variant's grid holds the dense Other classifiers alone (the shipped
one not offered); the outer rows' AUC of P(Other) (shipped C 3 and dense C 0.01) is printed per release batch.
Usage: python scripts/narr26/otherdense.py CACHE.pkl OUT.npz"""

import dataclasses
import os
import pickle
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr17"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr22"))
import levers as L
from cache_n22 import batch

from spinscope.training import semeval2025 as S

DATA = Path("/work/shared/data")
DENSE_C = (0.01, 0.1, 1.0)
SHIPPED_C = S.OTHER_C
ONLY = os.environ.get("ONLY") == "1"


def dense_other(dense, is_other, tr, te):
    """{("d", C): P(Other) on ``te``} from classifiers fitted on ``tr``'s standardised rows."""
    mean, sd = dense[tr].mean(axis=0), dense[tr].std(axis=0)
    sd = np.where(sd > 0, sd, 1.0)
    x_tr, x_te = (dense[tr] - mean) / sd, (dense[te] - mean) / sd
    out = {}
    for c in DENSE_C:
        model = LogisticRegression(C=c, max_iter=2000)
        model.fit(x_tr, is_other[tr])
        out[("d", c)] = model.predict_proba(x_te)[:, 1]
    return out


def with_dense(arrays, extra):
    a, dom = arrays
    return (dataclasses.replace(a, other={**a.other, **extra}), dom)


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
    p_ship, p_dense = np.full(n, np.nan), np.full(n, np.nan)
    for k, fold in enumerate(data["folds"], 1):
        t0 = time.time()
        tr, te = fold["train"], fold["test"]
        splits = S._folds([ids[i] for i in tr])
        assert len(splits) == len(fold["inner"])
        inner = [L.prepare(with_dense(x, dense_other(dense, is_other, tr[itr], tr[ite])), "base")
                 for x, (itr, ite) in zip(fold["inner"], splits, strict=True)]
        outer = L.prepare(with_dense(fold["outer"], dense_other(dense, is_other, tr, te)), "base")
        S.OTHER_C = SHIPPED_C
        _, (_, shipped) = L.choose(inner, "base")
        S.OTHER_C = (*([] if ONLY else SHIPPED_C), *(("d", c) for c in DENSE_C))
        _, (_, chosen) = L.choose(inner, "base")
        S.OTHER_C = SHIPPED_C
        taken += chosen != shipped
        p_ship[te], p_dense[te] = outer.a.other[3.0], outer.a.other[("d", 0.01)]
        bc, bf = L.outer_rows(outer, shipped)
        vc, vf = L.outer_rows(outer, chosen)
        rows["base_c"][te], rows["base_f"][te], rows["var_c"][te], rows["var_f"][te] = bc, bf, vc, vf
        groups = "+".join(sorted({batch(ids[i]) for i in te}))
        print(f"  fold {k} ({groups}, {len(te)}): shipped {bc.mean():.4f} / {bf.mean():.4f} -> {vc.mean():.4f} / "
              f"{vf.mean():.4f}; chosen other {chosen['oc']}@{chosen['ot']} tc {chosen['tc']} (shipped "
              f"{shipped['oc']}@{shipped['ot']} tc {shipped['tc']}) {time.time() - t0:.0f} s", flush=True)
    np.savez(out, ids=np.array(ids), **rows)
    print(f"  otherdense taken on {taken} of {len(data['folds'])} outer folds")
    by = defaultdict(list)
    for i, a in enumerate(ids):
        by[batch(a)].append(i)
    from sklearn.metrics import roc_auc_score

    for g, idx in [*sorted(by.items()), ("all", list(range(n)))]:
        idx = np.array(idx)
        if 0 < is_other[idx].sum() < len(idx):
            print(f"  {g} AUC of P(Other): shipped C 3 {roc_auc_score(is_other[idx], p_ship[idx]):.3f}, dense C "
                  f"0.01 {roc_auc_score(is_other[idx], p_dense[idx]):.3f}")
    for g, idx in sorted(by.items()):
        idx = np.array(idx)
        print(f"  {g}: {len(idx)} shipped {rows['base_c'][idx].mean():.4f} / {rows['base_f'][idx].mean():.4f} -> "
              f"{rows['var_c'][idx].mean():.4f} / {rows['var_f'][idx].mean():.4f}")
    for name in ("c", "f"):
        d = rows[f"var_{name}"] - rows[f"base_{name}"]
        rng = np.random.default_rng(26)
        means = d[rng.integers(0, n, size=(2000, n))].mean(axis=1)
        print(f"{cache} otherdense {name}: shipped {rows[f'base_{name}'].mean():.4f} -> "
              f"{rows[f'var_{name}'].mean():.4f} gain {d.mean():+.4f} [{np.percentile(means, 2.5):+.4f}, "
              f"{np.percentile(means, 97.5):+.4f}] P(<=0) {(means <= 0).mean():.3f}", flush=True)


if __name__ == "__main__":
    main()
