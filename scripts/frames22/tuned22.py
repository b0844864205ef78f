"""The tuned (in-sample) figure: 5-fold out-of-fold predictions (seed 13, as training) over all 433 English
articles; PF's per-frame choice, CO's second stage out-of-fold over the same folds, and the thresholds, all on
those same predictions: the micro-F1 printed is the one the choices were tuned on (not an estimate).

    python scripts/frames22/tuned22.py"""
import sys

import numpy as np
from sklearn.model_selection import KFold

sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parent))
from run22 import WEIGHTS, K, N, Y, _best_frame_thresholds, fit_predict, micro, pf_choice, stage2_apply, stage2_fit

idx = np.arange(N)
folds = list(KFold(5, shuffle=True, random_state=13).split(idx))
oofs = []
for w in WEIGHTS:
    oof = np.zeros((N, K))
    for a, b in folds:
        oof[b] = fit_predict(a, b, w)
    oofs.append(oof)
ch = pf_choice(oofs, Y)
pf = np.column_stack([oofs[ch[k]][:, k] for k in range(K)])
co = np.zeros_like(pf)
for a, b in folds:
    co[b] = stage2_apply(stage2_fit(pf[a], Y[a]), pf[b])
for name, o in (('base', oofs[0]), ('PF', pf), ('CO', co)):
    print(f'{name:4s} tuned micro-F1 {micro(o >= _best_frame_thresholds(o, Y), Y):.4f}')
