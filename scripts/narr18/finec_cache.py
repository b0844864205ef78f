"""Round 18 (narr18), variant `fineC`: the sub-narrative classifiers refitted in every inner and outer split of
round 16's fold caches with their own C (FINE_C), everything else as fit_narratives fits them (TF-IDF unigrams and
the mean MiniLM vector, one-vs-rest liblinear, balanced); saved per split: {C: test articles' probabilities}, in the
fold model's fine-label order. C 2 (the shipped one) is refitted too and checked against the cache.
Usage: python scripts/narr18/finec_cache.py CACHE.pkl OUT.pkl"""
import pickle
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr17"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import sent_cache as SC
from sent_fine_cache import fine_labels

from spinscope.components.semeval2025 import stack_features
from spinscope.training import semeval2025 as S

FINE_C = (0.5, 1.0, 2.0, 4.0, 8.0)


def probabilities(texts, dense, arts, tr, te):
    tr_arts = [arts[i] for i in tr]
    names = fine_labels(tr_arts)
    vec, x = S._fit_features([texts[i] for i in tr], dense[tr], 1.0, "narratives")
    y = np.array([[f in a.subnarratives for f in names] for a in tr_arts], dtype=int)
    xt = stack_features({"vectorizer": vec, "dense_weight": 1.0}, [texts[i] for i in te], dense[te])
    out = {}
    for c in FINE_C:
        model = S._ovr(c)
        model.fit(x, y)
        out[c] = np.asarray(model.predict_proba(xt)).reshape(len(te), len(names))
    return out


def main():
    cache, out = sys.argv[1], Path(sys.argv[2])
    data = pickle.loads(Path(cache).read_bytes())
    arts_all, _ = S.load_task(SC.DATA)
    arts = [arts_all[i] for i in data["ids"]]
    S.embed(arts, cache=SC.EMBED)
    texts, dense = S.narrative_rows(arts, S.label_vectors(), 0.0)
    ids = data["ids"]
    found = []
    for n, fold in enumerate(data["folds"], 1):
        t0 = time.time()
        tr, te = fold["train"], fold["test"]
        inner = []
        for (itr, ite), arrays in zip(S._folds([ids[i] for i in tr]), fold["inner"], strict=True):
            b = probabilities(texts, dense, arts, tr[itr], tr[ite])
            assert np.allclose(b[2.0], arrays[0].fine, atol=1e-6)
            inner.append(b)
        b = probabilities(texts, dense, arts, tr, te)
        assert np.allclose(b[2.0], fold["outer"][0].fine, atol=1e-6)
        found.append({"inner": inner, "outer": b})
        print(f"fold {n}: {time.time() - t0:.0f} s", flush=True)
    out.write_bytes(pickle.dumps(found))


if __name__ == "__main__":
    main()
