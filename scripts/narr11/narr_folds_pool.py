"""Round 11 (narr11): the fold caches of ``scripts/roles9/narr_folds.py`` (same folds, same classifiers, C 2),
with, for every test article of every inner and outer fold, its sentences' own probabilities under the fold's
narrative and sub-narrative classifiers (each sentence read as an article of one sentence, as
``NarrativeModel.sentence_features`` does), pooled per label: the maximum and the mean of the best two
(``sent_coarse``, ``sent_fine``, ``sent_coarse2``, ``sent_fine2``), for the pooling rules of ``narr_pool.py``.

Env: OUT (pickle), COND (instead of the pooled sentences: ``fine_cond``, P(sub-narrative | narrative) from
classifiers fitted on the training articles of its narrative only), FRESH (a seed: outer folds by sha1(seed + id) % 5, no validation split), DENSE ("meanmax":
the dense row is the mean and the element-wise maximum of the sentence vectors).
Usage: OUT=/tmp/p.pkl [FRESH=roles9] python scripts/narr11/narr_folds_pool.py"""
import hashlib
import os
import pickle
import time
from pathlib import Path

import numpy as np

from spinscope.components.narratives import _proba, cue_counts
from spinscope.training import semeval2025 as S

DATA = Path("/work/shared/data")
arts_all, _ = S.load_task(DATA)
arts = [a for a in arts_all.values() if a.narratives]
S.embed(arts, cache=Path("/tmp/semeval2025-cache"))
labels = S.label_vectors()
params = {"C": 2.0, "dense_weight": 1.0, "label_weight": 0.0, "cue_weight": 0.0}
texts, dense = S.narrative_rows(arts, labels, 0.0)
if os.environ.get("DENSE") == "meanmax":
    dense = np.stack([np.concatenate([a.vectors.mean(0), a.vectors.max(0)]) for a in arts]).astype(np.float32)
OUT = os.environ["OUT"]
sent_texts = [[a.text[s:e] for s, e in a.sentences] for a in arts]


def pooled(model, te):
    """Per test article, the max and the mean of the best two sentence probabilities per label."""
    idx = [i for i in te]
    flat_t = [t for i in idx for t in sent_texts[i]]
    flat_v = np.vstack([arts[i].vectors for i in idx])
    x = model.features(flat_t, np.stack([model.dense_row(flat_v[k:k + 1]) for k in range(len(flat_v))]))
    pc = _proba(model.bundle["coarse"], x, len(model.coarse_labels))
    pf = _proba(model.bundle["fine"], x, len(model.fine_labels))
    out = {k: [] for k in ("c1", "c2", "f1", "f2")}
    pos = 0
    for i in idx:
        n = len(sent_texts[i])
        for key, p in (("c", pc), ("f", pf)):
            block = np.sort(p[pos:pos + n], axis=0)[::-1] if n else np.zeros((1, p.shape[1]))
            out[key + "1"].append(block[0])
            out[key + "2"].append(block[:2].mean(axis=0))
        pos += n
    return {k: np.stack(v) for k, v in out.items()}


def fold(tr, te):
    tr_arts = [arts[i] for i in tr]
    model = S._narrative_model(S.fit_narratives([texts[i] for i in tr], dense[tr], tr_arts,
                                               {**params, "other_C": None}, labels=labels))
    x = model.features([texts[i] for i in te], dense[te])
    vec, x_tr = S._other_features([texts[i] for i in tr], dense[tr], 1.0)
    _, x_te = S._other_features([texts[i] for i in te], dense[te], 1.0, vec)
    other = {c: np.asarray(S._other_classifier(x_tr, tr_arts, c).predict_proba(x_te))[:, 1] for c in S.OTHER_C}
    f = S._Fold(model, x, np.asarray(te), model.row_probabilities(x, cue_counts([texts[i] for i in te])), other)
    a = S._fold_arrays(f, arts)
    if os.environ.get("COND"):
        a.fine_cond = conditional(model, tr, x)
        return a
    p = pooled(model, te)
    a.sent_coarse, a.sent_coarse2, a.sent_fine, a.sent_fine2 = p["c1"], p["c2"], p["f1"], p["f2"]
    return a


def conditional(model, tr, x_te):
    """P(sub-narrative | its narrative) per test row: a logistic regression per sub-narrative fitted on the
    training articles whose gold holds its narrative (the positive rate where one class is missing)."""
    x_tr = model.features([texts[i] for i in tr], dense[tr])
    out = np.zeros((x_te.shape[0], len(model.fine_labels)))
    for k, f in enumerate(model.fine_labels):
        parent = next((c for c in model.coarse_labels if f.startswith(c + ": ")), None)
        rows = [r for r, i in enumerate(tr) if parent in arts[i].narratives]
        y = np.array([f in arts[tr[r]].subnarratives for r in rows], dtype=int)
        if len(rows) == 0:
            continue
        if y.min() == y.max():
            out[:, k] = y.mean()
            continue
        est = S._logreg(2.0, "balanced", solver="liblinear")
        est.fit(x_tr[rows], y)
        out[:, k] = est.predict_proba(x_te)[:, 1]
    return out


def inner(idx):
    sub = [arts[i] for i in idx]
    return [fold(idx[tr], idx[te]) for tr, te in S._folds([a.id for a in sub])]


res = {"ids": [a.id for a in arts], "outer": []}
t0 = time.time()
FRESH = os.environ.get("FRESH")
if FRESH:
    fno = np.array([int(hashlib.sha1(f"{FRESH}:{a.id}".encode()).hexdigest(), 16) % 5 for a in arts])
    outer_folds = [(np.where(fno != k)[0], np.where(fno == k)[0]) for k in range(5)]
else:
    outer_folds = S._folds([a.id for a in arts])
for n, (tr, te) in enumerate(outer_folds, 1):
    res["outer"].append({"tr": tr, "te": te, "inner": inner(tr), "test": fold(tr, te)})
    print("outer", n, round(time.time() - t0), flush=True)
if not FRESH:
    tr = np.array([i for i, a in enumerate(arts) if not S.is_validation(a.id)])
    va = np.array([i for i, a in enumerate(arts) if S.is_validation(a.id)])
    res["val"] = {"tr": tr, "te": va, "inner": inner(tr), "test": fold(tr, va)}
    print("val", round(time.time() - t0), flush=True)
pickle.dump(res, open(OUT, "wb"))
