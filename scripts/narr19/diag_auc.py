"""Round 19 (narr19), a diagnostic run after the decisions: within-narrative AUC (gold sub-narratives against the
narrative's other ones, per gold narrative of an outer test article, averaged) of the sub-narrative probabilities
on the OUTER test rows, per option of a cache of scripts/narr19/{sentev,aug}_cache.py, and the inner rows' mean.
Usage: python scripts/narr19/diag_auc.py PARTITION_CACHE.pkl OPTION_CACHE.pkl"""
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr18"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr17"))
from sentev_cache import within_auc


def main():
    data = pickle.loads(Path(sys.argv[1]).read_bytes())
    opts = pickle.loads(Path(sys.argv[2]).read_bytes())
    outer, inner = {}, {}
    for fold, o in zip(data["folds"], opts, strict=True):
        for key, fine in o["outer"].items():
            outer.setdefault(key, []).append(within_auc(fold["outer"][0], fine))
            inner.setdefault(key, []).append(o["inner_auc"][key])
    for key in outer:
        print(f"{sys.argv[2]} {key}: outer {np.mean(outer[key]):.4f} inner {np.mean(inner[key]):.4f}")


if __name__ == "__main__":
    main()
