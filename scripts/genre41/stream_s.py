"""Genre round 47, measure S of ``scripts/genre41/RULE.md``: the stream prior on SemEval-2023 cross-fitted output.

``python scripts/genre41/stream_s.py --work DIR`` reads ``DIR/held_main.npy`` (the 433 pooled held-out English
probabilities of ``python scripts/genre38/measure.py run main --work DIR``, after the rule chosen inside each block)
and ``DIR/feats.pkl`` (their labels), applies main's stream prior (satire 0.02 against 0.10) and the candidate
``stream_mix`` (``spinscope.components.genre41``), and prints one JSON line: macro-F1 and the multi-class Brier
score weighted to the stream mix, the news mix and plain, reporting recall and opinion called reporting, for both.
"""

from __future__ import annotations

import argparse
import json
import pickle
from pathlib import Path
from typing import Any

import numpy as np
from stream_mix import STREAM_MIX, stream_offsets  # scripts/genre41/stream_mix.py (the lever, not shipped)

from spinscope.components.persuasion import BENCHMARK_SATIRE_SHARE, STREAM_SATIRE_SHARE
from spinscope.components.persuasion_models import shift_genre

LABELS = ("opinion", "reporting", "satire")
NEWS = (0.25, 0.65, 0.10)


def weights(y: np.ndarray, mix: tuple[float, ...]) -> np.ndarray:
    counts = np.bincount(y, minlength=3).astype(float)
    return np.array([mix[k] / counts[k] for k in y])


def macro(pred: np.ndarray, y: np.ndarray, w: np.ndarray) -> float:
    f = []
    for k in range(3):
        tp = w[(pred == k) & (y == k)].sum()
        fp = w[(pred == k) & (y != k)].sum()
        fn = w[(pred != k) & (y == k)].sum()
        f.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return float(np.mean(f))


def figures(p: np.ndarray, y: np.ndarray) -> dict[str, Any]:
    pred = p.argmax(1)
    onehot = np.eye(3)[y]
    brier = ((p - onehot) ** 2).sum(1)
    out: dict[str, Any] = {}
    for name, mix in (("stream", tuple(STREAM_MIX[g] for g in LABELS)), ("news", NEWS), ("plain", None)):
        w = np.ones(len(y)) if mix is None else weights(y, mix)
        out[f"{name}_macro_f1"] = round(macro(pred, y, w), 4)
        out[f"{name}_brier"] = round(float((brier * w).sum() / w.sum()), 4)
    out["reporting_recall"] = f"{int(((pred == 1) & (y == 1)).sum())}/{int((y == 1).sum())}"
    out["opinion_called_reporting"] = f"{int(((pred == 1) & (y == 0)).sum())}/{int((y == 0).sum())}"
    out["satire_recall"] = f"{int(((pred == 2) & (y == 2)).sum())}/{int((y == 2).sum())}"
    out["pred_counts"] = np.bincount(pred, minlength=3).tolist()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, required=True)
    args = parser.parse_args()
    probs = np.load(args.work / "held_main.npy")
    y = pickle.loads((args.work / "feats.pkl").read_bytes())["en"]["y"]
    base = shift_genre(probs, [0.0, 0.0, float(np.log(STREAM_SATIRE_SHARE / BENCHMARK_SATIRE_SHARE))])
    cand = shift_genre(probs, stream_offsets(LABELS, STREAM_SATIRE_SHARE))
    print(json.dumps({"articles": len(y), "benchmark_path": figures(probs, y), "main_stream": figures(base, y),
                      "stream_mix": figures(cand, y)}))


if __name__ == "__main__":
    main()
