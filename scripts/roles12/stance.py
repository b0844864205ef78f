"""Round 12 (roles12): the entity's country (actors.v1) crossed with the article's stance, added to the role model:
``oracle`` the gold subtask-2 narratives (a ceiling, not deployable), ``stance`` narratives predicted from the article
mean vector (cross-fitted inside each training part), ``pca K`` the article vector's first K components.

Usage: python scripts/roles12/stance.py TRAIN_ROWS.pkl E2E.pkl oracle|stance|pca K WEIGHT [C [tfidf]]
(stance: C of the narrative classifiers, default 1; "tfidf" adds TF-IDF of the article text to its mean vector)
"""
import pickle, sys, hashlib
import numpy as np
from collections import Counter
from pathlib import Path
from scipy import sparse
sys.path.insert(0, "scripts/roles11")
import folds as F
from spinscope.components.semeval2025 import MAIN_ROLES, stack_features
from spinscope.training import semeval2025 as S
tr_ = pickle.load(open(sys.argv[1], "rb")); e2e = pickle.load(open(sys.argv[2], "rb"))
mode = sys.argv[3]; K = int(sys.argv[4]); W = float(sys.argv[5])
rows, mentions = tr_["rows"], tr_["mentions"]
match, actors, ar = e2e["match"], e2e["actors"], e2e["rows"]["actor"]
arts_t, _ = S.load_task(Path('/work/shared/data'))
S.embed([arts_t[a] for a in sorted({m.article for m in mentions})], cache=Path("/tmp/semeval2025-cache"), progress=lambda s: None)
gold = np.array([m.main for m in mentions]); arts = [m.article for m in mentions]
tune = np.array([int(hashlib.sha1(f"tune:{a}".encode()).hexdigest(), 16) % 2 == 0 for a in arts])
def key_of(a): return a["country"] or (a["code"] or "none")[:3]
mkey = [key_of(actors[m.article][x]) if x is not None else "none" for m, x in zip(mentions, match)]
NARR = sorted({n.split(":")[1].strip() if ":" in n else n for a in arts_t.values() for n in a.narratives})
def stance(aid, dense_row, pca):
    if mode == "stance":
        return pca[aid]
    if mode == "oracle":
        s = {n.split(":")[1].strip() if ":" in n else n for n in arts_t[aid].narratives}
        return np.array([n in s for n in NARR], float)
    mu, comp = pca
    return (dense_row[768:] - mu) @ comp.T
def block(keys, aids, dense, keyset, pca):
    out = []
    for k, aid, d in zip(keys, aids, dense):
        st = stance(aid, d, pca); kk = k if k in keyset else "other"
        v = np.zeros((len(keyset) + 1) * (len(st) + 1)); j = (sorted(keyset) + ["other"]).index(kk) * (len(st) + 1)
        v[j] = 1; v[j + 1:j + 1 + len(st)] = st
        out.append(v)
    return sparse.csr_matrix(np.array(out) * W)
for part, folds in F.partitions(arts).items():
    alone = np.full(len(mentions), "", dtype=object); analyze = np.full(len(mentions), "", dtype=object); shown = Counter()
    for tr, te in folds:
        fit = S.fit_roles(rows.take(list(tr)), [mentions[i] for i in tr], F.PARAMS, fine=False)
        b = fit.bundle
        keyset = {k for k, n in Counter(mkey[i] for i in tr).items() if n >= 10 and k != "none"}
        trart = sorted({arts[i] for i in tr})
        A = np.stack([arts_t[a].vectors.mean(0) for a in trart]); mu = A.mean(0)
        comp = np.linalg.svd(A - mu, full_matrices=False)[2][:K]
        comp = comp / np.std((A - mu) @ comp.T, axis=0)[:, None]
        pca = (mu, comp)
        if mode == "stance":
            from sklearn.linear_model import LogisticRegression
            from sklearn.multiclass import OneVsRestClassifier
            from sklearn.model_selection import KFold
            def nar(a): return {n.split(":")[1].strip() if ":" in n else n for n in arts_t[a].narratives}
            labs = [n for n in NARR if sum(n in nar(a) for a in trart) >= 5]
            Y = np.array([[n in nar(a) for n in labs] for a in trart], int)
            from sklearn.feature_extraction.text import TfidfVectorizer
            from sklearn.pipeline import make_pipeline
            from sklearn.compose import ColumnTransformer
            def ovr(): return OneVsRestClassifier(LogisticRegression(C=float(sys.argv[6]) if len(sys.argv) > 6 else 1.0, max_iter=1000))
            if mode == "stance" and len(sys.argv) > 7 and sys.argv[7] == "tfidf":
                vec = TfidfVectorizer(min_df=3, max_features=3000, sublinear_tf=True, stop_words="english")
                vec.fit([arts_t[a].text for a in trart])
                from scipy import sparse as _sp
                def feats(alist): return _sp.hstack([vec.transform([arts_t[a].text for a in alist]), _sp.csr_matrix(np.stack([arts_t[a].vectors.mean(0) for a in alist]))]).tocsr()
                A = feats(trart)
            else:
                def feats(alist): return np.stack([arts_t[a].vectors.mean(0) for a in alist])
            st = {}
            for itr, ite in KFold(5, shuffle=True, random_state=0).split(np.arange(len(trart))):
                keep = Y[itr].sum(0) > 0
                m = ovr().fit(A[itr], Y[itr][:, keep]); pr = np.zeros((len(ite), Y.shape[1])); pr[:, keep] = m.predict_proba(A[ite])
                for j, i in enumerate(ite): st[trart[i]] = pr[j]
            full = ovr().fit(A, Y)
            test_arts = sorted({arts[i] for i in te})
            for a, pr in zip(test_arts, full.predict_proba(feats(test_arts))): st[a] = pr
            pca = st
        def X(r, keys, aids):
            base = stack_features(b, r.lexical, np.stack(r.dense), r.context, np.stack(r.numbers))
            return sparse.hstack([base, block(keys, aids, r.dense, keyset, pca)]).tocsr()
        xt = X(rows.take(list(tr)), [mkey[i] for i in tr], [arts[i] for i in tr])
        lr = S._logreg(1.0); lr.fit(xt, [mentions[i].main for i in tr]); cls = list(lr.classes_)
        xs = X(rows.take(list(te)), [mkey[i] for i in te], [arts[i] for i in te])
        for i, p in zip(te, lr.predict_proba(xs)): alone[i] = cls[int(p.argmax())]
        ta = {arts[i] for i in te}; roles = {}
        for (aid, k), r in ar.items():
            if aid not in ta: continue
            p = lr.predict_proba(X(r, [key_of(actors[aid][k])] * len(r), [aid] * len(r))).mean(0)
            roles[(aid, k)] = cls[int(p.argmax())]
        for i in te:
            if match[i] is not None: analyze[i] = roles[(arts[i], match[i])]
        shown.update(r for (a, k), r in roles.items() if actors[a][k]["main"])
    ol = alone == gold; oa = analyze == gold
    print(f"{mode} K={K} W={W} {part}: annotated {ol.mean():.4f} (tune {ol[tune].mean():.4f} held {ol[~tune].mean():.4f}) pred {dict(Counter(alone))}; analyze {oa.mean():.4f} main P/A/I {shown['Protagonist']}/{shown['Antagonist']}/{shown['Innocent']}", flush=True)
