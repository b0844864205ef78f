"""The shipped adapters' probabilities on group 6 ($CW14/ad_<stem>_g6.npy) and group 6's bottom-layer states
($CW14/states_g6.pt), as the second part of prep_e5_adapters.py (run alone when the head's sample is not needed)."""
import time

import numpy as np
import torch
from common import OUT, latest, texts

from spinscope.components.claims import MODEL_DIR
from spinscope.components.claims_adapter import bottom_states, load_adapters, token_rows

t0 = time.time()
states = bottom_states(token_rows([texts[i] for i in latest]))
torch.save(states, OUT / "states_g6.pt")
print(f"bottom states of group 6 {time.time() - t0:.0f} s", flush=True)
for a in load_adapters(MODEL_DIR):
    stem = "adapter" if a.meta["seed"] == 20240 else f"adapter-{a.meta['seed']}"
    np.save(OUT / f"ad_{stem}_g6.npy", a.predict_states(states))
print(f"adapters {time.time() - t0:.0f} s", flush=True)
