"""Round 28 (narr28), RULE.md: `layers`, the shipped Other classifier (TF-IDF word 1-2-grams + the mean sentence
vector) refitted with spinscope's own layer features (scripts/narr28/layer_features.py) stacked to its rows, offered
to main's one-stage grid after main's Other settings (the shipped classifiers, then round 26's dense ones; ties keep
main's), on a fold cache of the shipped procedure (scripts/narr22/cache_n22.py OUTER ship; the MiniLM sentence
cache at $EMBED_CACHE). The shipped rule is main's procedure (scripts/narr27/otheravg.py's base).
Per-article rows (base, var) are saved for scripts/narr16/pooled.py; per release batch figures are printed.
Usage: python scripts/narr28/layers.py CACHE.pkl LAYERS.npz OUT.npz"""

import dataclasses
import os
import pickle
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
from scipy import sparse
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
WEIGHTS = (0.5, 1.0)
MAIN_C = (*SHIPPED_C, *(("d", c) for c in DENSE_C))
LAYER_C = tuple(("L", w, c) for w in WEIGHTS for c in SHIPPED_C)


def scaled_layers(layers, tr, te):
    """The layer columns of ``te`` standardised by ``tr``'s mean and sd (sd 0 -> 1), clipped to [-5, 5]."""
    mean, sd = layers[tr].mean(axis=0), layers[tr].std(axis=0)
    sd = np.where(sd > 0, sd, 1.0)
    return np.clip((layers[te] - mean) / sd, -5.0, 5.0)


def layer_other(texts, dense, layers, is_other, tr, te, weights=WEIGHTS, cs=SHIPPED_C):
    """{("L", w, C): P(Other) on ``te``}: the shipped Other features of the part, with w / sqrt(d) times the
    standardised layer columns stacked, logistic regression C fitted on ``tr``."""
    vec, x_tr = S._other_features([texts[i] for i in tr], dense[tr], 1.0)
    _, x_te = S._other_features([texts[i] for i in te], dense[te], 1.0, vec)
    l_tr, l_te = scaled_layers(layers, tr, tr), scaled_layers(layers, tr, te)
    d = layers.shape[1]
    y = is_other[tr]
    out = {}
    for w in weights:
        a = sparse.hstack([x_tr, sparse.csr_matrix(l_tr * w / np.sqrt(d))]).tocsr() if w else x_tr
        b = sparse.hstack([x_te, sparse.csr_matrix(l_te * w / np.sqrt(d))]).tocsr() if w else x_te
        for c in cs:
            model = S._logreg(c)
            model.fit(a, y)
            out[("L", w, c)] = model.predict_proba(b)[:, 1]
    return out


def with_layers(arrays, extra):
    a, dom = arrays
    return (dataclasses.replace(a, other={**a.other, **extra}), dom)


