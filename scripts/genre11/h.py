"""Genre round 8 harness: three estimates per recipe.
A late batch leave-one-out (17 EN articles, ids 810-899 M, the hidden set's period and annotation);
B 5-fold over all 433 EN articles (train + validation; news-weighted macro-F1 and plain), other languages always in training;
C polnear_dev (84 real 2016 news articles, measuring only): share predicted reporting / satire, model fitted on all.
The TF-IDF vocabulary is fitted once on all English texts (no labels).
Recipe keys: C, sw (style weight), wl (late weight), wo (older-English weight), we (other languages' weight),
cols (style columns), off (log offsets opinion/reporting/satire, applied after fitting), emb (MiniLM block weight)."""
import pickle, sys, time, re, glob, os
import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import StratifiedKFold
from sklearn.metrics import f1_score, confusion_matrix
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[2] / "src"))
D = pickle.load(open("/tmp/genre5/feats.pkl", "rb"))
NEWS = np.array([0.25, 0.65, 0.10]); CLIP = 2.5
LANGS = ["fr", "ge", "it", "po", "ru"]
ids = D["en_train"]["ids"] + D["en_val"]["ids"]; T = D["en_train"]["texts"] + D["en_val"]["texts"]
y = np.concatenate([D["en_train"]["y"], D["en_val"]["y"]])
CU = pickle.load(open("/tmp/genre11/cues.pkl", "rb"))
RAW = np.vstack([np.hstack([D[g]["style"], D[g]["extra"], CU[g]]) for g in ("en_train", "en_val")])
LATE = np.array([810e6 <= int(i) < 900e6 for i in ids]); L = np.where(LATE)[0]
n = len(y)
def z(m, ref):
    return np.clip((m - ref.mean(0)) / (ref.std(0) + 1e-3), -CLIP, CLIP)
ZE = z(RAW, RAW)
OX = {l: z(np.hstack([D[l]["style"], D[l]["extra"], CU[l]]), np.hstack([D[l]["style"], D[l]["extra"], CU[l]])) for l in LANGS}
OY = np.concatenate([D[l]["y"] for l in LANGS]); OZ = np.vstack([OX[l] for l in LANGS])
VEC = TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=40000, sublinear_tf=True, strip_accents="unicode", dtype=np.float32).fit(T)
XT = VEC.transform(T)
# polnear
PN = os.environ.get("PN", "/tmp/genre8/pn_feats.pkl")
if not os.path.exists(PN):
    from spinscope.training.data import Article
    from spinscope.training.articles import style_matrix
    sys.path.insert(0, os.path.dirname(__file__) + "/../genre5")
    files = sorted(glob.glob("/work/shared/data/polnear_dev/text/*.txt"))
    texts = [open(f, encoding="utf-8").read() for f in files]
    arts = [Article(id=str(k), text=t) for k, t in enumerate(texts)]
    st = style_matrix(arts, "en")
    import importlib.util
    src = open(os.path.dirname(os.path.abspath(__file__)) + "/../genre5/feats.py").read().split("EXTRA =")[0]
    ns = {"__file__": os.path.abspath(os.path.dirname(os.path.abspath(__file__)) + "/../genre5/feats.py")}; exec(src.split("out = {}")[0], ns)
    ex = np.array([ns["extra"](t) for t in texts], dtype=np.float32)
    pickle.dump(dict(files=files, texts=texts, raw=np.hstack([st, ex])), open(PN, "wb"))
P = pickle.load(open(PN, "rb"))
PZ = z(np.hstack([P["raw"], CU["polnear"]]), RAW); PT = VEC.transform(P["texts"])
SN = "/tmp/genre11/sample_feats.pkl"
if not os.path.exists(SN):
    from spinscope.training.data import Article
    from spinscope.training.articles import style_matrix
    st_text = open("/work/shared/examples/sample-opinion-article.txt", encoding="utf-8").read()
    src = open(os.path.dirname(os.path.abspath(__file__)) + "/../genre5/feats.py").read().split("EXTRA =")[0]
    ns = {"__file__": os.path.abspath(os.path.dirname(os.path.abspath(__file__)) + "/../genre5/feats.py")}; exec(src.split("out = {}")[0], ns)
    pickle.dump(dict(text=st_text, raw=np.hstack([style_matrix([Article(id="s", text=st_text)], "en"), np.array([ns["extra"](st_text)], dtype=np.float32)])), open(SN, "wb"))
S = pickle.load(open(SN, "rb"))
SZ = z(np.hstack([S["raw"], CU["sample"]]), RAW); ST = VEC.transform([S["text"]])
EMB = None
def emb():
    global EMB
    if EMB is None:
        F = pickle.load(open("/tmp/genre5/frames.pkl", "rb"))
        m = {i: v for g in ("train", "val") for i, v in zip(F[g]["ids"], F[g]["emb"])}
        EMB = np.stack([m[i] for i in ids])
        EMB = (EMB - EMB.mean(0)) / (EMB.std(0) + 1e-6)
    return EMB

