"""The all-layer adapter with the command's settings (spinscope.training.claims_finetune: seed 20240, 2 epochs, rank
8, all six layers, 96 tokens, learning rate 5e-4) fitted on every sentence of groups 1-4 and 6 and scored on group 5:
``python fit_g5.py THREADS`` -> $CW19/adapter-g5.npy (and the adapter in $CW19/adapter_g5/). Prints timings only."""
import sys
import time

import numpy as np
import torch
from base19 import G5, OUT19, POOL5, texts, y

from spinscope.components.claims_adapter import bottom_states, token_rows
from spinscope.training.claims_finetune import (
    ADAPTED_LAYERS,
    ADAPTER_LEARNING_RATE,
    ADAPTER_SEEDS,
    ADAPTER_TOKENS,
    EPOCHS,
    train_adapter,
)

torch.set_num_threads(int(sys.argv[1]) if len(sys.argv) > 1 else 1)


def states_of(rows: np.ndarray) -> list:
    return bottom_states(token_rows([texts[i] for i in rows], max_tokens=ADAPTER_TOKENS), top_layers=ADAPTED_LAYERS)


t0 = time.time()
adapter = train_adapter(states_of(POOL5), y[POOL5], epochs=EPOCHS, seed=ADAPTER_SEEDS[0], top_layers=ADAPTED_LAYERS,
                        max_tokens=ADAPTER_TOKENS, learning_rate=ADAPTER_LEARNING_RATE)
print(f"adapter fitted on {len(POOL5)} sentences in {(time.time() - t0) / 60:.1f} min", flush=True)
adapter.save(OUT19 / "adapter_g5")
np.save(OUT19 / "adapter-g5.npy", adapter.predict_states(states_of(G5)))
print(f"group 5 scored, {time.time() - t0:.0f} s in all", flush=True)
