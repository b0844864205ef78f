"""Cache the narrative model's classifier outputs on every inner and outer fold of a nested 5-fold CV by article
(and of the validation split), for the decision-rule harness ``narr_fast.py`` (round 8's scratch script, kept).

Env: NC (C of the narrative classifiers), OUT (pickle), FRESH (a seed: outer folds by sha1(seed + id) % 5 instead
of ``training/semeval2025.py:_folds``, and no validation split; the inner folds stay the training code's).
Usage: NC=1.0 OUT=/tmp/f.pkl [FRESH=roles9] python scripts/roles9/narr_folds.py"""
import pickle, sys, time, os
from pathlib import Path
import numpy as np
from spinscope.training import semeval2025 as S
from spinscope.components.narratives import cue_counts

DATA = Path("/work/shared/data")
arts_all, _ = S.load_task(DATA)
arts = [a for a in arts_all.values() if a.narratives]
S.embed(arts, cache=Path("/tmp/semeval2025-cache"))
labels = S.label_vectors()
if os.environ.get("NV") == "other":
    from sklearn.feature_extraction.text import TfidfVectorizer
    _orig_vec = S._vectorizer
    S._vectorizer = lambda kind="roles": TfidfVectorizer(**S.OTHER_VECTORIZER) if kind == "narratives" else _orig_vec(kind)
params = {"C": float(os.environ.get("NC", "2.0")), "dense_weight": 1.0, "label_weight": 0.0, "cue_weight": 0.0}
texts, dense = S.narrative_rows(arts, labels, 0.0)

MODE = os.environ.get("MODE", "")
OUT = os.environ.get("OUT", "/tmp/r5/folds.pkl")

def domainwise(model, tr_texts, tr_dense, tr_arts):
    b = model.bundle
    x = model.features(tr_texts, tr_dense)
    dom = np.array([S._domain(a.id) for a in tr_arts])
    for key, labs, gold in (("coarse", b["coarse_labels"], lambda a, l: l in a.narratives),
                            ("fine", b["fine_labels"], lambda a, l: l in a.subnarratives)):
        ovr = b[key]
        for j, lab in enumerate(labs):
            d = "CC" if lab.startswith("CC") else "URW"
            rows = np.where(dom == d)[0]
            y = np.array([gold(tr_arts[i], lab) for i in rows], dtype=int)
            if y.sum() < 1 or y.sum() == len(y):
                continue
            est = S._logreg(float(params["C"]), "balanced", solver="liblinear")
            est.fit(x[rows], y)
            ovr.estimators_[j] = est

def fold(tr, te):
    tr_arts = [arts[i] for i in tr]
    model = S._narrative_model(S.fit_narratives([texts[i] for i in tr], dense[tr], tr_arts,
                                               {**params, "other_C": None}, labels=labels))
    if "cdom" in MODE:
        domainwise(model, [texts[i] for i in tr], dense[tr], tr_arts)
    x = model.features([texts[i] for i in te], dense[te])
    vec, x_tr = S._other_features([texts[i] for i in tr], dense[tr], 1.0)
    _, x_te = S._other_features([texts[i] for i in te], dense[te], 1.0, vec)
    other = {c: np.asarray(S._other_classifier(x_tr, tr_arts, c).predict_proba(x_te))[:, 1] for c in S.OTHER_C}
    if "odom" in MODE:
        dom_tr = np.array([S._domain(a.id) for a in tr_arts])
        pd = model.row_probabilities(x).domain
        cls = list(model.bundle["domain"].classes_)
        is_cc = np.asarray(cls)[pd.argmax(1)] == "CC"
        for c in S.OTHER_C:
            p = np.zeros(len(te))
            for d, mask in (("CC", is_cc), ("URW", ~is_cc)):
                rows = np.where(dom_tr == d)[0]
                m = S._other_classifier(x_tr[rows], [tr_arts[i] for i in rows], c)
                if mask.any():
                    p[mask] = m.predict_proba(x_te[mask])[:, 1]
            other[c] = p
    f = S._Fold(model, x, np.asarray(te), model.row_probabilities(x, cue_counts([texts[i] for i in te])), other)
    return S._fold_arrays(f, arts), f

def inner(idx):
    sub = [arts[i] for i in idx]
    out = []
    for tr, te in S._folds([a.id for a in sub]):
        out.append(fold(idx[tr], idx[te])[0])
    return out

res = {"ids": [a.id for a in arts], "outer": []}
t0 = time.time()
allidx = np.arange(len(arts))
import hashlib
FRESH = os.environ.get("FRESH")
if FRESH:
    fno = np.array([int(hashlib.sha1(f"{FRESH}:{a.id}".encode()).hexdigest(), 16) % 5 for a in arts])
    outer_folds = [(np.where(fno != k)[0], np.where(fno == k)[0]) for k in range(5)]
else:
    outer_folds = S._folds([a.id for a in arts])
for n, (tr, te) in enumerate(outer_folds, 1):
    res["outer"].append({"tr": tr, "te": te, "inner": inner(tr), "test": fold(tr, te)[0]})
    print("outer", n, time.time() - t0, flush=True)
if not FRESH:
    tr = np.array([i for i, a in enumerate(arts) if not S.is_validation(a.id)])
    va = np.array([i for i, a in enumerate(arts) if S.is_validation(a.id)])
    res["val"] = {"tr": tr, "te": va, "inner": inner(tr), "test": fold(tr, va)[0]}
    print("val", time.time() - t0, flush=True)
pickle.dump(res, open(OUT, "wb"))
