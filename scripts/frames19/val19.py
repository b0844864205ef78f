"""The project's validation split (split_articles: 343 train / 90 validation
never used for a choice) for the base
and a round-18 candidate, thresholds from 5-fold OOF on the train part as `spinscope train frames` fits them.

    python scripts/frames19/val19.py base,C10"""
import sys

import numpy as np
from sklearn.model_selection import KFold

sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parent))
from run19 import IDS_LATE, K, Y, _best_frame_thresholds, candidate, fit_predict, prf

from spinscope.training.data import load_semeval2023, split_articles

sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parents[1] / 'frames17'))
from harness import IDS

tr_a, va_a = split_articles(load_semeval2023('../shared/data', language='en'))
pos = {i: k for k, i in enumerate(IDS)}
tr = np.array([pos[a.id] for a in tr_a if a.id in pos])
va = np.array([pos[a.id] for a in va_a if a.id in pos])
for name in sys.argv[1].split(','):
    C, options, mode = candidate(name)
    assert len(options) == 1, 'single-recipe candidates only'
    oof = np.zeros((len(tr), K))
    for a, b in KFold(5, shuffle=True, random_state=13).split(tr):
        oof[b] = fit_predict(tr[a], tr[b], C, options[0])
    P = fit_predict(tr, va, C, options[0]) >= _best_frame_thresholds(oof, Y[tr])
    p, r, f = prf(P, Y[va])
    lv = IDS_LATE[va]
    print(f'{name}: train {len(tr)} val {len(va)} P {p:.3f} R {r:.3f} F1 {f:.4f} frames/art {P.sum(1).mean():.2f}; '
          f'val late ({lv.sum()}) {prf(P[lv], Y[va][lv])[2]:.3f}')
