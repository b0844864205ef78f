"""Time training steps of the all-layer adapter (sizing the run before it starts; scores nothing): ``python
time_steps.py STEPS`` trains STEPS batches on a random sample of groups 1-5 and prints seconds per step."""
import sys
import time

import numpy as np
import torch
from base15 import LEARNING_RATE, MAX_TOKENS, SEED, TOP_LAYERS
from common import earlier, texts, y  # round 14's common.py

from spinscope.components.claims_adapter import bottom_states, token_rows
from spinscope.training.claims_finetune import BATCH_SIZE, train_adapter

torch.set_num_threads(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
steps = int(sys.argv[1])
pick = np.random.default_rng(0).choice(earlier, steps * BATCH_SIZE, replace=False)
t0 = time.time()
states = bottom_states(token_rows([texts[i] for i in pick], max_tokens=MAX_TOKENS), top_layers=TOP_LAYERS)
t1 = time.time()
train_adapter(states, y[pick], epochs=1.0, seed=SEED, top_layers=TOP_LAYERS, max_tokens=MAX_TOKENS,
              learning_rate=LEARNING_RATE)
t2 = time.time()
print(f"embeddings {t1 - t0:.1f} s; {steps} steps {t2 - t1:.1f} s = {(t2 - t1) / steps:.3f} s/step; "
      f"mean tokens {np.mean([len(s) for s in states]):.1f}", flush=True)
