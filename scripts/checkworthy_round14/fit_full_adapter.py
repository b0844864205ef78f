"""The candidate: one adapter (seed 20240, the command's settings) fitted on every sentence of groups 1-5 instead of
a 5,000-sentence sample; saved to $CW14/full/adapter.* with the command's metadata."""
import sys
import time

from common import OUT, earlier, texts, y

from spinscope.components.claims_adapter import bottom_states, token_rows
from spinscope.training.claims_finetune import EPOCHS, train_adapter

seed = int(sys.argv[1]) if len(sys.argv) > 1 else 20240
t0 = time.time()
states = bottom_states(token_rows([texts[i] for i in earlier]))
print(f"bottom states of {len(earlier)} sentences {time.time() - t0:.0f} s", flush=True)
adapter = train_adapter(states, y[earlier], epochs=EPOCHS, seed=seed)
print(f"fitted {time.time() - t0:.0f} s", flush=True)
adapter.save(OUT / "full", stem=f"adapter-full-{seed}")
