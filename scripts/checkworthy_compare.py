"""Compare check-worthiness feature sets and threshold choices across debates (docs/EVALUATION.md).

Usage (from the project root, after `spinscope train claims` has cached the MiniLM and spaCy features):
    python scripts/checkworthy_compare.py dense dense4 current          # without spaCy features
    SPACY=sp python scripts/checkworthy_compare.py dense4 current       # with them
Each line printed is one configuration: nested debate-fold F1 and dev-test F1 at each threshold choice.
"""
import sys, time, json
from pathlib import Path
import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from spinscope.training.claims import CHECKTHAT_FILES, read_checkthat, _cached_embeddings, _cached_linguistic
from spinscope.components.claims import style_features

D = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "checkthat2024_en"
S = {n: read_checkthat(D / f) for n, f in CHECKTHAT_FILES.items()}
T = {n: [r.text for r in rows] for n, rows in S.items()}
Y = {n: np.array([r.label == "Yes" for r in rows], dtype=int) for n, rows in S.items()}
E = {n: _cached_embeddings(D / CHECKTHAT_FILES[n], T[n], print) for n in S}
ST = {n: style_features(T[n]) for n in S}
SP = {n: _cached_linguistic(D / CHECKTHAT_FILES[n], T[n], print) for n in S}
import os
if os.environ.get("SPACY"):
    ST = {n: np.hstack([ST[n], SP[n]]) for n in S}
    print("with spacy features", ST["train"].shape)
ids = np.array([int(r.sentence_id) for r in S["train"]])
fold = np.minimum(ids // 6000, 5)   # 6 contiguous id blocks ~ groups of debates
print("fold sizes", np.bincount(fold), "pos rate", [round(Y["train"][fold == k].mean(), 3) for k in range(6)])

def f1(y, p, t, w=None):
    pred = p >= t
    w = np.ones_like(p) if w is None else w
    tp = (w * (pred & (y == 1))).sum(); fp = (w * (pred & (y == 0))).sum(); fn = (w * (~pred & (y == 1))).sum()
    return 0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn)

def prior_weights(y, prior):
    base = y.mean()
    return np.where(y == 1, prior / base, (1 - prior) / (1 - base))

GRID = np.arange(0.05, 0.95, 0.01)
PRIORS = (0.15, 0.25, 0.35, 0.45)
def best_t(y, p, robust=False):
    if robust:
        scores = [np.mean([f1(y, p, t, prior_weights(y, q)) for q in PRIORS]) for t in GRID]
    else:
        scores = [f1(y, p, t) for t in GRID]
    return float(GRID[int(np.argmax(scores))])

def run(name, make_x, make_clf):
    t0 = time.time()
    oof = np.zeros(len(Y["train"]))
    for k in range(6):
        tr, te = fold != k, fold == k
        Xtr, Xte = make_x(tr, te)
        clf = make_clf().fit(Xtr, Y["train"][tr])
        oof[te] = clf.predict_proba(Xte)[:, 1]
    Xtr, (Xdev, Xdt) = make_x(None, None, full=True)
    clf = make_clf().fit(Xtr, Y["train"])
    pdev, pdt = clf.predict_proba(Xdev)[:, 1], clf.predict_proba(Xdt)[:, 1]
    # nested: per held-out fold, threshold from the other folds' OOF
    nested = []
    for k in range(6):
        t = best_t(Y["train"][fold != k], oof[fold != k], robust=True)
        nested.append(f1(Y["train"][fold == k], oof[fold == k], t))
    res = {"name": name, "secs": round(time.time() - t0),
           "oof_f1_best": round(max(f1(Y["train"], oof, t) for t in GRID), 4),
           "nested_fold_f1": [round(x, 3) for x in nested], "nested_mean": round(float(np.mean(nested)), 4)}
    for tn, t in (("dev", best_t(Y["dev"], pdev)), ("oof", best_t(Y["train"], oof)),
                  ("oof_robust", best_t(Y["train"], oof, True)), ("dev_robust", best_t(Y["dev"], pdev, True))):
        res[f"t_{tn}"] = round(t, 2)
        res[f"devtest@{tn}"] = round(f1(Y["dev-test"], pdt, t), 4)
        res[f"devtest_priors@{tn}"] = [round(f1(Y["dev-test"], pdt, t, prior_weights(Y["dev-test"], q)), 3) for q in PRIORS]
    res["devtest_oracle"] = round(max(f1(Y["dev-test"], pdt, t) for t in GRID), 4)
    res["dev_at_t_dev"] = round(f1(Y["dev"], pdev, res["t_dev"]), 4)
    print(json.dumps(res, default=float), flush=True)
    return res

def hashing():
    return make_pipeline(HashingVectorizer(ngram_range=(1, 2), n_features=2**17, alternate_sign=False, norm=None,
                                           lowercase=True, strip_accents="unicode"), TfidfTransformer(sublinear_tf=True))

def mk_full(use_tfidf, dense_w=1.0, tfidf_w=1.0):
    def make_x(tr, te, full=False):
        if use_tfidf:
            v = hashing()
            if full:
                v.fit([T["train"][i] for i in range(len(T["train"]))])
            else:
                v.fit([T["train"][i] for i in np.flatnonzero(tr)])
        def feats(split, mask):
            texts = T[split] if mask is None else [T[split][i] for i in np.flatnonzero(mask)]
            e = E[split] if mask is None else E[split][mask]
            st = ST[split] if mask is None else ST[split][mask]
            b = [sparse.csr_matrix(e * dense_w), sparse.csr_matrix(st)]
            if use_tfidf:
                b.insert(0, v.transform(texts) * tfidf_w)
            return sparse.hstack(b).tocsr()
        if full:
            return feats("train", None), (feats("dev", None), feats("dev-test", None))
        return feats("train", tr), feats("train", te)
    return make_x

which = sys.argv[1:] or ["dense", "current"]
if "dense" in which:
    run("dense_style_C1", mk_full(False), lambda: LogisticRegression(C=1.0, max_iter=3000, class_weight="balanced"))
if "dense4" in which:
    run("dense_style_C4" + os.environ.get("SPACY", ""), mk_full(False), lambda: LogisticRegression(C=4.0, max_iter=3000, class_weight="balanced"))
if "current" in which:
    run("tfidf_dense_style_C4" + os.environ.get("SPACY", ""), mk_full(True), lambda: LogisticRegression(C=4.0, max_iter=3000, class_weight="balanced"))
if "tfidf_half" in which:
    run("tfidf05_dense_style_C4", mk_full(True, tfidf_w=0.5), lambda: LogisticRegression(C=4.0, max_iter=3000, class_weight="balanced"))
if "mlp" in which:
    from sklearn.neural_network import MLPClassifier
    run("mlp_dense_style", mk_full(False), lambda: MLPClassifier(hidden_layer_sizes=(256,), alpha=1e-3, early_stopping=True, random_state=0, max_iter=200))
