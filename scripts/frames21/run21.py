"""Round 21 (scripts/frames21/RULE.md): per-frame foreign weight in round 20's shift harness.

    python scripts/frames21/run21.py OUTER_SEED INNER_SEED

Reads /tmp/frames21/en_minilm.npz (MiniLM article vectors of the 433 English ST2 articles) and
/tmp/frames21/foreign_rows.npz (the 805 foreign rows, built by spinscope.training.frames_foreign). For every outer
fold it fits the four foreign weights 0 / 0.25 / 0.5 / 1.0 once (inner out-of-fold and outer), then derives
base (weight 0), PF (per frame 0 or 0.5, the shipped recipe) and PW (per frame one of the four); thresholds and
choices on the inner out-of-fold predictions of the outer training part. Writes
/tmp/frames21/res_<name>_<outer>_<inner>.npz (S1, S2, N predictions) and the choices to stdout."""
import sys
import time

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold

sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parent))
from harness import LATE, E, N, Y, prf, time_groups, topic_groups

from spinscope.training.articles import FRAME_THRESHOLD_GRID, _balanced_sample_weights, _best_frame_thresholds  # noqa: E402

OUT = __import__('os').environ.get('FRAMES_OUT', '/tmp/frames21')
FR = np.load(f'{OUT}/foreign_rows.npz')
FX, FY = FR['X'], FR['Y']
K = Y.shape[1]
C = 3.0
WEIGHTS = (0.0, 0.25, 0.5, 1.0)
CANDS = {'base': (0,), 'PF': (0, 2), 'PW': (0, 1, 2, 3)}  # indices into WEIGHTS, in tie order


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


def micro(P, y):
    tp = (P & (y == 1)).sum()
    fp = (P & (y == 0)).sum()
    fn = (~P & (y == 1)).sum()
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def frame_f1_best(p, y):
    return max(micro((p >= t)[:, None], y[:, None]) for t in FRAME_THRESHOLD_GRID)


def outer_splits(kind, groups, seed):
    idx = np.arange(N)
    if kind == 'random':
        return list(KFold(5, shuffle=True, random_state=seed).split(idx))
    return [(np.where(groups != v)[0], np.where(groups == v)[0]) for v in np.unique(groups)]


def run(kind, groups, outer_seed, inner_seed, logs):
    P = {c: np.zeros(Y.shape, bool) for c in CANDS}
    for a, b in outer_splits(kind, groups, outer_seed):
        inner = list(KFold(5, shuffle=True, random_state=inner_seed).split(a))
        oofs = []
        for w in WEIGHTS:
            oof = np.zeros((len(a), K))
            for ia, ib in inner:
                oof[ib] = fit_predict(a[ia], a[ib], w)
            oofs.append(oof)
        probs_w = [fit_predict(a, b, w) for w in WEIGHTS]
        best = np.array([[frame_f1_best(o[:, k], Y[a][:, k]) for k in range(K)] for o in oofs])  # (4, K)
        for c, opts in CANDS.items():
            choice = []
            for k in range(K):
                j = opts[0]
                for o in opts[1:]:
                    if best[o, k] > best[j, k]:
                        j = o
                choice.append(j)
            oof = np.column_stack([oofs[choice[k]][:, k] for k in range(K)])
            th = _best_frame_thresholds(oof, Y[a])
            probs = np.column_stack([probs_w[choice[k]][:, k] for k in range(K)])
            P[c][b] = probs >= th
            logs[c].append(choice)
    return P


if __name__ == '__main__':
    outer_seed, inner_seed = int(sys.argv[1]), int(sys.argv[2])
    TG, MG = topic_groups(), time_groups()
    res = {c: {} for c in CANDS}
    t = time.time()
    for est, kind, groups in (('S1', 'group', TG), ('S2', 'group', MG), ('N', 'random', None)):
        logs = {c: [] for c in CANDS}
        P = run(kind, groups, outer_seed, inner_seed, logs)
        for c in CANDS:
            res[c][est] = P[c]
            p, r, f = prf(P[c], Y)
            print(f'{c:4s} {est}: P {p:.3f} R {r:.3f} F1 {f:.4f} fr/art {P[c].sum(1).mean():.2f} '
                  f'late {prf(P[c][LATE], Y[LATE])[2]:.3f}' + (f' weights {[[WEIGHTS[j] for j in ch] for ch in logs[c]]}'
                                                               if c != 'base' else ''), flush=True)
    for c in CANDS:
        f = {e: prf(res[c][e], Y)[2] for e in res[c]}
        print(f'== {c} seeds {outer_seed}/{inner_seed}: S1 {f["S1"]:.4f} S2 {f["S2"]:.4f} '
              f'S {(f["S1"] + f["S2"]) / 2:.4f} N {f["N"]:.4f} ({time.time() - t:.0f}s)', flush=True)
        np.savez(f'{OUT}/res_{c}_{outer_seed}_{inner_seed}.npz', **res[c])
