"""Shared loading and nested folds of the round-9 multilingual experiments (docs/EVALUATION.md, "Multilingual,
round 9"). Items are loaded from every cache folder given (``--cache A,B,C``) with the training command's own
loader (``cache_only``) and kept in a local pickle so that the experiments do not re-read the data."""
from __future__ import annotations

import hashlib
import pickle
import sys
import warnings
from pathlib import Path
from typing import Any

import numpy as np

warnings.filterwarnings("ignore")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
DATA = Path("../shared/data")
CACHES = "/work/wt/cache_multi/shards,/work/wt/cache_multi/shards_ml8,/work/wt/cache_multi/shards_ml9"


def arg(name: str, default: str | None = None) -> str | None:
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def load_items(caches: str | None = None, store: str = "/tmp/ml9/items23.pkl", refresh: bool = False) -> list[Any]:
    from spinscope.training.multilingual import Encoder, load_cache, load_items_2023

    path = Path(store)
    if path.is_file() and not refresh:
        return pickle.loads(path.read_bytes())  # noqa: S301 (our own local file)
    cache: dict[str, np.ndarray] = {}
    for folder in (caches or CACHES).split(","):
        cache.update(load_cache(Path(folder)))
    print(f"cache: {len(cache)} vectors", file=sys.stderr, flush=True)
    items = load_items_2023(DATA, Encoder(cache), cache_only=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(items))
    return items


def outer_folds(groups: list[str], seed: int = 8) -> np.ndarray:
    """The outer folds of scripts/multilingual_round8.py (seed 8)."""
    return np.array([int(hashlib.sha1(f"outer{seed}:{g}".encode()).hexdigest(), 16) % 5 for g in groups])
