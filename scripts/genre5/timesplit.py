"""Split by time: the EN articles of the latest batch (ids >= 810,000,000: the PTC-test period) are held out;
train on all other EN (train+val) + five languages. Plain macro-F1 on the batch."""
import sys, numpy as np, pickle
sys.argv = sys.argv[:1]
from exp import *
from sklearn.metrics import confusion_matrix
E = {k: list(D["en_train"][k]) + list(D["en_val"][k]) for k in ("ids","texts")}
yE = np.concatenate([D["en_train"]["y"], D["en_val"]["y"]])
late = np.array([810_000_000 <= int(i) < 900_000_000 for i in E["ids"]])
def en_block(cols):
    m = np.vstack([np.hstack([D[g]["style"], D[g]["extra"]]) for g in ("en_train","en_val")])[:, cols]
    return z(m, m[~late])
PRIOR = np.log(NEWS*3)
recipes = {
  "tfidf+s12*0.3 C=0.3": (True, S12, 0.3, 0.3), "tfidf+s12*1 C=0.3": (True, S12, 1.0, 0.3),
  "tfidf+s24*0.3 C=0.3": (True, ALL, 0.3, 0.3), "tfidf+s24*1 C=0.3": (True, ALL, 1.0, 0.3),
  "tfidf+s24*1 C=0.1": (True, ALL, 1.0, 0.1), "tfidf+s12*1 C=0.1": (True, S12, 1.0, 0.1),
  "s24 C=0.1": (False, ALL, 1.0, 0.1), "s12 C=0.1": (False, S12, 1.0, 0.1), "s24 C=1": (False, ALL, 1.0, 1.0),
  "tfidf only C=0.3": (True, S12, 0.0, 0.3), "tfidf only C=1": (True, S12, 0.0, 1.0),
}
tr = np.where(~late)[0]; te = np.where(late)[0]
print("held out", len(te), np.bincount(yE[te], minlength=3))
for k, (tfidf, cols, w, C) in recipes.items():
    S = en_block(cols); et, eS, ey = extra_rows(cols)
    T = E["texts"]
    p = fit_predict([T[i] for i in tr]+et, np.vstack([S[tr], eS]), np.concatenate([yE[tr], ey]), [T[i] for i in te], S[te], tfidf=tfidf, w=w, C=C)
    po = apply_off(p, PRIOR)
    yt = yE[te]
    print(f"{k:22s} macro {plain(p,yt):.3f} acc {(p.argmax(1)==yt).mean():.2f} pred {np.bincount(p.argmax(1),minlength=3)} | +news prior macro {plain(po,yt):.3f} pred {np.bincount(po.argmax(1),minlength=3)}", flush=True)
