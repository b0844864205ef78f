"""Round 26 diagnostic (decides nothing): the packaged recipe (model.safetensors, fitted 2026-12-01) against its
refit today with the same settings (devtest26.py's logistic regression and MLP of seed 20240, every training
sentence) on dev-test: are the two the same model? Run with scripts/cw26/env.sh sourced, after devtest26.py."""

import os
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "checkworthy_round14"))
from common import D

from spinscope.components.claims import checkworthy_probabilities
from spinscope.training.claims import CHECKTHAT_FILES, read_checkthat, weighted_f1

OUT = Path(os.environ.get("CW25", "/tmp/cw26"))
rows = read_checkthat(D / CHECKTHAT_FILES["dev-test"])
yy = np.array([r.label == "Yes" for r in rows], dtype=int)
packaged = checkworthy_probabilities([r.text for r in rows]).astype(np.float64)
refit = (np.load(OUT / "lr_dt.npy") + np.load(OUT / "mlp20240_dt.npy")) / 2
print(
    "max abs diff",
    round(float(np.abs(packaged - refit).max()), 4),
    "corr",
    round(float(np.corrcoef(packaged, refit)[0, 1]), 4),
)
for name, p in (("packaged", packaged), ("refit today", refit)):
    print(name, "recipe alone F1 at 0.49", round(weighted_f1(yy, p, 0.49), 4))
