"""Round 24: round 20's caches rebuilt into /tmp/tech24 (``scripts/tech20/vecs.py`` with another folder): the
frozen MiniLM sentence vectors of the 359 training and 87 validation articles with ST3 labels.

    python scripts/tech24/vecs.py      # 5 min
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import torch

from spinscope.training.data import load_semeval2023, split_articles
from spinscope.training.technique_sentences import sentence_vectors

D = Path("/tmp/tech24")


def main() -> None:
    torch.set_num_threads(1)
    train, val = split_articles(load_semeval2023(None))
    train = [a for a in train if a.paragraph_labels is not None]
    val = [a for a in val if a.paragraph_labels is not None]
    v = sentence_vectors(train + val, D / "sent_all.npz")
    np.savez(D / "train_sent.npz", **{a.id: v[a.id] for a in train})
    np.savez(D / "val_sent.npz", **{a.id: v[a.id] for a in val})
    print(len(train), len(val))


if __name__ == "__main__":
    main()
