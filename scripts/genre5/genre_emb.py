"""Genre with the whole-article MiniLM vector added (tfidf + style x0.3 + emb x dw), late x5, C=0.1: nested news
(outer 5 folds as exp.py rep 0) and validation news; other languages carry zeros in the dense block."""
import sys, pickle, numpy as np
sys.argv = sys.argv[:1]
import exp
from exp import *
F = pickle.load(open("/tmp/genre5/frames.pkl","rb"))
assert F["train"]["ids"] == D["en_train"]["ids"] and F["val"]["ids"] == D["en_val"]["ids"]
Etr, Eva = F["train"]["emb"], F["val"]["emb"]
y = EN["y"]; T = EN["texts"]; S = en_rows(S12); et, eS, ey = extra_rows(S12)
def fitp(tr_idx, te_T, te_S, te_E, dw, C=0.1, sw_late=5.0):
    Xtr_S = np.vstack([np.hstack([S[tr_idx], Etr[tr_idx]*dw/0.3 if dw else np.zeros((len(tr_idx),0))]),
                       np.hstack([eS, np.zeros((len(ey), Etr.shape[1] if dw else 0))])])
    Xte_S = np.hstack([te_S, te_E*dw/0.3 if dw else np.zeros((len(te_S),0))])
    sw = np.concatenate([np.where(LATE[tr_idx], sw_late, 1.0), np.ones(len(ey))])
    return fit_predict([T[i] for i in tr_idx]+et, Xtr_S, np.concatenate([y[tr_idx], ey]), te_T, Xte_S, tfidf=True, w=0.3, C=C, sw=sw)
# fit_predict multiplies the style block by w=0.3 again -> pre-divide: we pass blocks already scaled, so undo
for dw in (0.0, 1.0):
    P = np.zeros((len(y),3))
    for a, b in StratifiedKFold(5, shuffle=True, random_state=100).split(np.zeros(len(y)), y):
        P[b] = fitp(a, [T[i] for i in b], S[b], Etr[b], dw)
    Sv = block("en_val", S12, "en_train"); yv = D["en_val"]["y"]
    pv = fitp(np.arange(len(y)), D["en_val"]["texts"], Sv, Eva, dw)
    print(f"emb x{dw}: nested news (fixed recipe) {news(P,y):.3f} bal {bal(P,y):.3f} | validation plain {plain(pv,yv):.3f} bal {bal(pv,yv):.3f} news {news(pv,yv):.3f}", flush=True)
