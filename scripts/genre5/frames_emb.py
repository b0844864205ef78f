"""Frames: TF-IDF vs TF-IDF + whole-article MiniLM mean vector (the genre/roles sentence vectors), 5-fold OOF on
EN train; thresholds chosen on 4/5 of the OOF predictions and scored on the other 1/5 (nested for thresholds);
also global threshold and label-cardinality rules; validation scored once."""
import pickle, json, numpy as np, sys
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import KFold
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[2] / "src"))
from spinscope.training.articles import _best_frame_thresholds
F = pickle.load(open("/tmp/genre5/frames.pkl","rb"))
tr, va = F["train"], F["val"]
def micro(P, Yt):
    tp = (P & (Yt==1)).sum(); fp = (P & (Yt==0)).sum(); fn = (~P & (Yt==1)).sum()
    return 2*tp/(2*tp+fp+fn) if tp else 0.0
def feats(texts_fit, texts, E, dw):
    v = TfidfVectorizer(ngram_range=(1,2), min_df=2, max_features=40000, sublinear_tf=True, strip_accents="unicode", dtype=np.float32).fit(texts_fit)
    return v
def X(v, texts, E, dw):
    if dw < 0: return E
    parts = [v.transform(texts)]
    if dw: parts.append(sparse.csr_matrix(E*dw))
    return sparse.hstack(parts).tocsr()
recipes = {"emb only C=3": (-1.0, 3.0), "emb only C=10": (-1.0, 10.0), "tfidf C=10": (0.0, 10.0), "tfidf+emb C=10": (1.0, 10.0), "tfidf+emb C=3": (1.0, 3.0), "tfidf+emb C=30": (1.0, 30.0)}
Ytr = tr["Y"]; n = len(Ytr); THS = {}
for name, (dw, C) in recipes.items():
    oof = np.zeros(Ytr.shape)
    for a, b in KFold(5, shuffle=True, random_state=13).split(np.zeros(n)):
        v = feats([tr["texts"][i] for i in a], None, None, dw)
        m = OneVsRestClassifier(LogisticRegression(C=C, class_weight="balanced", max_iter=3000)).fit(X(v, [tr["texts"][i] for i in a], tr["emb"][a], dw), Ytr[a])
        oof[b] = m.predict_proba(X(v, [tr["texts"][i] for i in b], tr["emb"][b], dw))
    # nested thresholds: fit on 4/5 of OOF, score 1/5
    pf = np.zeros(Ytr.shape, bool); pg = np.zeros(Ytr.shape, bool)
    for a, b in KFold(5, shuffle=True, random_state=7).split(np.zeros(n)):
        th = _best_frame_thresholds(oof[a], Ytr[a]); pf[b] = oof[b] >= th
        g = max(np.round(np.arange(0.1,0.91,0.05),2), key=lambda t: micro(oof[a]>=t, Ytr[a])); pg[b] = oof[b] >= g
    th = _best_frame_thresholds(oof, Ytr); THS[name] = th
    v = feats(tr["texts"], None, None, dw)
    m = OneVsRestClassifier(LogisticRegression(C=C, class_weight="balanced", max_iter=3000)).fit(X(v, tr["texts"], tr["emb"], dw), Ytr)
    pv = m.predict_proba(X(v, va["texts"], va["emb"], dw))
    print(f"{name}: OOF(per-frame, seen) {micro(oof>=th, Ytr):.3f} nested per-frame {micro(pf, Ytr):.3f} nested global {micro(pg, Ytr):.3f} | validation per-frame {micro(pv>=th, va['Y']):.3f} card {(pv>=th).sum(1).mean():.2f}", flush=True)

# late batch: 4 folds over the 17 late articles, all other English (train + validation) in training
ids = tr["ids"] + va["ids"]; texts = tr["texts"] + va["texts"]; Y = np.vstack([tr["Y"], va["Y"]]); E = np.vstack([tr["emb"], va["emb"]])
late = np.array([810e6 <= int(i) < 900e6 for i in ids]); L = np.where(late)[0]
for name, (dw, C) in recipes.items():
    P = np.zeros((len(L), Y.shape[1]))
    for k in range(4):
        fold = L[k::4]; keep = np.ones(len(ids), bool); keep[fold] = False
        v = feats([t for t, kk in zip(texts, keep) if kk], None, None, dw)
        m = OneVsRestClassifier(LogisticRegression(C=C, class_weight="balanced", max_iter=3000)).fit(X(v, [t for t, kk in zip(texts, keep) if kk], E[keep], dw), Y[keep])
        P[[list(L).index(i) for i in fold]] = m.predict_proba(X(v, [texts[i] for i in fold], E[fold], dw))
    oofth = None
    print(f"late {name}: per-frame (train OOF thresholds) {micro(P >= THS[name], Y[L]):.3f} global 0.4 {micro(P >= 0.4, Y[L]):.3f}", flush=True)
