"""Round 22 (scripts/frames22/RULE.md): label co-occurrence stacking (CO) on the shipped recipe (PF).

    python scripts/frames22/run22.py OUTER_SEED INNER_SEED

Reads /tmp/frames22/en_minilm.npz and /tmp/frames22/foreign_rows.npz. Per outer fold: the first stage with foreign
weight 0 and 0.5 (inner out-of-fold and outer), PF's per-frame choice, then CO's second stage fitted on PF's inner
out-of-fold logits, its thresholds on its own cross-fitted out-of-fold predictions. Writes
/tmp/frames22/res_<name>_<outer>_<inner>.npz (S1, S2, N predictions)."""
import sys
import time

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold

sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parent))
from harness import LATE, E, N, Y, prf, time_groups, topic_groups

from spinscope.training.articles import FRAME_THRESHOLD_GRID, _balanced_sample_weights, _best_frame_thresholds

OUT = '/tmp/frames22'
FR = np.load(f'{OUT}/foreign_rows.npz')
FX, FY = FR['X'], FR['Y']
K = Y.shape[1]
C = 3.0
C2 = 1.0
WEIGHTS = (0.0, 0.5)


def fit_predict(tr, te, w):
    keep = w > 0
    X = np.vstack([E[tr], FX]) if keep else E[tr]
    y = np.vstack([Y[tr], FY]) if keep else Y[tr]
    sw = np.concatenate([np.ones(len(tr)), np.full(len(FY), w)]) if keep else np.ones(len(tr))
    out = np.zeros((len(te), K))
    for k in range(K):
        m = LogisticRegression(C=C, max_iter=3000).fit(X, y[:, k], sample_weight=_balanced_sample_weights(y[:, k], sw))
        out[:, k] = m.predict_proba(E[te])[:, 1]
    return out


def logit(p):
    p = np.clip(p, 1e-4, 1 - 1e-4)
    return np.log(p / (1 - p))


def stage2_fit(P, y):
    Z = logit(P)
    ones = np.ones(len(y))
    return [LogisticRegression(C=C2, max_iter=3000).fit(Z, y[:, k],
                                                         sample_weight=_balanced_sample_weights(y[:, k], ones))
            for k in range(K)]


def stage2_apply(models, P):
    Z = logit(P)
    return np.column_stack([m.predict_proba(Z)[:, 1] for m in models])


def micro(P, y):
    tp = (P & (y == 1)).sum()
    fp = (P & (y == 0)).sum()
    fn = (~P & (y == 1)).sum()
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def frame_f1_best(p, y):
    return max(micro((p >= t)[:, None], y[:, None]) for t in FRAME_THRESHOLD_GRID)


def pf_choice(oofs, y):
    best = np.array([[frame_f1_best(o[:, k], y[:, k]) for k in range(K)] for o in oofs])
    return [1 if best[1, k] > best[0, k] else 0 for k in range(K)]


def outer_splits(kind, groups, seed):
    idx = np.arange(N)
    if kind == 'random':
        return list(KFold(5, shuffle=True, random_state=seed).split(idx))
    return [(np.where(groups != v)[0], np.where(groups == v)[0]) for v in np.unique(groups)]


def run(kind, groups, outer_seed, inner_seed):
    P = {c: np.zeros(Y.shape, bool) for c in ('base', 'PF', 'CO')}
    for a, b in outer_splits(kind, groups, outer_seed):
        inner = list(KFold(5, shuffle=True, random_state=inner_seed).split(a))
        oofs = []
        for w in WEIGHTS:
            oof = np.zeros((len(a), K))
            for ia, ib in inner:
                oof[ib] = fit_predict(a[ia], a[ib], w)
            oofs.append(oof)
        probs_w = [fit_predict(a, b, w) for w in WEIGHTS]
        ya = Y[a]
        # base
        P['base'][b] = probs_w[0] >= _best_frame_thresholds(oofs[0], ya)
        # PF
        ch = pf_choice(oofs, ya)
        oof_pf = np.column_stack([oofs[ch[k]][:, k] for k in range(K)])
        pr_pf = np.column_stack([probs_w[ch[k]][:, k] for k in range(K)])
        P['PF'][b] = pr_pf >= _best_frame_thresholds(oof_pf, ya)
        # CO: second stage on PF's out-of-fold logits; thresholds on its own cross-fitted predictions
        oof2 = np.zeros_like(oof_pf)
        for ia, ib in inner:
            oof2[ib] = stage2_apply(stage2_fit(oof_pf[ia], ya[ia]), oof_pf[ib])
        P['CO'][b] = stage2_apply(stage2_fit(oof_pf, ya), pr_pf) >= _best_frame_thresholds(oof2, ya)
    return P


if __name__ == '__main__':
    outer_seed, inner_seed = int(sys.argv[1]), int(sys.argv[2])
    TG, MG = topic_groups(), time_groups()
    res = {c: {} for c in ('base', 'PF', 'CO')}
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
