import pickle, sys, itertools, numpy as np, time
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import StratifiedKFold
from sklearn.metrics import f1_score
D = pickle.load(open("/tmp/genre5/feats.pkl","rb"))
NEWS = np.array([0.25,0.65,0.10]); CLIP=2.5
EXTRA_LANGS = ["fr","ge","it","po","ru"]
def z(m, ref=None):
    ref = m if ref is None else ref
    return np.clip((m-ref.mean(0))/(ref.std(0)+1e-3), -CLIP, CLIP)
def block(g, cols, ref=None):
    d = D[g]; m = np.hstack([d["style"], d["extra"]])[:, cols]
    r = None if ref is None else np.hstack([D[ref]["style"], D[ref]["extra"]])[:, cols]
    return z(m, r)
def mixw(y, mix=NEWS):
    c = np.bincount(y, minlength=3).astype(float); return mix[y]/c[y]*len(y)
def news(p, y): return f1_score(y, p.argmax(1), labels=[0,1,2], average="macro", sample_weight=mixw(y), zero_division=0)
def plain(p, y): return f1_score(y, p.argmax(1), labels=[0,1,2], average="macro", zero_division=0)
def bal(p,y): return f1_score(y, p.argmax(1), labels=[0,1,2], average="macro", sample_weight=1/np.bincount(y,minlength=3)[y], zero_division=0)

S12 = list(range(12)); ALL = list(range(24))
LATEW = 1.0
def fit_predict(texts_tr, S_tr, y_tr, texts_te, S_te, *, tfidf, w, C, sw=None):
    parts_tr, parts_te = [], []
    if tfidf:
        v = TfidfVectorizer(ngram_range=(1,2), min_df=2, max_features=40000, sublinear_tf=True, strip_accents="unicode", dtype=np.float32)
        v.fit([t for t in texts_tr if t])
        parts_tr.append(v.transform(texts_tr)); parts_te.append(v.transform(texts_te))
    parts_tr.append(sparse.csr_matrix(S_tr*w)); parts_te.append(sparse.csr_matrix(S_te*w))
    X = sparse.hstack(parts_tr).tocsr(); Xt = sparse.hstack(parts_te).tocsr()
    if sw is None:
        lr = LogisticRegression(C=C, class_weight="balanced", max_iter=3000).fit(X, y_tr)
    else:
        cnt = np.array([sw[y_tr==k].sum() for k in range(3)])
        lr = LogisticRegression(C=C, max_iter=3000).fit(X, y_tr, sample_weight=sw*(sw.sum()/(3*cnt))[y_tr])
    return lr.predict_proba(Xt)

EN = D["en_train"]
LATE = np.array([810_000_000 <= int(i) < 900_000_000 for i in EN["ids"]])
def en_rows(cols): return block("en_train", cols)
def extra_rows(cols, langs=EXTRA_LANGS):
    S = np.vstack([block(l, cols) for l in langs]); y = np.concatenate([D[l]["y"] for l in langs])
    return [""]*len(y), S, y

def oof(idx, recipe, seed=13):
    """OOF probs over EN train indices idx for recipe=(tfidf,cols,w,C,extra)."""
    tfidf, cols, w, C, use_extra = recipe
    S = en_rows(cols); y = EN["y"]; T = EN["texts"]
    et, eS, ey = extra_rows(cols)
    out = np.zeros((len(idx),3))
    for a, b in StratifiedKFold(5, shuffle=True, random_state=seed).split(idx, y[idx]):
        tr, te = idx[a], idx[b]
        Ttr = [T[i] for i in tr]; Str = S[tr]; ytr = y[tr]
        if use_extra: Ttr = Ttr + et; Str = np.vstack([Str, eS]); ytr = np.concatenate([ytr, ey])
        sw = np.concatenate([np.where(LATE[tr], LATEW, 1.0), np.ones(len(ytr)-len(tr))])
        out[b] = fit_predict(Ttr, Str, ytr, [T[i] for i in te], S[te], tfidf=tfidf, w=w, C=C, sw=sw)
    return out

OFFS = [(0,r,s) for r in np.arange(-1,2.01,0.25) for s in np.arange(-1.5,1.51,0.5)]
def apply_off(p, o): 
    l = np.log(np.clip(p,1e-9,1)) + np.array(o); l -= l.max(1, keepdims=True); e = np.exp(l); return e/e.sum(1,keepdims=True)
def best_off(p, y):
    return max(OFFS, key=lambda o: (news(apply_off(p,o), y), -abs(o[1])-abs(o[2])))

if __name__ == "__main__":
    recipes = {
      "tfidf+s12*0.3 C=0.3": (True, S12, 0.3, 0.3, True),
      "tfidf+s12*0.3 C=0.1": (True, S12, 0.3, 0.1, True),
      "tfidf+s12*1 C=0.3": (True, S12, 1.0, 0.3, True),
      "tfidf+s24*0.3 C=0.3": (True, ALL, 0.3, 0.3, True),
      "tfidf+s24*0.3 C=0.1": (True, ALL, 0.3, 0.1, True),
      "tfidf+s24*1 C=0.3": (True, ALL, 1.0, 0.3, True),
      "tfidf+s24*1 C=0.1": (True, ALL, 1.0, 0.1, True),
      "s24 C=0.1": (False, ALL, 1.0, 0.1, True),
      "s12 C=0.1": (False, S12, 1.0, 0.1, True),
    }
    if "late5" in sys.argv: LATEW = 5.0; sys.argv.remove("late5"); SUFFIX = "late5"
    else: SUFFIX = ""
    if len(sys.argv) > 1: recipes = {k: v for k, v in recipes.items() if any(s in k for s in sys.argv[1:])}
    y = EN["y"]; allidx = np.arange(len(y))
    res = {k: [] for k in recipes}
    REPS = 1 if "one" in sys.argv else 2
    if "one" in sys.argv: sys.argv.remove("one")
    for rep in range(REPS):
        outer = StratifiedKFold(5, shuffle=True, random_state=100+rep)
        for fo, (a, b) in enumerate(outer.split(allidx, y)):
            tr, te = allidx[a], allidx[b]
            for k, r in recipes.items():
                inner = oof(tr, r, seed=rep)
                o = best_off(inner, y[tr])
                # outer prediction: fit on tr (+extra)
                tfidf, cols, w, C, ue = r
                S = en_rows(cols); T = EN["texts"]; et, eS, ey = extra_rows(cols)
                sw = np.concatenate([np.where(LATE[tr], LATEW, 1.0), np.ones(len(ey))])
                p = fit_predict([T[i] for i in tr]+et, np.vstack([S[tr], eS]), np.concatenate([y[tr], ey]), [T[i] for i in te], S[te], tfidf=tfidf, w=w, C=C, sw=sw)
                res[k].append((te, p, o, news(inner, y[tr])))
        print("rep", rep, time.strftime("%X"), flush=True)
    pickle.dump(res, open(f"/tmp/genre5/nested_{'_'.join(sys.argv[1:]) or 'all'}{SUFFIX}.pkl","wb"))
    for k, L in res.items():
        for rep in range(REPS):
            P = np.zeros((len(y),3)); Po = np.zeros((len(y),3)); offs=[]
            for te, p, o, _ in L[rep*5:(rep+1)*5]: P[te] = p; Po[te] = apply_off(p, o); offs.append(o)
            print(f"{k:24s} rep{rep} news {news(P,y):.3f} news+off {news(Po,y):.3f} plain {plain(P,y):.3f}/{plain(Po,y):.3f} bal {bal(P,y):.3f} offs {[tuple(round(float(x),2) for x in o[1:]) for o in offs]}")
