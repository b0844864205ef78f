"""Round-11 check: the cross-fitted technique probabilities of ``paragraph+mean+langxp`` with the principal
components fitted inside each outer training part (as the training command fits them on its training paragraphs),
instead of on every paragraph's vector (scripts/ml11/lang_extra.py). Writes a --probs file for scripts/ml10/st3.py.

    python scripts/ml11/st3_strict.py OUT.npz [--k 64] [--store /tmp/ml10/items23.pkl]
    python scripts/ml10/st3.py --probs OUT.npz --rules global,perlang
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

from spinscope.components.multilingual import language_slots
from spinscope.training.multilingual import fit_multilabel, sigmoid, vector_projection

LANGS = ("fr", "de", "it", "pl", "ru")


def main() -> None:
    items = [it for it in load_items(None, arg("--store") or "/tmp/ml10/items23.pkl") if it.paragraphs]
    x, y, groups, langs, numbers = rows_of(items, "paragraph+mean")
    para = x[:, :384]
    outer = outer_folds(groups)
    outer[~np.isin(langs, LANGS)] = -1
    probs = np.zeros(y.shape)
    for f in range(5):
        t0 = time.time()
        tr, te = outer != f, outer == f
        proj = vector_projection(para[tr], int(arg("--k") or 64))
        extra = np.vstack([language_slots(para[i:i + 1], str(langs[i]), proj) for i in range(len(x))])
        xx = np.hstack([x, extra])
        m = fit_multilabel(xx[tr], y[tr].astype(int), 0.001)
        probs[te] = sigmoid(xx[te] @ m.weight.T + m.bias)
        print(f"  outer fold {f} [{time.time() - t0:.0f}s]", file=sys.stderr, flush=True)
    np.savez(sys.argv[1], probs=probs, y=y, groups=np.array(groups), langs=langs, numbers=np.array(numbers))


if __name__ == "__main__":
    main()
