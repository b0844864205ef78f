"""The project's validation split (training.data.split_articles: 343 train / 90 validation, never used for a choice):
base and foreign rows x0.5, thresholds from 5-fold OOF on the 343 train articles, as `spinscope train frames`."""
import sys, numpy as np
sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parent))
from exp import *
from harness import _arts, _best_frame_thresholds
from spinscope.training.data import split_articles, load_semeval2023
tr_a, va_a = split_articles(load_semeval2023('../shared/data', language='en'))
pos = {i: k for k, i in enumerate(IDS)}
tr = np.array([pos[a.id] for a in tr_a if a.id in pos]); va = np.array([pos[a.id] for a in va_a if a.id in pos])
F = np.load(sys.argv[1] if len(sys.argv) > 1 else '/tmp/frames17/foreign_rows.npz')
for name, fit in (('base', lr_fit(3.0)), ('ml0.5', lr_fit(3.0, (F['X'], F['Y']), 0.5)), ('ml1.0', lr_fit(3.0, (F['X'], F['Y']), 1.0))):
    oof = np.zeros((len(tr), 14))
    for a, b in KFold(5, shuffle=True, random_state=13).split(tr):
        oof[b] = fit(tr[a])(tr[b])
    th = _best_frame_thresholds(oof, Y[tr])
    P = fit(tr)(va) >= th
    p, r, f = prf(P, Y[va]); lv = LATE[va]
    print(f'{name}: train {len(tr)} val {len(va)} P {p:.3f} R {r:.3f} F1 {f:.4f} frames/art {P.sum(1).mean():.2f}; val late ({lv.sum()}) {prf(P[lv], Y[va][lv])[2]:.3f}')
