"""Round 23 (scripts/frames23/RULE.md): AV = 0.5 PF + 0.5 MLP bag against the shipped recipe PF.

    python scripts/frames23/run23.py OUTER_SEED INNER_SEED

Reads /tmp/frames22/en_minilm.npz and /tmp/frames22/foreign_rows.npz (round 22's caches). Per outer fold: PF's
first stage with foreign weight 0 and 0.5 and the MLP bag (English training rows + the 805 foreign rows), inner
out-of-fold and outer; PF's per-frame choice; thresholds of PF, MLP and AV on inner out-of-fold probabilities.
Writes /tmp/frames23/res_<name>_<outer>_<inner>.npz (S1, S2, N predictions)."""
import os
import sys
import time

import numpy as np
from sklearn.model_selection import KFold

sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parent))
sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parents[1] / 'frames22'))
from harness import IDS, LATE, E, Y, prf, time_groups, topic_groups
from run22 import FX, FY, WEIGHTS, fit_predict, outer_splits, pf_choice

from spinscope.training.articles import _best_frame_thresholds
from spinscope.training.multilingual import fit_mlp_bag

OUT = '/tmp/frames23'
os.makedirs(OUT, exist_ok=True)
K = Y.shape[1]
FL = np.load('/tmp/frames22/foreign_rows.npz')['L']
FG = [f'{lang}:{i}' for i, lang in enumerate(FL)]
NAMES = ('PF', 'MLP', 'AV')


def mlp_predict(tr, te):
    x = np.vstack([E[tr], FX])
    y = np.vstack([Y[tr], FY]).astype(np.float32)
    groups = [str(i) for i in IDS[tr]] + FG
    bag, _ = fit_mlp_bag(x, y, groups, log=lambda *_: None)
    return bag.probabilities(E[te])


def run(kind, groups, outer_seed, inner_seed):
    P = {c: np.zeros(Y.shape, bool) for c in NAMES}
    for a, b in outer_splits(kind, groups, outer_seed):
        inner = list(KFold(5, shuffle=True, random_state=inner_seed).split(a))
        oofs = [np.zeros((len(a), K)) for _ in WEIGHTS]
        oof_m = np.zeros((len(a), K))
        for ia, ib in inner:
            for j, w in enumerate(WEIGHTS):
                oofs[j][ib] = fit_predict(a[ia], a[ib], w)
            oof_m[ib] = mlp_predict(a[ia], a[ib])
        probs_w = [fit_predict(a, b, w) for w in WEIGHTS]
        pr_m = mlp_predict(a, b)
        ya = Y[a]
        ch = pf_choice(oofs, ya)
        oof_pf = np.column_stack([oofs[ch[k]][:, k] for k in range(K)])
        pr_pf = np.column_stack([probs_w[ch[k]][:, k] for k in range(K)])
        P['PF'][b] = pr_pf >= _best_frame_thresholds(oof_pf, ya)
        P['MLP'][b] = pr_m >= _best_frame_thresholds(oof_m, ya)
        P['AV'][b] = 0.5 * pr_pf + 0.5 * pr_m >= _best_frame_thresholds(0.5 * oof_pf + 0.5 * oof_m, ya)
    return P


if __name__ == '__main__':
    outer_seed, inner_seed = int(sys.argv[1]), int(sys.argv[2])
    TG, MG = topic_groups(), time_groups()
    res = {c: {} for c in NAMES}
    t = time.time()
    for est, kind, groups in (('S1', 'group', TG), ('S2', 'group', MG), ('N', 'random', None)):
        P = run(kind, groups, outer_seed, inner_seed)
        for c in res:
            res[c][est] = P[c]
            p, r, f = prf(P[c], Y)
            print(f'{c:4s} {est}: P {p:.3f} R {r:.3f} F1 {f:.4f} fr/art {P[c].sum(1).mean():.2f} '
                  f'late {prf(P[c][LATE], Y[LATE])[2]:.3f} ({time.time() - t:.0f}s)', flush=True)
    for c in res:
        f = {e: prf(res[c][e], Y)[2] for e in res[c]}
        print(f'== {c} seeds {outer_seed}/{inner_seed}: S1 {f["S1"]:.4f} S2 {f["S2"]:.4f} '
              f'S {(f["S1"] + f["S2"]) / 2:.4f} N {f["N"]:.4f} ({time.time() - t:.0f}s)', flush=True)
        np.savez(f'{OUT}/res_{c}_{outer_seed}_{inner_seed}.npz', **res[c])
