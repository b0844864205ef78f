import os
import sys, glob, numpy as np
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from ev import Y, H
from spinscope.training.claims import prior_robust_threshold, weighted_f1
C = Path(os.environ.get("CW9_CACHE", Path.home() / ".cache" / "spinscope" / "cw9"))
recipe = np.load(glob.glob(str(Path.home() / ".cache/spinscope/*recipe-group6*.npy"))[0])
a1, a2 = np.load(C / "ad1_g6.npy"), np.load(C / "ad_20241_20241_g6.npy")
extra = {n: np.load(C / f"{n}_g6.npy") for n in sys.argv[1:]}
cands = {"shipped (recipe + ad1)": (recipe + a1) / 2, "recipe + ad2": (recipe + a2) / 2,
         "ensemble (recipe + mean ad1 ad2)": (recipe + (a1 + a2) / 2) / 2}
if "ad_20241_20242" in extra:
    a3 = extra["ad_20241_20242"]
    cands["recipe + ad3 (ad2's sample, other seed)"] = (recipe + a3) / 2
    cands["recipe + mean(ad2, ad3)"] = (recipe + (a2 + a3) / 2) / 2
    cands["recipe + mean(ad1, ad2, ad3)"] = (recipe + (a1 + a2 + a3) / 3) / 2
print("split-half F1 (threshold from the other half), each half reweighted to positive rate q")
print(f"{'':42s} natural  0.15    0.25    0.35    0.45")
for name, p in cands.items():
    out = {q: [] for q in (None, 0.15, 0.25, 0.35, 0.45)}
    for h in (0, 1):
        t, _ = prior_robust_threshold(Y[H != h], p[H != h])
        for q in out:
            out[q].append(weighted_f1(Y[H == h], p[H == h], t, prior=q))
    print(f"{name:42s} " + "  ".join(f"{np.mean(v):.4f}" for v in out.values()))
print("positive rate per half", [round(Y[H == h].mean(), 3) for h in (0, 1)], "sizes", np.bincount(H))
