"""The candidate adapter's probabilities on group 6 ($CW14/full_g6.npy), from prep_e5_adapters.py's states."""
import numpy as np
import torch
from common import OUT

from spinscope.components.claims_adapter import CheckworthyAdapter

adapter = CheckworthyAdapter.load(OUT / "full", stem="adapter-full-20240")
np.save(OUT / "full_g6.npy", adapter.predict_states(torch.load(OUT / "states_g6.pt")))
