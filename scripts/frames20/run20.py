"""Round 18 levers for ST2 frames (scripts/frames18/RULE.md) in round 17's shift harness, seeds as arguments.

    python scripts/frames18/run18.py OUTER_SEED INNER_SEED base,C10,F,F10,L,L10,PF,PF10

Reads round 17's caches (/tmp/frames17/en_minilm.npz: the MiniLM article vectors of the 433 English ST2 articles;
/tmp/frames20/foreign_rows.npz: the 805 foreign rows mapped into that space), writes the predictions of each
estimate to $FRAMES_OUT/res_<name>_<outer>_<inner>.npz (FRAMES_OUT defaults to /tmp/frames18; round 19 used
/tmp/frames19). Every choice (language subset, per-frame use of the
foreign rows, thresholds) is made on inner out-of-fold predictions of the outer training part."""
import itertools
import os
import sys
import time

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold

sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parent))
from harness import LATE, E, N, Y, prf, time_groups, topic_groups

IDS_LATE = LATE
OUT = os.environ.get('FRAMES_OUT', '/tmp/frames20')

from spinscope.training.articles import _balanced_sample_weights, _best_frame_thresholds  # noqa: E402

FR = np.load('/tmp/frames20/foreign_rows.npz')
FX, FY, FL = FR['X'], FR['Y'], FR['L']
LANGS = ('fr', 'ge', 'it', 'po', 'ru')
K = Y.shape[1]


def fit_predict(tr, te, C, w_foreign):
    """Per-frame balanced LR on English rows tr (+ foreign rows with per-row weight w_foreign, 0 = left out);
    probabilities for English rows te."""
    keep = w_foreign > 0
    X = np.vstack([E[tr], FX[keep]])
    y = np.vstack([Y[tr], FY[keep]])
    sw = np.concatenate([np.ones(len(tr)), w_foreign[keep]])
    out = np.zeros((len(te), K))
    for k in range(K):
        m = LogisticRegression(C=C, max_iter=3000).fit(X, y[:, k], sample_weight=_balanced_sample_weights(y[:, k], sw))
        out[:, k] = m.predict_proba(E[te])[:, 1]
    return out


def lang_weights(subset, w=0.5):
    return np.where(np.isin(FL, list(subset)), w, 0.0)


def micro(P, y):
    tp = (P & (y == 1)).sum()
    fp = (P & (y == 0)).sum()
    fn = (~P & (y == 1)).sum()
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def frame_f1_best(p, y):
    from spinscope.training.articles import FRAME_THRESHOLD_GRID
    return max(micro((p >= t)[:, None], y[:, None]) for t in FRAME_THRESHOLD_GRID)


def candidate(name):
    """(C, list of foreign weight vectors to choose from, mode) with mode 'subset' (pick one vector) or 'frame'."""
    C = 10.0 if name.endswith('10') else 3.0
    base = name[:-2] if name.endswith('10') else name
    if base in ('base', 'C'):
        return C, [np.zeros(len(FL))], 'subset'
    if base == 'F':
        return C, [lang_weights(LANGS)], 'subset'
    if base == 'L':
        subsets = [s for r in range(len(LANGS) + 1) for s in itertools.combinations(LANGS, r)]
        return C, [lang_weights(s) for s in subsets], 'subset'
    if base == 'PF':
        return C, [np.zeros(len(FL)), lang_weights(LANGS)], 'frame'
    raise SystemExit(f'unknown candidate {name}')


def outer_splits(kind, groups, seed):
    idx = np.arange(N)
    if kind == 'random':
        return list(KFold(5, shuffle=True, random_state=seed).split(idx))
    return [(np.where(groups != v)[0], np.where(groups == v)[0]) for v in np.unique(groups)]


def run(name, kind, groups, outer_seed, inner_seed, log):
    C, options, mode = candidate(name)
    P = np.zeros(Y.shape, bool)
    for a, b in outer_splits(kind, groups, outer_seed):
        inner = list(KFold(5, shuffle=True, random_state=inner_seed).split(a))
        oofs = []
        for w in options:
            oof = np.zeros((len(a), K))
            for ia, ib in inner:
                oof[ib] = fit_predict(a[ia], a[ib], C, w)
            oofs.append(oof)
        if mode == 'subset':
            scores = [micro(o >= _best_frame_thresholds(o, Y[a]), Y[a]) for o in oofs]
            # ties -> fewer languages (options are ordered by subset size)
            j = int(np.argmax(np.round(scores, 6)))
            oof = oofs[j]
            th = _best_frame_thresholds(oof, Y[a])
            probs = fit_predict(a, b, C, options[j])
            if len(options) > 1:
                log.append(sorted(set(FL[options[j] > 0].tolist())))
        else:
            choice = [int(frame_f1_best(oofs[1][:, k], Y[a][:, k]) > frame_f1_best(oofs[0][:, k], Y[a][:, k]))
                      for k in range(K)]
            oof = np.column_stack([oofs[choice[k]][:, k] for k in range(K)])
            th = _best_frame_thresholds(oof, Y[a])
            pw = [fit_predict(a, b, C, w) for w in options]
            probs = np.column_stack([pw[choice[k]][:, k] for k in range(K)])
            log.append(choice)
        P[b] = probs >= th
    return P


if __name__ == '__main__':
    outer_seed, inner_seed = int(sys.argv[1]), int(sys.argv[2])
    TG, MG = topic_groups(), time_groups()
    for name in sys.argv[3].split(','):
        t = time.time()
        res = {}
        f = {}
        late = {}
        for est, kind, groups in (('S1', 'group', TG), ('S2', 'group', MG), ('N', 'random', None)):
            log = []
            P = run(name, kind, groups, outer_seed, inner_seed, log)
            res[est] = P
            f[est] = prf(P, Y)[2]
            late[est] = prf(P[LATE], Y[LATE])[2]
            p, r, _ = prf(P, Y)
            print(f'{name:5s} {est}: P {p:.3f} R {r:.3f} F1 {f[est]:.4f} fr/art {P.sum(1).mean():.2f} '
                  f'late {late[est]:.3f}' + (f' choices {log}' if log else ''), flush=True)
        print(f'== {name} seeds {outer_seed}/{inner_seed}: S1 {f["S1"]:.4f} S2 {f["S2"]:.4f} '
              f'S {(f["S1"] + f["S2"]) / 2:.4f} N {f["N"]:.4f} late {late["S1"]:.3f}/{late["S2"]:.3f}/{late["N"]:.3f}'
              f' ({time.time() - t:.0f}s)', flush=True)
        np.savez(f'{OUT}/res_{name}_{outer_seed}_{inner_seed}.npz', **res)
