"""Round 18 (narr18): sentence-level evidence for the SUB-NARRATIVES, for the fold caches of round 16
(scripts/narr16/cache.py), as round 17's sent_cache.py does for the narratives. For every inner and outer split
the sub-narrative classifiers are refitted as fit_narratives fits them (TF-IDF unigrams and the mean MiniLM vector,
one-vs-rest liblinear, C 2, balanced) and applied to each sentence of the test articles on its own (a sentence read
as an article of one sentence, NarrativeModel.sentence_features); saved per test article and sub-narrative: the
best sentence's score. Columns in the fold model's fine-label order.
Usage: python scripts/narr18/sent_fine_cache.py CACHE.pkl OUT.pkl"""
import pickle
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr17"))
import sent_cache as SC

from spinscope.components.semeval2025 import stack_features
from spinscope.training import semeval2025 as S


def fine_labels(arts):
    counts = {}
    for a in arts:
        for f in set(a.subnarratives):
            if f != "Other" and not f.endswith(": Other"):
                counts[f] = counts.get(f, 0) + 1
    return sorted(f for f, c in counts.items() if c >= S.MIN_POSITIVES)


def best_sentences(texts, dense, arts, sent, tr, te):
    """Best sentence score per test article and sub-narrative, from classifiers fitted on ``tr``."""
    tr_arts = [arts[i] for i in tr]
    names = fine_labels(tr_arts)
    vec, x = S._fit_features([texts[i] for i in tr], dense[tr], 1.0, "narratives")
    model = S._ovr(2.0)
    model.fit(x, np.array([[f in a.subnarratives for f in names] for a in tr_arts], dtype=int))
    # the refitted classifiers are the cached fold's: their article-level probabilities are checked by the caller
    article = np.asarray(model.predict_proba(stack_features({"vectorizer": vec, "dense_weight": 1.0},
                                                            [texts[i] for i in te], dense[te])))
    best = np.zeros((len(te), len(names)))
    for r, i in enumerate(te):
        s_texts, s_dense = sent[i]
        xs = stack_features({"vectorizer": vec, "dense_weight": 1.0}, s_texts, s_dense)
        best[r] = np.asarray(model.predict_proba(xs)).reshape(len(s_texts), len(names)).max(axis=0)
    return best, article.reshape(len(te), len(names))


def main():
    cache, out = sys.argv[1], Path(sys.argv[2])
    data = pickle.loads(Path(cache).read_bytes())
    arts_all, _ = S.load_task(SC.DATA)
    arts = [arts_all[i] for i in data["ids"]]
    S.embed(arts, cache=SC.EMBED)
    labels = S.label_vectors()
    texts, dense = S.narrative_rows(arts, labels, 0.0)
    sent = SC.sentence_rows(arts, labels)
    ids = data["ids"]
    found = []
    for n, fold in enumerate(data["folds"], 1):
        t0 = time.time()
        tr, te = fold["train"], fold["test"]
        inner = []
        for (itr, ite), arrays in zip(S._folds([ids[i] for i in tr]), fold["inner"], strict=True):
            b, article = best_sentences(texts, dense, arts, sent, tr[itr], tr[ite])
            assert b.shape == arrays[0].fine.shape and np.allclose(article, arrays[0].fine, atol=1e-6)
            inner.append(b)
        b, article = best_sentences(texts, dense, arts, sent, tr, te)
        assert b.shape == fold["outer"][0].fine.shape and np.allclose(article, fold["outer"][0].fine, atol=1e-6)
        found.append({"inner": inner, "outer": b})
        print(f"fold {n}: {time.time() - t0:.0f} s", flush=True)
    out.write_bytes(pickle.dumps(found))


if __name__ == "__main__":
    main()