def design(r, en_idx, other=True):
    cols = r.get("cols", list(range(12))); sw = r.get("sw", 0.3)
    parts = [XT[en_idx] * r.get("tw", 1.0), sparse.csr_matrix(ZE[en_idx][:, cols] * sw)]
    if r.get("emb"): parts.append(sparse.csr_matrix(emb()[en_idx] * r["emb"]))
    X = sparse.hstack(parts).tocsr()
    if not other: return X
    parts = [sparse.csr_matrix((len(OY), XT.shape[1]), dtype=np.float32), sparse.csr_matrix(OZ[:, cols] * sw)]
    if r.get("emb"): parts.append(sparse.csr_matrix((len(OY), EMB.shape[1])))
    return sparse.vstack([X, sparse.hstack(parts).tocsr()]).tocsr()

def fit(r, en_idx):
    X = design(r, en_idx, other=r.get("we", 1.0) > 0)
    yy = y[en_idx]; w = np.where(LATE[en_idx], r.get("wl", 5.0), r.get("wo", 1.0))
    if r.get("we", 1.0) > 0:
        yy = np.concatenate([yy, OY]); w = np.concatenate([w, np.full(len(OY), r.get("we", 1.0))])
    cnt = np.array([w[yy == k].sum() for k in range(3)])
    sw = w * (w.sum() / (3 * cnt))[yy]
    return LogisticRegression(C=r.get("C", 0.1), max_iter=3000).fit(X, yy, sample_weight=sw)

def off(p, o):
    l = np.log(np.clip(p, 1e-12, 1)) + np.asarray(o); l -= l.max(1, keepdims=True); e = np.exp(l); return e / e.sum(1, keepdims=True)
def mixw(yt, mix=NEWS):
    c = np.bincount(yt, minlength=3).astype(float); return mix[yt] / np.maximum(c[yt], 1) * len(yt)
def news(p, yt): return f1_score(yt, p.argmax(1), labels=[0, 1, 2], average="macro", sample_weight=mixw(yt), zero_division=0)
def plain(p, yt): return f1_score(yt, p.argmax(1), labels=[0, 1, 2], average="macro", zero_division=0)
def ece(p, yt, w=None, bins=(0, .45, .55, .65, .75, 1.01)):
    w = np.ones(len(yt)) if w is None else w
    conf = p.max(1); ok = (p.argmax(1) == yt).astype(float); e = 0; rows = []
    for a, b in zip(bins[:-1], bins[1:]):
        m = (conf >= a) & (conf < b)
        if m.any():
            ww = w[m]; c = np.average(conf[m], weights=ww); acc = np.average(ok[m], weights=ww)
            e += ww.sum() / w.sum() * abs(c - acc); rows.append(f"{c:.2f}->{acc:.2f} ({m.sum()})")
    return e, rows

def late_loo(r):
    out = np.zeros((len(L), 3))
    for a, i in enumerate(L):
        idx = np.setdiff1d(np.arange(n), [i]); m = fit(r, idx)
        out[a] = m.predict_proba(design(r, np.array([i]), other=False))[0]
    return out
def kfold(r, seed=13):
    out = np.zeros((n, 3))
    for a, b in StratifiedKFold(5, shuffle=True, random_state=seed).split(np.zeros(n), y):
        m = fit(r, a); out[b] = m.predict_proba(design(r, b, other=False))
    return out
def polnear(r):
    m = fit(r, np.arange(n))
    if r.get("emb"): raise SystemExit("no polnear emb")
    out = []
    for T_, Z_ in ((PT, PZ), (ST, SZ)):
        X = sparse.hstack([T_ * r.get("tw", 1.0), sparse.csr_matrix(Z_[:, r.get("cols", list(range(12)))] * r.get("sw", 0.3))]).tocsr()
        out.append(m.predict_proba(X))
    return np.vstack(out)   # 84 polnear rows, then the sample article

def report(name, r, res):
    o = r.get("off", (0, 0, 0))
    la, kf, pn = (off(res[k], o) if res.get(k) is not None else None for k in ("late", "kf", "pn"))
    s = f"{name:40s}"
    if la is not None:
        s += f" | late {plain(la, y[L]):.3f} acc {(la.argmax(1)==y[L]).mean():.2f} pred {np.bincount(la.argmax(1), minlength=3)}"
    if kf is not None:
        nl = ~LATE
        s += f" | 5f news {news(kf, y):.3f} plain {plain(kf, y):.3f} old-news {news(kf[nl], y[nl]):.3f}"
    if pn is not None:
        s += f" | polnear o/r/s {np.bincount(pn[:84].argmax(1), minlength=3)} sample {np.round(pn[84], 2)}"
    print(s, flush=True)

if __name__ == "__main__":
    import json
    recipes = json.loads(sys.argv[1]); want = sys.argv[2] if len(sys.argv) > 2 else "late,kf,pn"
    for name, r in recipes.items():
        t0 = time.time()
        res = {k: f(r) for k, f in (("late", late_loo), ("kf", kfold), ("pn", polnear)) if k in want}
        pickle.dump(dict(r=r, res=res), open(f"/tmp/genre11/res_{name}.pkl", "wb"))
        report(name, r, res)
        print("   ", round(time.time() - t0), "s", flush=True)
