"""The candidate adapter (base15.py's settings) fitted on every sentence of the training groups but one, and its
probabilities on that group: ``python fit_deep.py g6`` (fitted on groups 1-5, scores group 6: $CW15/deep_g6.npy,
the adapter in $CW15/deep_g6/adapter.*) or ``python fit_deep.py g5`` (fitted on groups 1-4 and 6, scores group 5:
$CW15/f5_deep.npy). One torch thread (two shared cores)."""
import sys
import time

import numpy as np
import torch
from base15 import EPOCHS, LEARNING_RATE, MAX_TOKENS, OUT15, SEED, TOP_LAYERS
from common import g, texts, y  # round 14's common.py

from spinscope.components.claims_adapter import bottom_states, token_rows
from spinscope.training.claims_finetune import train_adapter

torch.set_num_threads(1)
which = sys.argv[1]
held_group = {"g6": 5, "g5": 4}[which]
pool, held = np.flatnonzero(g != held_group), np.flatnonzero(g == held_group)


def states_of(rows: np.ndarray) -> list:
    """The embeddings' output of the sentences ``rows`` (every layer is adapted), cut at MAX_TOKENS."""
    return bottom_states(token_rows([texts[i] for i in rows], max_tokens=MAX_TOKENS), top_layers=TOP_LAYERS)


t0 = time.time()
adapter = train_adapter(states_of(pool), y[pool], epochs=EPOCHS, seed=SEED, top_layers=TOP_LAYERS,
                        max_tokens=MAX_TOKENS, learning_rate=LEARNING_RATE)
print(f"{which}: fitted on {len(pool)} sentences in {time.time() - t0:.0f} s", flush=True)
if which == "g6":
    adapter.save(OUT15 / "deep_g6")
probs = adapter.predict_states(states_of(held))
np.save(OUT15 / ("deep_g6.npy" if which == "g6" else "f5_deep.npy"), probs)
print(f"{which}: scored {len(held)} sentences, {time.time() - t0:.0f} s", flush=True)
