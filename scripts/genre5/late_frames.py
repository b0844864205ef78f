"""Frames on the late batch (EN ids 810M-900M, 17 articles): leave-one-out, late articles weighted w.
Decision: committed per-frame thresholds, one global threshold, or a global threshold chosen on the 16 other
late articles' LOO predictions (semi-nested: those predictions came from models that saw the held-out one)."""
import sys, json, pickle, time, numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.feature_extraction.text import TfidfVectorizer
args = sys.argv[1:]
F = pickle.load(open("/tmp/genre5/frames.pkl","rb"))
ids = F["train"]["ids"] + F["val"]["ids"]; texts = F["train"]["texts"] + F["val"]["texts"]
Y = np.vstack([F["train"]["Y"], F["val"]["Y"]])
late = np.array([810e6 <= int(i) < 900e6 for i in ids]); L = np.where(late)[0]
X = TfidfVectorizer(ngram_range=(1,2), min_df=2, max_features=40000, sublinear_tf=True, strip_accents="unicode", dtype=np.float32).fit_transform(texts).tocsr()
TH = np.array(json.load(open("" + str(__import__("pathlib").Path(__file__).resolve().parents[2]) + "/src/spinscope/resources/models/frames/config.json"))["thresholds"])
C = 10.0
W = [1.0, 5.0]
FOLDS = [L[k::4] for k in range(4)]
def micro(P, Yt):
    tp = (P & (Yt==1)).sum(); fp = (P & (Yt==0)).sum(); fn = (~P & (Yt==1)).sum()
    return 2*tp/(2*tp+fp+fn) if tp else 0.0
t0 = time.time()
probs = {w: np.zeros((len(L), Y.shape[1])) for w in W}
pos = {i: a for a, i in enumerate(L)}
for a, fold in enumerate(FOLDS):
    keep = np.ones(len(ids), bool); keep[fold] = False
    rows = [pos[i] for i in fold]
    for w in W:
        s = np.where(late, w, 1.0)[keep]
        for k in range(Y.shape[1]):
            y = Y[keep, k]
            cnt = np.array([s[y==0].sum(), s[y==1].sum()])
            sk = s * (s.sum()/(2*cnt))[y]
            lr = LogisticRegression(C=C, max_iter=3000).fit(X[keep], y, sample_weight=sk)
            probs[w][rows, k] = lr.predict_proba(X[fold])[:, 1]
    print(a, time.strftime("%X"), flush=True)
Yl = Y[L]
GRID = np.round(np.arange(0.1, 0.91, 0.05), 2)
for w in W:
    P = probs[w]
    line = f"w={w}: per-frame committed {micro(P>=TH, Yl):.3f}"
    for t in (0.3, 0.4, 0.5): line += f" | global {t} {micro(P>=t, Yl):.3f}"
    # semi-nested global threshold
    pred = np.zeros_like(P, dtype=bool); ch = []
    for a in range(len(L)):
        o = np.arange(len(L)) != a
        t = max(GRID, key=lambda t: micro(P[o]>=t, Yl[o])); ch.append(t)
        pred[a] = P[a] >= t
    line += f" | inner-chosen global {micro(pred, Yl):.3f} (t {min(ch)}-{max(ch)}) card {(P>=TH).sum(1).mean():.2f}/{pred.sum(1).mean():.2f} gold {Yl.sum(1).mean():.2f}"
    print(line)
pickle.dump(dict(probs=probs, Yl=Yl), open("/tmp/genre5/late_frames.pkl","wb"))
print("minutes", round((time.time()-t0)/60, 1))
