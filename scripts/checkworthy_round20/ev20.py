"""The decision rule's group-6 figures (E1 split-half, E2 one debate out) for candidate AH = 2/3 adapter + 1/3 head,
with the adapter-alone and head-alone rows as the check that group 6 is rebuilt as in rounds 15 and 18. The shipped
mixture's rows are round 15's (the recipe's refit on groups 1-5 is not recomputed; if $CW20/cw14/recipe_g6.npy
exists it is scored too). Writes $CW20/ev20.json."""
import json

import numpy as np
from base20 import DEB, OUT20, H, Y, report

SHIPPED = {"split_half": [0.7338, 0.7291], "split_half_mean": 0.7314,
           "debates": [0.7098, 0.7507, 0.7366, 0.7355, 0.7157], "debates_mean": 0.7297}   # round 15
CHECK = {"adapter": ([0.7147, 0.7113], [0.7047, 0.7302, 0.7343, 0.7115, 0.7181]),          # round 15
         "head": ([0.6623, 0.6724], [0.6330, 0.6577, 0.6758, 0.6815, 0.6655])}             # round 18

adapter, head = np.load(OUT20 / "adapter_g6.npy"), np.load(OUT20 / "head_g6.npy")
out = {"shipped (round 15)": SHIPPED}
for name, p in (("adapter", adapter), ("head", head)):
    r = report(name, Y, p, H, DEB)
    r["reproduces"] = (r["split_half"], r["debates"]) == (CHECK[name][0], CHECK[name][1])
    print(name, "reproduces the earlier rounds' figures:", r["reproduces"])
    out[name] = r
recipe_file = OUT20 / "cw14" / "recipe_g6.npy"
if recipe_file.is_file():
    out["shipped (recomputed)"] = report("shipped", Y, (np.load(recipe_file) + adapter) / 3 + head / 3, H, DEB)
ah = report("AH", Y, 2 / 3 * adapter + 1 / 3 * head, H, DEB)
out["AH"] = ah
e1, e2 = ah["split_half_mean"] >= 0.7264, ah["debates_mean"] >= 0.7247
print(f"E1 (split-half mean {ah['split_half_mean']} >= 0.7264): {'holds' if e1 else 'fails'}")
print(f"E2 (one-debate-out mean {ah['debates_mean']} >= 0.7247): {'holds' if e2 else 'fails'}")
out["rule"] = {"E1": e1, "E2": e2, "threshold_AH": ah["threshold"]}
(OUT20 / "ev20.json").write_text(json.dumps(out, indent=2) + "\n")
