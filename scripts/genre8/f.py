"""Frames round 8: truly nested estimate of the committed recipe (MiniLM article vector, C=3, per-frame thresholds
fitted on inner out-of-fold predictions), per-frame precision/recall, and precision-leaning decision rules.
Outer 5 folds over all 433 English articles (train + validation); inside each outer training part, inner 5-fold
OOF predictions fit the thresholds; the outer part is then predicted by a model fitted on the whole outer training
part. Late batch (17 articles, ids 810-899 M) reported from the same outer predictions."""
import pickle, sys, numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier
from sklearn.model_selection import KFold
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[2] / "src"))
from spinscope.training.articles import _best_frame_thresholds, FRAME_THRESHOLD_GRID
from spinscope.training.data import FRAMES
F = pickle.load(open("/tmp/genre5/frames.pkl", "rb"))
ids = F["train"]["ids"] + F["val"]["ids"]; E = np.vstack([F["train"]["emb"], F["val"]["emb"]]); Y = np.vstack([F["train"]["Y"], F["val"]["Y"]])
LATE = np.array([810e6 <= int(i) < 900e6 for i in ids]); n = len(Y)
def prf(P, Yt):
    tp = (P & (Yt == 1)).sum(); fp = (P & (Yt == 0)).sum(); fn = (~P & (Yt == 1)).sum()
    p = tp / max(tp + fp, 1); r = tp / max(tp + fn, 1); return p, r, (2 * tp / (2 * tp + fp + fn) if tp else 0.0)
def fbeta_thresholds(probs, y, beta):
    def sc(th):
        P = probs >= th; tp = (P & (y == 1)).sum(); fp = (P & (y == 0)).sum(); fn = (~P & (y == 1)).sum()
        b2 = beta * beta; return (1 + b2) * tp / ((1 + b2) * tp + b2 * fn + fp) if tp else 0
    g = max(FRAME_THRESHOLD_GRID, key=lambda t: sc(np.full(probs.shape[1], t))); th = np.full(probs.shape[1], g)
    for _ in range(2):
        for k in range(probs.shape[1]):
            def trial(t, k=k):
                h = th.copy(); h[k] = t; return sc(h)
            th[k] = max(FRAME_THRESHOLD_GRID, key=trial)
    return th
def model(C): return OneVsRestClassifier(LogisticRegression(C=C, class_weight="balanced", max_iter=3000))
C = float(sys.argv[1]) if len(sys.argv) > 1 else 3.0
probs = np.zeros(Y.shape); inner_oofs = []
outer = list(KFold(5, shuffle=True, random_state=13).split(np.zeros(n)))
for a, b in outer:
    oof = np.zeros((len(a), Y.shape[1]))
    for ia, ib in KFold(5, shuffle=True, random_state=7).split(np.zeros(len(a))):
        oof[ib] = model(C).fit(E[a][ia], Y[a][ia]).predict_proba(E[a][ib])
    inner_oofs.append(oof)
    probs[b] = model(C).fit(E[a], Y[a]).predict_proba(E[b])
pickle.dump(dict(probs=probs, inner=inner_oofs, outer=outer, Y=Y, late=LATE), open(f"/tmp/genre8/frames_nested_C{C}.pkl", "wb"))
rules = {"per-frame micro (committed)": lambda o, y: _best_frame_thresholds(o, y)}
for beta in (0.7, 0.85):
    rules[f"per-frame F{beta}"] = (lambda beta: lambda o, y: fbeta_thresholds(o, y, beta))(beta)
for mult in (1.1, 1.2):
    rules[f"per-frame x{mult}"] = (lambda mult: lambda o, y: np.minimum(_best_frame_thresholds(o, y) * mult, 0.95))(mult)
for name, rule in rules.items():
    P = np.zeros(Y.shape, bool)
    for (a, b), oof in zip(outer, inner_oofs):
        P[b] = probs[b] >= rule(oof, Y[a])
    p, r, f = prf(P, Y); pl, rl, fl = prf(P[LATE], Y[LATE])
    print(f"C={C} {name:28s} nested micro P {p:.3f} R {r:.3f} F1 {f:.3f}  frames/article {P.sum(1).mean():.2f} (gold {Y.sum(1).mean():.2f}) | late P {pl:.3f} R {rl:.3f} F1 {fl:.3f}", flush=True)
    if name.startswith("per-frame micro"):
        for k, fr in enumerate(FRAMES):
            pk, rk, fk = prf(P[:, k], Y[:, k])
            print(f"    {fr:40s} support {Y[:, k].sum():3d} pred {P[:, k].sum():3d} P {pk:.2f} R {rk:.2f} F1 {fk:.2f}")
