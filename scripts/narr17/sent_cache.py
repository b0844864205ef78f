"""Round 17 (narr17): sentence-level evidence for the fold caches of round 16 (scripts/narr16/cache.py). For every
inner and outer split, the narrative classifiers are refitted as fit_narratives fits them (TF-IDF unigrams and the
mean MiniLM vector, one-vs-rest liblinear, C 2, balanced) and applied to each sentence of the test articles on its
own (NarrativeModel.sentence_scores: a sentence read as an article of one sentence); saved per test article and
narrative: the best sentence's score and the second best's. Columns in the fold model's coarse-label order.
With env REF=N (calibration, round 17's `sentq`): also the same scores on N training articles of the split drawn
at random (seed 17), the reference against which the override threshold is set as a quantile.
Usage: python scripts/narr17/sent_cache.py CACHE.pkl OUT.pkl"""
import os
import pickle
import sys
import time
from pathlib import Path

import numpy as np

from spinscope.components.narratives import narrative_dense
from spinscope.components.semeval2025 import stack_features
from spinscope.training import semeval2025 as S

DATA = Path("/work/shared/data")
EMBED = Path(os.environ.get("EMBED_CACHE", "/tmp/narr16/semeval2025-cache"))


def coarse_labels(arts):
    counts = {}
    for a in arts:
        for n in set(a.narratives) - {"Other"}:
            counts[n] = counts.get(n, 0) + 1
    return sorted(n for n, c in counts.items() if c >= S.MIN_POSITIVES)


def sentence_rows(arts, labels):
    """Per article: its sentences' texts and dense rows (each sentence alone)."""
    out = []
    for a in arts:
        texts = [a.text[s:e] for s, e in a.sentences] or [a.text]
        vecs = a.vectors if a.vectors is not None and len(a.vectors) else np.zeros((1, 384), np.float32)
        dense = np.stack([narrative_dense(vecs[i:i + 1], labels, 0.0) for i in range(len(texts))]).astype(np.float32)
        out.append((texts, dense))
    return out


def best_sentences(texts, dense, arts, sent, tr, te):
    """(best, second best) sentence score per test article and narrative, from classifiers fitted on ``tr``; with
    REF, a third item: the best scores on REF training articles."""
    tr_arts = [arts[i] for i in tr]
    names = coarse_labels(tr_arts)
    vec, x = S._fit_features([texts[i] for i in tr], dense[tr], 1.0, "narratives")
    model = S._ovr(2.0)
    model.fit(x, np.array([[n in a.narratives for n in names] for a in tr_arts], dtype=int))
    def scores(rows):
        best = np.zeros((len(rows), len(names)))
        second = np.zeros((len(rows), len(names)))
        for r, i in enumerate(rows):
            s_texts, s_dense = sent[i]
            xs = stack_features({"vectorizer": vec, "dense_weight": 1.0}, s_texts, s_dense)
            p = np.asarray(model.predict_proba(xs)).reshape(len(s_texts), len(names))
            top = -np.sort(-p, axis=0)
            best[r] = top[0]
            second[r] = top[1] if len(top) > 1 else 0.0
        return best, second

    best, second = scores(te)
    ref_n = int(os.environ.get("REF", "0"))
    if not ref_n:
        return best, second
    ref = np.random.default_rng(17).choice(np.asarray(tr), size=min(ref_n, len(tr)), replace=False)
    return best, second, scores(ref)[0]


def main():
    cache, out = sys.argv[1], Path(sys.argv[2])
    data = pickle.loads(Path(cache).read_bytes())
    arts_all, _ = S.load_task(DATA)
    arts = [arts_all[i] for i in data["ids"]]
    S.embed(arts, cache=EMBED)
    labels = S.label_vectors()
    texts, dense = S.narrative_rows(arts, labels, 0.0)
    sent = sentence_rows(arts, labels)
    ids = data["ids"]
    found = []
    for n, fold in enumerate(data["folds"], 1):
        t0 = time.time()
        tr, te = fold["train"], fold["test"]
        inner = []
        for (itr, ite), arrays in zip(S._folds([ids[i] for i in tr]), fold["inner"], strict=True):
            b = best_sentences(texts, dense, arts, sent, tr[itr], tr[ite])
            assert b[0].shape == arrays[0].coarse.shape
            inner.append(b)
        b = best_sentences(texts, dense, arts, sent, tr, te)
        assert b[0].shape == fold["outer"][0].coarse.shape
        found.append({"inner": inner, "outer": b})
        print(f"fold {n}: {time.time() - t0:.0f} s", flush=True)
    out.write_bytes(pickle.dumps(found))


if __name__ == "__main__":
    main()
