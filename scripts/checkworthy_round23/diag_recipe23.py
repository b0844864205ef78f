"""Diagnostic of round 23 (decides nothing; for the next round's "recipe with the supplement"): the packaged recipe
refitted on groups 1-5 plus the 563 supplement sentences, in the mixture with the shipped adapter and H23's head, on
group 6 (split-half, one debate out, as ev23.py), against the shipped mixture; and each part on the 12 probe
sentences ($CW23/probe.in, written after rule F). Writes $CW23/diag_recipe23.json."""

import json
import os
import sys
import time
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "checkworthy_round14"))
from common import DEB, PATH, H, Y, earlier, latest, report, texts, y

from spinscope.components.claims import encode_sentences, linguistic_features, parse_for_features, style_features
from spinscope.training.claims import _cached_embeddings, _cached_linguistic
from spinscope.training.claims_finetune import ADAPTER_SEEDS, _recipe_probabilities, read_supplement

torch.set_num_threads(1)
OUT = Path(os.environ.get("CW23", "/tmp/cw23"))
t0 = time.time()
sup_texts, sup_y = read_supplement()
probe = [line.split("\t", 1)[1] for line in (OUT / "probe.in").read_text(encoding="utf-8").splitlines()]
new = sup_texts + probe


def extra_of(t: list[str]) -> np.ndarray:
    return np.hstack([style_features(t), linguistic_features(parse_for_features(t))])


dense = np.vstack([_cached_embeddings(PATH, texts, print), encode_sentences(new)])
extra = np.vstack([np.hstack([style_features(texts), _cached_linguistic(PATH, texts, print)]), extra_of(new)])
n, s = len(texts), len(sup_texts)
all_texts, all_y = texts + new, np.concatenate([y, sup_y, np.zeros(len(probe), dtype=int)])
train = np.concatenate([earlier, n + np.arange(s)])
held = np.concatenate([latest, n + s + np.arange(len(probe))])
print(f"features {time.time() - t0:.0f} s", flush=True)
p = _recipe_probabilities({"train": all_texts}, all_y, train, held, dense, extra, seed=ADAPTER_SEEDS[0])
recipe_r, probe_r = p[: len(latest)], p[len(latest) :]
print(f"recipe {time.time() - t0:.0f} s", flush=True)
recipe_s = np.load(Path(os.environ["CW14"]) / "recipe_g6.npy")
adapter_s, head_h23 = np.load("/tmp/cw21/adapter_g6.npy"), np.load(OUT / "headH23_g6.npy")
out = {
    "H23 (shipped now)": report("H23", Y, (recipe_s + adapter_s + head_h23) / 3, H, DEB),
    "R: recipe with the supplement": report("R", Y, (recipe_r + adapter_s + head_h23) / 3, H, DEB),
    "recipe alone": report("recipe alone", Y, recipe_s, H, DEB),
    "recipe alone, R": report("recipe alone, R", Y, recipe_r, H, DEB),
}
np.save(OUT / "recipeR_g6.npy", recipe_r)
out["probe_recipe_R"] = [round(float(v), 3) for v in probe_r]
print(json.dumps(out["probe_recipe_R"]))
(OUT / "diag_recipe23.json").write_text(json.dumps(out, indent=2) + "\n")
