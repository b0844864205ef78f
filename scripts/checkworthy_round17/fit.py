"""One all-layer adapter with the command's settings (spinscope.training.claims_finetune: rank 8, all six layers,
96 tokens, learning rate 5e-4) but the given seed and epochs, fitted on every sentence of groups 1-5 and scored on
group 6: ``python fit.py SEED EPOCHS`` -> $CW17/s<SEED>_e<EPOCHS>/adapter-<SEED>.* and $CW17/s<SEED>_e<EPOCHS>.npy.
``python fit.py shipped`` scores the shipped adapter on group 6 the same way ($CW17/shipped.npy)."""
import sys
import time

import numpy as np
import torch
from base17 import OUT17, g, latest, texts, y

from spinscope.components.claims import MODEL_DIR
from spinscope.components.claims_adapter import CheckworthyAdapter, bottom_states, member_stem, token_rows
from spinscope.training.claims_finetune import (
    ADAPTED_LAYERS,
    ADAPTER_LEARNING_RATE,
    ADAPTER_TOKENS,
    train_adapter,
)

torch.set_num_threads(int(sys.argv[3]) if len(sys.argv) > 3 else 1)


def states_of(rows: np.ndarray) -> list:
    return bottom_states(token_rows([texts[i] for i in rows], max_tokens=ADAPTER_TOKENS), top_layers=ADAPTED_LAYERS)


t0 = time.time()
if sys.argv[1] == "shipped":
    np.save(OUT17 / "shipped.npy", CheckworthyAdapter.load(MODEL_DIR).predict_states(states_of(latest)))
    print(f"shipped adapter scored group 6 in {time.time() - t0:.0f} s", flush=True)
    raise SystemExit
seed, epochs = int(sys.argv[1]), float(sys.argv[2])
pool = np.flatnonzero(g != 5)
adapter = train_adapter(states_of(pool), y[pool], epochs=epochs, seed=seed, top_layers=ADAPTED_LAYERS,
                        max_tokens=ADAPTER_TOKENS, learning_rate=ADAPTER_LEARNING_RATE)
minutes = round((time.time() - t0) / 60, 1)
print(f"seed {seed}, {epochs} epochs: fitted on {len(pool)} sentences in {minutes} min", flush=True)
adapter.meta["minutes"] = minutes
tag = f"s{seed}_e{epochs:g}"
adapter.save(OUT17 / tag, stem=member_stem(seed))
np.save(OUT17 / f"{tag}.npy", adapter.predict_states(states_of(latest)))
print(f"{tag}: scored group 6, {time.time() - t0:.0f} s in all", flush=True)
