"""The tuned figure (reported only, scripts/frames23/RULE.md): 5-fold seed-13 out-of-fold probabilities over all 433
English articles, PF's per-frame choice and every threshold chosen in-sample on them.

    python scripts/frames23/tuned23.py      # prints PF, MLP and AV micro-F1 (and late-batch F1)"""
import sys

import numpy as np
from sklearn.model_selection import KFold

sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parent))
sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parents[1] / 'frames22'))
from harness import LATE, N, Y, prf
from run22 import WEIGHTS, fit_predict, pf_choice
from run23 import mlp_predict

from spinscope.training.articles import _best_frame_thresholds

K = Y.shape[1]
oofs = [np.zeros(Y.shape) for _ in WEIGHTS]
oof_m = np.zeros(Y.shape)
for a, b in KFold(5, shuffle=True, random_state=13).split(np.arange(N)):
    for j, w in enumerate(WEIGHTS):
        oofs[j][b] = fit_predict(a, b, w)
    oof_m[b] = mlp_predict(a, b)
ch = pf_choice(oofs, Y)
pf = np.column_stack([oofs[ch[k]][:, k] for k in range(K)])
for name, p in (('PF', pf), ('MLP', oof_m), ('AV', 0.5 * pf + 0.5 * oof_m)):
    P = p >= _best_frame_thresholds(p, Y)
    pr, r, f = prf(P, Y)
    print(f'tuned {name:4s}: P {pr:.3f} R {r:.3f} F1 {f:.4f} fr/art {P.sum(1).mean():.2f} '
          f'late {prf(P[LATE], Y[LATE])[2]:.3f}', flush=True)
