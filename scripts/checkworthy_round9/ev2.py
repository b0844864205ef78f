"""cw9 analyses on group 6 (split-half: every choice on one half of group 6's debates, scored on the other)."""
import os
import sys, glob, numpy as np
from pathlib import Path
from scipy.special import logit, expit
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from spinscope.components.claims import style_features
from spinscope.training.claims import CHECKTHAT_FILES, _cached_linguistic, prior_robust_threshold, weighted_f1, THRESHOLD_GRID
sys.path.insert(0, str(Path(__file__).parent))
from ev import rows, y, latest, Y, H, split, show
D = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "checkthat2024_en"; C = Path(os.environ.get("CW9_CACHE", Path.home() / ".cache" / "spinscope" / "cw9"))
recipe = np.load(glob.glob(str(Path.home() / ".cache/spinscope/*recipe-group6*.npy"))[0])
ad = {n: np.load(C / f"{n}_g6.npy") for n in ("ad1", "ad_20241_20241", "ad_20241_20242") if (C / f"{n}_g6.npy").exists()}
show("recipe alone", recipe)
for n, p in ad.items():
    show(f"{n} alone", p); show(f"0.5 recipe + 0.5 {n}", (recipe + p) / 2)
if "ad_20241_20241" in ad:
    two = (ad["ad1"] + ad["ad_20241_20241"]) / 2
    show("ad1+ad2 alone", two); show("0.5 recipe + 0.5 mean(ad1, ad2)", (recipe + two) / 2)
    print("corr ad1/ad2", np.corrcoef(ad["ad1"], ad["ad_20241_20241"])[0, 1])
if "ad_20241_20242" in ad:
    print("corr ad2/ad3 (seed only)", np.corrcoef(ad["ad_20241_20241"], ad["ad_20241_20242"])[0, 1])
    three = (ad["ad1"] + ad["ad_20241_20241"] + ad["ad_20241_20242"]) / 3
    show("0.5 recipe + 0.5 mean(ad1, ad2, ad3)", (recipe + three) / 2)
mix = (recipe + (ad["ad1"] + ad.get("ad_20241_20241", ad["ad1"])) / 2) / 2
# (d) threshold rules, on the half not scored
def rule_split(p, rule):
    out = []
    for h in (0, 1):
        t = rule(Y[H != h], p[H != h]); out.append(weighted_f1(Y[H == h], p[H == h], t))
    return out
def best_natural(yy, pp):
    return max(THRESHOLD_GRID, key=lambda t: weighted_f1(yy, pp, t))
def robust(priors):
    def r(yy, pp):
        return max(THRESHOLD_GRID, key=lambda t: np.mean([weighted_f1(yy, pp, t, prior=q) for q in priors]))
    return r
for name, rule in (("committed: mean F1 over 0.15-0.45", lambda a, b: prior_robust_threshold(a, b)[0]),
                   ("best F1 at the tuning half's own rate", best_natural),
                   ("mean F1 over 0.10-0.55", robust((0.10, 0.2, 0.3, 0.4, 0.55))),
                   ("mean F1 over 0.25-0.35", robust((0.25, 0.35)))):
    s = rule_split(mix, rule); print(f"threshold rule {name:40s} {s[0]:.4f} {s[1]:.4f} mean {np.mean(s):.4f}")
# (c) claim-form stacker: LR over [logit(mix), style, spaCy features], fitted on one half, scored on the other
texts = [r.text for r in rows]
ling = _cached_linguistic(D / CHECKTHAT_FILES["train"], texts, print)[latest]
sty = style_features([texts[i] for i in latest])
for name, X in (("stack: logit(mix) only", logit(np.clip(mix, 1e-4, 1 - 1e-4))[:, None]),
                ("stack: logit(mix) + style + spaCy", np.hstack([logit(np.clip(mix, 1e-4, 1 - 1e-4))[:, None], sty, ling]))):
    out = []
    for h in (0, 1):
        clf = LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced").fit(X[H != h], Y[H != h])
        ptr, pte = clf.predict_proba(X[H != h])[:, 1], clf.predict_proba(X[H == h])[:, 1]
        t, _ = prior_robust_threshold(Y[H != h], ptr); out.append(weighted_f1(Y[H == h], pte, t))
    print(f"{name:40s} {out[0]:.4f} {out[1]:.4f} mean {np.mean(out):.4f}")
