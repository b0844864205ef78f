"""Shift estimates for ST2 frames. S1: leave-one-topic-cluster-out (KMeans k=6 on TF-IDF of the English texts);
S2: leave-one-time-block-out (5 blocks of article ids); N: nested random 5x5. Thresholds (and any inner choice)
fitted on inner out-of-fold predictions of the outer training part, inner folds of the same kind."""
import sys

import numpy as np
from sklearn.cluster import KMeans
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import KFold

sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parents[2] / 'src'))
from spinscope.training.articles import _best_frame_thresholds
from spinscope.training.data import load_semeval2023

D = np.load('/tmp/frames22/en_minilm.npz')
IDS = D['ids']
E = D['E']
Y = D['Y']
N = len(Y)
_arts = load_semeval2023('../shared/data', language='en')
TEXTS = [_arts[i].text for i in IDS]
LATE = np.array([810e6 <= int(i) < 900e6 for i in IDS])

def topic_groups(k=6, seed=0):
    X = TfidfVectorizer(stop_words='english', min_df=3, max_df=0.5, sublinear_tf=True).fit_transform(TEXTS)
    return KMeans(k, random_state=seed, n_init=10).fit_predict(X)

def time_groups():
    b = np.array([int(i) // 10_000_000 for i in IDS])
    g = np.where(b < 72, 0, np.where(b < 74, 1, np.where(b < 77, 2, np.where(b < 80, 3, 4))))
    g[b == 11] = 0
    return g

def prf(P, Yt):
    tp = (P & (Yt == 1)).sum()
    fp = (P & (Yt == 0)).sum()
    fn = (~P & (Yt == 1)).sum()
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1), (2 * tp / (2 * tp + fp + fn) if tp else 0.0)

def splits(kind, idx, groups=None, seed=13):
    """Index pairs (train, test) into idx."""
    if kind == 'random':
        return list(KFold(5, shuffle=True, random_state=seed).split(idx))
    g = groups[idx]
    return [(np.where(g != v)[0], np.where(g == v)[0]) for v in np.unique(g)]

def run(fit, rule, kind, groups=None, inner_kind=None):
    """fit(train_idx) -> predict_proba(test_idx) function;
    rule(oof_probs, y, train_idx) -> decision(probs, test_idx) -> bool."""
    P = np.zeros(Y.shape, bool)
    probs = np.zeros(Y.shape)
    idx_all = np.arange(N)
    for a, b in splits(kind, idx_all, groups):
        oof = np.zeros((len(a), Y.shape[1]))
        for ia, ib in splits(inner_kind or kind, a, groups, seed=7):
            oof[ib] = fit(a[ia])(a[ib])
        dec = rule(oof, Y[a], a)
        probs[b] = fit(a)(b)
        P[b] = dec(probs[b], b)
    return P, probs

def report(name, P, extra=''):
    p, r, f = prf(P, Y)
    fl = prf(P[LATE], Y[LATE])[2]
    return f'{name:40s} P {p:.3f} R {r:.3f} F1 {f:.4f} fr/art {P.sum(1).mean():.2f} late {fl:.3f} {extra}'

def per_frame_rule(oof, y, a):
    th = _best_frame_thresholds(oof, y)
    return lambda pr, b: pr >= th

def run_mixed(fit, rule, kind, groups, inner_kind, inner_groups):
    P = np.zeros(Y.shape, bool)
    probs = np.zeros(Y.shape)
    idx_all = np.arange(N)
    for a, b in splits(kind, idx_all, groups):
        oof = np.zeros((len(a), Y.shape[1]))
        inner = splits(inner_kind, a, inner_groups, seed=7)
        for ia, ib in inner:
            oof[ib] = fit(a[ia])(a[ib])
        dec = rule(oof, Y[a], a)
        probs[b] = fit(a)(b)
        P[b] = dec(probs[b], b)
    return P, probs
