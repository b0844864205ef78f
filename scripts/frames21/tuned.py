"""The tuned (in-sample) figure: 5-fold out-of-fold predictions (seed 13, as training) over all 433 English
articles for the four foreign weights; per-frame choice and thresholds on those same predictions, so the
micro-F1 printed is the one the choice was tuned on (not an estimate).

    python scripts/frames21/tuned.py"""
import sys

import numpy as np
from sklearn.model_selection import KFold

sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parent))
from run21 import CANDS, WEIGHTS, K, N, Y, _best_frame_thresholds, fit_predict, frame_f1_best, micro

idx = np.arange(N)
oofs = []
for w in WEIGHTS:
    oof = np.zeros((N, K))
    for a, b in KFold(5, shuffle=True, random_state=13).split(idx):
        oof[b] = fit_predict(a, b, w)
    oofs.append(oof)
best = np.array([[frame_f1_best(o[:, k], Y[:, k]) for k in range(K)] for o in oofs])
for c, opts in CANDS.items():
    choice = []
    for k in range(K):
        j = opts[0]
        for o in opts[1:]:
            if best[o, k] > best[j, k]:
                j = o
        choice.append(j)
    oof = np.column_stack([oofs[choice[k]][:, k] for k in range(K)])
    print(f'{c:4s} tuned micro-F1 {micro(oof >= _best_frame_thresholds(oof, Y), Y):.4f} '
          f'weights {[WEIGHTS[j] for j in choice]}')
