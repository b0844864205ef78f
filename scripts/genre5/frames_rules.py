"""Frames decision rules over the committed recipe (TF-IDF LR C=10, balanced): per-frame thresholds (committed),
+ at least k frames (top-k filled), one global threshold; nested on OOF (rule fitted on 4/5, scored on 1/5);
validation scored once; late batch (4-fold over the late articles, everything else in training, w=1)."""
import pickle, json, numpy as np, sys
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import KFold
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[2] / "src"))
from spinscope.training.articles import _best_frame_thresholds
F = pickle.load(open("/tmp/genre5/frames.pkl","rb")); tr, va = F["train"], F["val"]
LF = pickle.load(open("/tmp/genre5/late_frames.pkl","rb"))
def micro(P, Yt):
    tp = (P & (Yt==1)).sum(); fp = (P & (Yt==0)).sum(); fn = (~P & (Yt==1)).sum()
    return 2*tp/(2*tp+fp+fn) if tp else 0.0
def vec(): return TfidfVectorizer(ngram_range=(1,2), min_df=2, max_features=40000, sublinear_tf=True, strip_accents="unicode", dtype=np.float32)
Ytr = tr["Y"]; n = len(Ytr); oof = np.zeros(Ytr.shape)
for a, b in KFold(5, shuffle=True, random_state=13).split(np.zeros(n)):
    v = vec().fit([tr["texts"][i] for i in a])
    m = OneVsRestClassifier(LogisticRegression(C=10, class_weight="balanced", max_iter=3000)).fit(v.transform([tr["texts"][i] for i in a]), Ytr[a])
    oof[b] = m.predict_proba(v.transform([tr["texts"][i] for i in b]))
v = vec().fit(tr["texts"]); m = OneVsRestClassifier(LogisticRegression(C=10, class_weight="balanced", max_iter=3000)).fit(v.transform(tr["texts"]), Ytr)
pv = m.predict_proba(v.transform(va["texts"]))
pickle.dump(dict(oof=oof, pv=pv), open("/tmp/genre5/frames_oof.pkl","wb"))
def rule(P, th, k=0, scale=1.0):
    out = P >= th * scale
    if k:
        top = np.argsort(-P, 1)[:, :k]
        out[np.arange(len(P))[:, None], top] = True
    return out
GRID = np.round(np.arange(0.1,0.91,0.05),2)
TH = _best_frame_thresholds(oof, Ytr)
rules = {"per-frame": {}, "per-frame, at least 2": {"k": 2}, "per-frame, at least 3": {"k": 3},
         "per-frame x0.9": {"scale": 0.9}, "per-frame x0.8": {"scale": 0.8}, "per-frame x1.1": {"scale": 1.1}}
for name, kw in rules.items():
    # nested: thresholds fitted on 4/5 of OOF, rule applied, scored on 1/5
    pred = np.zeros(Ytr.shape, bool)
    for a, b in KFold(5, shuffle=True, random_state=7).split(np.zeros(n)):
        th = _best_frame_thresholds(oof[a], Ytr[a]); pred[b] = rule(oof[b], th, **kw)
    pl = rule(LF["probs"][1.0], TH, **kw)
    print(f"{name:24s} nested {micro(pred, Ytr):.3f} | validation {micro(rule(pv, TH, **kw), va['Y']):.3f} card {rule(pv, TH, **kw).sum(1).mean():.2f} (gold {va['Y'].sum(1).mean():.2f}) | late {micro(pl, LF['Yl']):.3f} card {pl.sum(1).mean():.2f}", flush=True)
# global threshold nested
pred = np.zeros(Ytr.shape, bool)
for a, b in KFold(5, shuffle=True, random_state=7).split(np.zeros(n)):
    g = max(GRID, key=lambda t: micro(oof[a]>=t, Ytr[a])); pred[b] = oof[b] >= g
g = max(GRID, key=lambda t: micro(oof>=t, Ytr))
print(f"global ({g})             nested {micro(pred, Ytr):.3f} | validation {micro(pv>=g, va['Y']):.3f} | late {micro(LF['probs'][1.0]>=g, LF['Yl']):.3f}")
