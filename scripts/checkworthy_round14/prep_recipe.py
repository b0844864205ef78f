"""MiniLM and spaCy features of the training file, and the recipe refitted on groups 1-5 scored on group 6 (the
command's cache keys); writes $CW14/recipe_g6.npy."""
import time

import numpy as np
from common import OUT, PATH, earlier, latest, texts, y

from spinscope.components.claims import style_features
from spinscope.training.claims import MLP_EPOCHS, MLP_HIDDEN, C, _cached, _cached_embeddings, _cached_linguistic
from spinscope.training.claims_finetune import ADAPTER_SEEDS, _recipe_probabilities

t0 = time.time()
dense = _cached_embeddings(PATH, texts, print)
print(f"minilm {time.time() - t0:.0f} s", flush=True)
extra = np.hstack([style_features(texts), _cached_linguistic(PATH, texts, print)])
print(f"spacy {time.time() - t0:.0f} s", flush=True)
seed = ADAPTER_SEEDS[0]
recipe = _cached(f"recipe-group6-seed{seed}-C{C}-mlp{MLP_HIDDEN}x{MLP_EPOCHS}", PATH, [texts[i] for i in latest],
                 lambda _: _recipe_probabilities({"train": texts}, y, earlier, latest, dense, extra, seed=seed), print)
np.save(OUT / "recipe_g6.npy", recipe)
print(f"recipe {time.time() - t0:.0f} s", flush=True)
