"""The project's validation split (343 train / 90 validation, `split_articles`), reported only: base, PF and CO
fitted on the 343 (PF's choice, CO's second stage and thresholds on their seed-13 5-fold out-of-fold predictions,
as `spinscope train frames` fits them) and scored on the 90.

    python scripts/frames22/val22.py"""
import sys

import numpy as np
from sklearn.model_selection import KFold

sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parent))
from harness import IDS, prf
from run22 import WEIGHTS, K, Y, _best_frame_thresholds, fit_predict, pf_choice, stage2_apply, stage2_fit

from spinscope.training.data import load_semeval2023, split_articles

train, val = split_articles(load_semeval2023('../shared/data', language='en'))
pos = {i: n for n, i in enumerate(IDS)}
a = np.array([pos[x.id] for x in train if x.id in pos])
b = np.array([pos[x.id] for x in val if x.id in pos])
folds = list(KFold(5, shuffle=True, random_state=13).split(a))
oofs, probs = [], []
for w in WEIGHTS:
    oof = np.zeros((len(a), K))
    for ia, ib in folds:
        oof[ib] = fit_predict(a[ia], a[ib], w)
    oofs.append(oof)
    probs.append(fit_predict(a, b, w))
ya = Y[a]
ch = pf_choice(oofs, ya)
oof_pf = np.column_stack([oofs[ch[k]][:, k] for k in range(K)])
pr_pf = np.column_stack([probs[ch[k]][:, k] for k in range(K)])
oof2 = np.zeros_like(oof_pf)
for ia, ib in folds:
    oof2[ib] = stage2_apply(stage2_fit(oof_pf[ia], ya[ia]), oof_pf[ib])
out = {'base': probs[0] >= _best_frame_thresholds(oofs[0], ya),
       'PF': pr_pf >= _best_frame_thresholds(oof_pf, ya),
       'CO': stage2_apply(stage2_fit(oof_pf, ya), pr_pf) >= _best_frame_thresholds(oof2, ya)}
print(f'{len(a)} train / {len(b)} validation articles; PF foreign rows for {sum(ch)} frames')
for name, P in out.items():
    p, r, f = prf(P, Y[b])
    print(f'{name:4s} validation P {p:.3f} R {r:.3f} micro-F1 {f:.4f} frames/article {P.sum(1).mean():.2f}')
