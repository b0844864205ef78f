"""Extra technique-head columns per labelled paragraph for scripts/ml10/st3.py --extra (round 11):

- ``lang``: the language one-hot over fr, de, it, pl, ru (English: all zero), so that the pooled head learns a
  bias per technique and language beside the shared weights;
- ``langxp``: the same and the paragraph vector once more in the slot of its language (5 x 384 columns: per-language
  paragraph weights beside the shared ones, as ``stylexl`` does for genre's style features);
- ``langxpK`` (e.g. ``langxp64``): the one-hot and the paragraph vector's first K principal components (fitted on
  every paragraph vector of the rows, no labels) once more in the slot of its language: ``langxp`` at a size a
  logistic regression fits in seconds;
- ``nbr``: the mean of the vectors of the paragraphs just before and after (one of them at either end of the
  article; the paragraph's own vector for a one-paragraph article): its context in the article.

    python scripts/ml11/lang_extra.py lang|langxp|langxpK|nbr OUT.npz [--store /tmp/ml10/items23.pkl]
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "ml9"))
from common import arg, load_items

LANGS = ("fr", "de", "it", "pl", "ru")


def main() -> None:
    kind, out = sys.argv[1], sys.argv[2]
    items = load_items(None, arg("--store") or "/tmp/ml10/items23.pkl")
    keys, xs = [], []
    proj = None
    if kind.startswith("langxp") and kind != "langxp":
        allv = np.vstack([it.vectors.paragraphs[row] for it in items for _, row, _ in it.paragraphs])
        mu = allv.mean(axis=0)
        _, _, vt = np.linalg.svd(allv - mu, full_matrices=False)
        proj = (mu, vt[:int(kind[6:])].T)
    for it in items:
        for number, row, _ in it.paragraphs:
            onehot = np.array([it.language == la for la in LANGS], dtype=np.float32)
            cols = [] if kind == "nbr" else [onehot]
            if kind == "nbr":
                v = it.vectors.paragraphs
                near = [r for r in (row - 1, row + 1) if 0 <= r < len(v)] or [row]
                cols.append(v[near].mean(axis=0).astype(np.float32))
            if kind.startswith("langxp"):
                v = it.vectors.paragraphs[row] if proj is None else (it.vectors.paragraphs[row] - proj[0]) @ proj[1]
                cols.append(np.concatenate([v * o for o in onehot]).astype(np.float32))
            keys.append(f"{it.language}:{it.id}:{number}")
            xs.append(np.concatenate(cols))
    np.savez(out, keys=np.array(keys), x=np.stack(xs))
    print(f"{len(keys)} rows, {xs[0].shape[0]} columns -> {out}")


if __name__ == "__main__":
    main()
