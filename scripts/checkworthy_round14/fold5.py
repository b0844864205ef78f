"""The second held-out group: group 5 (the second latest debates) scored by models fitted on groups 1-4 and 6.

`python fold5.py recipe`: the recipe refitted on the other groups ($CW14/f5_recipe.npy; needs prep_recipe.py's
MiniLM and spaCy caches). `python fold5.py sampled`: two adapters on 5,000-sentence samples of the other groups,
seeds 20240 and 20241, as the command draws them ($CW14/f5_ad_20240.npy, f5_ad_20241.npy). `python fold5.py full`:
one adapter on every sentence of the other groups, seed 20240 ($CW14/f5_full.npy); `python fold5.py full SEED`: the
same with another training seed ($CW14/f5_full_SEED.npy)."""
import sys
import time

import numpy as np
from common import OUT, PATH, g, texts, y

from spinscope.components.claims import style_features
from spinscope.components.claims_adapter import bottom_states, token_rows
from spinscope.training.claims import _cached_embeddings, _cached_linguistic
from spinscope.training.claims_finetune import EPOCHS, _fit_on_sample, _recipe_probabilities, train_adapter

what = sys.argv[1]
held, pool = np.flatnonzero(g == 4), np.flatnonzero(g != 4)
t0 = time.time()
if what == "recipe":
    dense = _cached_embeddings(PATH, texts, print)
    extra = np.hstack([style_features(texts), _cached_linguistic(PATH, texts, print)])
    np.save(OUT / "f5_recipe.npy", _recipe_probabilities({"train": texts}, y, pool, held, dense, extra, seed=20240))
else:
    held_states = bottom_states(token_rows([texts[i] for i in held]))
    if what == "sampled":
        for seed in (20240, 20241):
            adapter = _fit_on_sample(texts, y, pool, seed=seed, log=print)
            np.save(OUT / f"f5_ad_{seed}.npy", adapter.predict_states(held_states))
    else:
        seed = int(sys.argv[2]) if len(sys.argv) > 2 else 20240
        adapter = train_adapter(bottom_states(token_rows([texts[i] for i in pool])), y[pool], epochs=EPOCHS,
                                seed=seed)
        np.save(OUT / ("f5_full.npy" if seed == 20240 else f"f5_full_{seed}.npy"), adapter.predict_states(held_states))
print(f"{what}: {time.time() - t0:.0f} s", flush=True)
