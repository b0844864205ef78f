import sys, json, numpy as np
sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parent))
from harness import *
from harness import _best_frame_thresholds
from sklearn.linear_model import LogisticRegression
from spinscope.training.articles import _balanced_sample_weights, FRAME_THRESHOLD_GRID

EXTRA = None   # (X, Y, w) foreign rows, set by the multilingual levers
def lr_fit(C, extra=None, w=1.0):
    def fit(tr):
        X, y, sw = E[tr], Y[tr], np.ones(len(tr))
        if extra is not None:
            X = np.vstack([X, extra[0]]); y = np.vstack([y, extra[1]]); sw = np.concatenate([sw, w * np.ones(len(extra[1]))])
        ms = []
        for k in range(Y.shape[1]):
            ms.append(LogisticRegression(C=C, max_iter=3000).fit(X, y[:, k], sample_weight=_balanced_sample_weights(y[:, k], sw)))
        return lambda te: np.column_stack([m.predict_proba(E[te])[:, 1] for m in ms])
    return fit

def micro(P, y):
    tp = (P & (y == 1)).sum(); fp = (P & (y == 0)).sum(); fn = (~P & (y == 1)).sum()
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

def global_rule(oof, y, a):
    t = max(FRAME_THRESHOLD_GRID, key=lambda t: micro(oof >= t, y))
    return lambda pr, b: pr >= t

def card(P, pr, kmin, kmax):
    P = P.copy(); order = np.argsort(-pr, 1)
    for i in range(len(P)):
        n = P[i].sum()
        if n < kmin: P[i, order[i, :kmin]] = True
        elif n > kmax:
            # keep the kmax with the largest margin prob/threshold? use prob order among the predicted
            keep = [j for j in order[i] if P[i, j]][:kmax]; P[i] = False; P[i, keep] = True
    return P

def card_rule(oof, y, a):
    th = _best_frame_thresholds(oof, y); base = oof >= th
    best = max(((kmin, kmax) for kmin in (0, 1, 2, 3) for kmax in (4, 5, 6, 14)),
               key=lambda km: (micro(card(base, oof, *km), y), -km[0], km[1]))
    return lambda pr, b: card(pr >= th, pr, *best)

def ratio_card_rule(oof, y, a):
    """cardinality from the top ratio prob/threshold: keep the frames above threshold, at least kmin by ratio"""
    th = _best_frame_thresholds(oof, y)
    def dec(pr, kmin):
        P = pr >= th; r = np.argsort(-(pr / th), 1)
        for i in range(len(P)):
            if P[i].sum() < kmin: P[i, r[i, :kmin]] = True
        return P
    kmin = max((0, 1, 2, 3), key=lambda k: (micro(dec(oof, k), y), -k))
    return lambda pr, b: dec(pr, kmin)

def shrink_rule(oof, y, a):
    """per-frame thresholds pulled halfway to the global one"""
    th = _best_frame_thresholds(oof, y); g = max(FRAME_THRESHOLD_GRID, key=lambda t: micro(oof >= t, y))
    t2 = 0.5 * th + 0.5 * g
    return lambda pr, b: pr >= t2

def c_inner(Cs):
    """C chosen on the inner OOF (per-frame thresholds), via a wrapper fit that picks C inside the training part."""
    def fit(tr):
        best = None
        for C in Cs:
            oof = np.zeros((len(tr), Y.shape[1]))
            for ia, ib in KFold(5, shuffle=True, random_state=3).split(tr):
                oof[ib] = lr_fit(C)(tr[ia])(tr[ib])
            s = micro(oof >= _best_frame_thresholds(oof, Y[tr]), Y[tr])
            if best is None or s > best[0]: best = (s, C)
        return lr_fit(best[1])(tr)
    return fit