def main():
    cache, layer_file, out = sys.argv[1], sys.argv[2], sys.argv[3]
    data = pickle.loads(Path(cache).read_bytes())
    ids = data["ids"]
    arts_all, _ = S.load_task(DATA)
    arts = [arts_all[i] for i in ids]
    S.embed(arts, cache=Path(os.environ.get("EMBED_CACHE", "/tmp/narr26/semeval2025-cache")))
    texts, dense = S.narrative_rows(arts, None, 0.0)
    dense_f = np.asarray(dense, dtype=np.float64)
    lf = np.load(layer_file)
    where = {i: k for k, i in enumerate(lf["ids"].tolist())}
    missing = [i for i in ids if i not in where]
    if missing:
        raise SystemExit(f"layer features missing for {len(missing)} articles, e.g. {missing[:3]}")
    layers = lf["x"][[where[i] for i in ids]]
    is_other = np.array(["Other" in a.narratives for a in arts], dtype=int)
    n = len(ids)
    rows = {k: np.full(n, np.nan) for k in ("base_c", "base_f", "var_c", "var_f")}
    p_ship, p_layer = np.full(n, np.nan), np.full(n, np.nan)
    taken = 0
    for k, fold in enumerate(data["folds"], 1):
        t0 = time.time()
        tr, te = fold["train"], fold["test"]
        if k == 1:  # the check of RULE.md (decides nothing): w = 0 reproduces the cached shipped P(Other)
            check = layer_other(texts, dense, layers, is_other, tr, te, weights=(0.0,), cs=(3.0,))[("L", 0.0, 3.0)]
            print(f"  check: w=0 refit vs cached shipped C 3, max |diff| "
                  f"{np.abs(check - np.asarray(fold['outer'][0].other[3.0])).max():.2e}", flush=True)
        splits = S._folds([ids[i] for i in tr])
        assert len(splits) == len(fold["inner"])
        inner = [L.prepare(with_layers(x, {**dense_other(dense_f, is_other, tr[itr], tr[ite]),
                                           **layer_other(texts, dense, layers, is_other, tr[itr], tr[ite])}), "base")
                 for x, (itr, ite) in zip(fold["inner"], splits, strict=True)]
        outer = L.prepare(with_layers(fold["outer"], {**dense_other(dense_f, is_other, tr, te),
                                                      **layer_other(texts, dense, layers, is_other, tr, te)}), "base")
        S.OTHER_C = MAIN_C
        _, (_, shipped) = L.choose(inner, "base")
        S.OTHER_C = (*MAIN_C, *LAYER_C)
        _, (_, chosen) = L.choose(inner, "base")
        S.OTHER_C = SHIPPED_C
        taken += chosen != shipped
        p_ship[te], p_layer[te] = outer.a.other[3.0], outer.a.other[("L", 1.0, 3.0)]
        bc, bf = L.outer_rows(outer, shipped)
        vc, vf = L.outer_rows(outer, chosen)
        rows["base_c"][te], rows["base_f"][te], rows["var_c"][te], rows["var_f"][te] = bc, bf, vc, vf
        groups = "+".join(sorted({batch(ids[i]) for i in te}))
        print(f"  fold {k} ({groups}, {len(te)}): shipped {bc.mean():.4f} / {bf.mean():.4f} -> {vc.mean():.4f} / "
              f"{vf.mean():.4f}; chosen other {chosen['oc']}@{chosen['ot']} tc {chosen['tc']} (shipped "
              f"{shipped['oc']}@{shipped['ot']} tc {shipped['tc']}) {time.time() - t0:.0f} s", flush=True)
    np.savez(out, ids=np.array(ids), **rows)
    print(f"  layers taken on {taken} of {len(data['folds'])} outer folds")
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
        print(f"{cache} layers without CC1 (a'): coarse + fine gain {g:+.4f}")
    for name in ("c", "f"):
        d = rows[f"var_{name}"] - rows[f"base_{name}"]
        rng = np.random.default_rng(28)
        means = d[rng.integers(0, n, size=(2000, n))].mean(axis=1)
        print(f"{cache} layers {name}: shipped {rows[f'base_{name}'].mean():.4f} -> "
              f"{rows[f'var_{name}'].mean():.4f} gain {d.mean():+.4f} [{np.percentile(means, 2.5):+.4f}, "
              f"{np.percentile(means, 97.5):+.4f}] P(<=0) {(means <= 0).mean():.3f}", flush=True)
    # diagnostic (decides nothing): AUC of the outer P(Other), shipped C 3 vs ("L", 1.0, 3)
    for g, idx in [*sorted(by.items()), ("all", list(range(n)))]:
        idx = np.array(idx)
        if 0 < is_other[idx].sum() < len(idx):
            print(f"  {g} AUC of P(Other): shipped C 3 {roc_auc_score(is_other[idx], p_ship[idx]):.3f}, layers "
                  f"w 1 C 3 {roc_auc_score(is_other[idx], p_layer[idx]):.3f}")


if __name__ == "__main__":
    main()
