"""Round 20 (narr20): extra features for the SUB-NARRATIVE classifiers only, for the fold caches of
scripts/narr16/cache.py, scripts/narr19/cache_n19.py and scripts/narr20/cache_n20.py. The narrative, domain and Other
classifiers are untouched; inference reads the same article (its sentence vectors) as the shipped model.

For every inner and outer split (training part TR, test part TE), the sub-narrative classifiers (one-vs-rest
liblinear, C 2, balanced, the split's fine labels) are refitted on TR as fit_narratives fits them (TF-IDF unigrams
from a vectorizer fitted on TR, beside the mean MiniLM vector), with columns appended:
  maxpool g   the element-wise MAX over the article's sentences of their MiniLM vectors, centred by TR's mean,
              times g (0.5, 1). (Scale, read before the rule: across articles the max-pooled dimensions vary with
              sd about 0.032, the mean vector's about 0.023.)
  subsim w    round 13's label similarities (per taxonomy label, the closest of the first 64 sentences' cosine and
              the mean of the LABEL_TOP closest; components/narratives.py:narrative_dense), standardised by TR's
              articles, times w (0.05, 0.1: round 13's weights); round 13 gave them to the narrative classifiers
              too, here only to the sub-narrative ones.
Mode none is refitted too and checked equal to the cached probabilities. Saved per split: {mode: TE's sub-narrative
probabilities} in the fold model's fine-label order (mode keys "none", ("maxpool", g), ("subsim", w)), and the
inner splits' within-narrative AUC per mode (a diagnostic of inner rows only).
Usage: python scripts/narr20/subfeat_cache.py CACHE.pkl OUT.pkl"""
import pickle
import sys
import time
from pathlib import Path

import numpy as np
from scipy import sparse

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr18"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr17"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr19"))
import sent_cache as SC
from sent_fine_cache import fine_labels
from sentev_cache import within_auc

from spinscope.components.semeval2025 import stack_features
from spinscope.training import semeval2025 as S

MODES = ("none", ("maxpool", 0.5), ("maxpool", 1.0), ("subsim", 0.05), ("subsim", 0.1))


def extra_columns(kind, block, tr, te, weight):
    """(TR rows, TE rows) of ``block`` prepared for ``kind``: centred (maxpool) or standardised (subsim) by TR."""
    mean = block[tr].mean(axis=0)
    sd = block[tr].std(axis=0) if kind == "subsim" else np.ones(block.shape[1])
    sd = np.where(sd > 0, sd, 1.0)
    return (block[tr] - mean) / sd * weight, (block[te] - mean) / sd * weight


def probabilities(texts, dense, blocks, arts, tr, te):
    tr_arts = [arts[i] for i in tr]
    names = fine_labels(tr_arts)
    vec, x = S._fit_features([texts[i] for i in tr], dense[tr], 1.0, "narratives")
    y = np.array([[f in a.subnarratives for f in names] for a in tr_arts], dtype=int)
    xt = stack_features({"vectorizer": vec, "dense_weight": 1.0}, [texts[i] for i in te], dense[te])
    out = {}
    for mode in MODES:
        if mode == "none":
            xa, xb = x, xt
        else:
            a, b = extra_columns(mode[0], blocks[mode[0]], tr, te, mode[1])
            xa = sparse.hstack([x, sparse.csr_matrix(a)]).tocsr()
            xb = sparse.hstack([xt, sparse.csr_matrix(b)]).tocsr()
        model = S._ovr(2.0)
        model.fit(xa, y)
        out[mode] = np.asarray(model.predict_proba(xb)).reshape(len(te), len(names))
    return out


def main():
    cache, out = sys.argv[1], Path(sys.argv[2])
    data = pickle.loads(Path(cache).read_bytes())
    arts_all, _ = S.load_task(SC.DATA)
    arts = [arts_all[i] for i in data["ids"]]
    S.embed(arts, cache=SC.EMBED)
    texts, dense = S.narrative_rows(arts, S.label_vectors(), 0.0)
    _, with_labels = S.narrative_rows(arts, S.label_vectors(), 1.0)
    maxpool = np.stack([a.vectors.max(axis=0) if a.vectors is not None and len(a.vectors)
                        else np.zeros(dense.shape[1], np.float32) for a in arts]).astype(np.float64)
    blocks = {"maxpool": maxpool, "subsim": np.asarray(with_labels[:, dense.shape[1]:], dtype=np.float64)}
    ids = data["ids"]
    found = []
    for n, fold in enumerate(data["folds"], 1):
        t0 = time.time()
        tr, te = fold["train"], fold["test"]
        inner, aucs = [], {m: [] for m in MODES}
        for (itr, ite), arrays in zip(S._folds([ids[i] for i in tr]), fold["inner"], strict=True):
            b = probabilities(texts, dense, blocks, arts, tr[itr], tr[ite])
            assert np.allclose(b["none"], arrays[0].fine, atol=1e-6)
            inner.append(b)
            for m in MODES:
                aucs[m].append(within_auc(arrays[0], b[m]))
        b = probabilities(texts, dense, blocks, arts, tr, te)
        assert np.allclose(b["none"], fold["outer"][0].fine, atol=1e-6)
        found.append({"inner": inner, "outer": b, "inner_auc": {m: float(np.mean(v)) for m, v in aucs.items()}})
        print(f"fold {n}: {time.time() - t0:.0f} s", flush=True)
    out.write_bytes(pickle.dumps(found))


if __name__ == "__main__":
    main()
