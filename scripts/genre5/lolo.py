import sys, numpy as np
sys.argv = sys.argv[:1]
from exp import *
langs = ["en","fr","ge","it","po","ru"]
G = {"en": ["en_train","en_val"]}
def grp(l, cols):
    gs = G.get(l, [l])
    S = np.vstack([block(g, cols) for g in gs]); y = np.concatenate([D[g]["y"] for g in gs]); return S, y
for name, cols in (("style12", S12), ("style24", ALL)):
    out = {}; outn = {}
    for held in langs:
        Str = np.vstack([grp(l, cols)[0] for l in langs if l != held]); ytr = np.concatenate([grp(l, cols)[1] for l in langs if l != held])
        Ste, yte = grp(held, cols)
        lr = LogisticRegression(C=0.1, class_weight="balanced", max_iter=3000).fit(Str, ytr)
        p = lr.predict_proba(Ste); out[held] = round(plain(p, yte), 3); outn[held] = round(news(p, yte), 3)
    print(name, "plain", out, "mean", round(np.mean(list(out.values())), 3), "| news", outn, "mean", round(np.mean(list(outn.values())),3))
