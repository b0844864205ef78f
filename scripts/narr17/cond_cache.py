"""Round 17 (narr17): sub-narrative classifiers conditioned on the narrative, for the fold caches of round 16
(scripts/narr16/cache.py). For every inner and outer split of a cache, on the narrative classifiers' features
(TF-IDF unigrams and the mean MiniLM vector, as fit_narratives builds them), one logistic regression per
sub-narrative trained only on the training articles whose gold holds its narrative (P(sub | narrative)); a
sub-narrative whose narrative has fewer than MIN_ROWS training articles, or whose target is constant there, gets
its smoothed rate. Columns in the fold model's fine-label order.
Usage: python scripts/narr17/cond_cache.py CACHE.pkl OUT.pkl"""
import os
import pickle
import sys
import time
from pathlib import Path

import numpy as np

from spinscope.components.semeval2025 import stack_features
from spinscope.training import semeval2025 as S

DATA = Path("/work/shared/data")
EMBED = Path(os.environ.get("EMBED_CACHE", "/tmp/narr16/semeval2025-cache"))
MIN_ROWS = 4
COND_C = float(os.environ.get("COND_C", "2.0"))


def labels_of(arts):
    """Coarse and fine labels as fit_narratives keeps them (at least MIN_POSITIVES training articles)."""
    coarse, fine = {}, {}
    for a in arts:
        for n in set(a.narratives) - {"Other"}:
            coarse[n] = coarse.get(n, 0) + 1
        for f in set(a.subnarratives):
            if f != "Other" and not f.endswith(": Other"):
                fine[f] = fine.get(f, 0) + 1
    return (sorted(n for n, c in coarse.items() if c >= S.MIN_POSITIVES),
            sorted(f for f, c in fine.items() if c >= S.MIN_POSITIVES))


def conditional(texts, dense, arts, tr, te):
    """P(sub | its narrative) on ``te`` from classifiers fitted on ``tr`` (fine columns of the fold model)."""
    tr_arts = [arts[i] for i in tr]
    coarse, fine = labels_of(tr_arts)
    vec, x_tr = S._fit_features([texts[i] for i in tr], dense[tr], 1.0, "narratives")
    x_te = stack_features({"vectorizer": vec, "dense_weight": 1.0}, [texts[i] for i in te], dense[te])
    out = np.zeros((len(te), len(fine)))
    for col, f in enumerate(fine):
        parent = next((c for c in coarse if f.startswith(c + ": ")), None)
        rows = [k for k, a in enumerate(tr_arts) if parent is not None and parent in a.narratives]
        y = np.array([f in tr_arts[k].subnarratives for k in rows], dtype=int)
        if len(rows) < MIN_ROWS or y.min() == y.max():
            out[:, col] = (y.sum() + 0.5) / (len(rows) + 1)
            continue
        model = S._logreg(COND_C, "balanced", solver="liblinear")
        model.fit(x_tr[rows], y)
        out[:, col] = model.predict_proba(x_te)[:, 1]
    return out


def main():
    cache, out = sys.argv[1], Path(sys.argv[2])
    data = pickle.loads(Path(cache).read_bytes())
    arts_all, _ = S.load_task(DATA)
    arts = [arts_all[i] for i in data["ids"]]
    S.embed(arts, cache=EMBED)
    texts, dense = S.narrative_rows(arts, S.label_vectors(), 0.0)
    ids = data["ids"]
    found = []
    for n, fold in enumerate(data["folds"], 1):
        t0 = time.time()
        tr, te = fold["train"], fold["test"]
        inner = []
        for (itr, ite), arrays in zip(S._folds([ids[i] for i in tr]), fold["inner"], strict=True):
            p = conditional(texts, dense, arts, tr[itr], tr[ite])
            assert p.shape == arrays[0].fine.shape, (p.shape, arrays[0].fine.shape)
            inner.append(p)
        p = conditional(texts, dense, arts, tr, te)
        assert p.shape == fold["outer"][0].fine.shape
        found.append({"inner": inner, "outer": p})
        print(f"fold {n}: {time.time() - t0:.0f} s", flush=True)
    out.write_bytes(pickle.dumps(found))


if __name__ == "__main__":
    main()
