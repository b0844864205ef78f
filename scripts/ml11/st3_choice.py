"""Round-11 check: would the training command's out-of-fold choice between technique recipes pick the same recipe
inside every outer fold? (docs/EVALUATION.md, "Multilingual, round 11").

For each outer fold of scripts/ml10/st3.py, on the other four folds' rows (English always in), 5-fold out-of-fold
probabilities by article (``folds_of``, the command's folds) at C=0.001 (the command's choice in rounds 4-11) for the
plain recipe (paragraph+mean) and for it with each --extra block; the recipe with the best out-of-fold micro-F1 at
its best global threshold is what the command would choose there.

    python scripts/ml11/st3_choice.py --extra /tmp/ml11/langxp64.npz [--store /tmp/ml10/items23.pkl]
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "ml9"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from common import arg, load_items, outer_folds
from st3 import rows_of

from spinscope.training.multilingual import best_threshold, fit_multilabel, folds_of, micro_f1, sigmoid

LANGS = ("fr", "de", "it", "pl", "ru")


def main() -> None:
    items = load_items(None, arg("--store") or "/tmp/ml10/items23.pkl")
    x, y, groups, langs, numbers = rows_of([it for it in items if it.paragraphs], "paragraph+mean")
    e = np.load(arg("--extra") or "")
    table = dict(zip(e["keys"].tolist(), e["x"], strict=True))
    xe = np.hstack([x, np.stack([table[f"{g}:{n}"] for g, n in zip(groups, numbers, strict=True)])])
    outer = outer_folds(groups)
    outer[~np.isin(langs, LANGS)] = -1
    for f in range(5):
        t0 = time.time()
        tr = np.flatnonzero(outer != f)
        g = [groups[i] for i in tr]
        inner = folds_of(g)
        scores = {}
        for name, xx in (("plain", x[tr]), ("extra", xe[tr])):
            oof = np.zeros((len(tr), y.shape[1]))
            for k in range(5):
                m = fit_multilabel(xx[inner != k], y[tr][inner != k].astype(int), 0.001)
                oof[inner == k] = sigmoid(xx[inner == k] @ m.weight.T + m.bias)
            t, s = best_threshold(y[tr].astype(bool), oof, micro_f1)
            scores[name] = (round(s, 4), t)
        print(f"outer fold {f}: {scores} -> {max(scores, key=lambda k: scores[k][0])} [{time.time() - t0:.0f}s]",
              flush=True)


if __name__ == "__main__":
    main()
