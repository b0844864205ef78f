"""Round 26, diagnostic of rule (M) (not deciding): Polish true positives, false alarms and misses, and labels per
paragraph, of B and M on outer draws 8, 9, 10 (the probabilities st3_mlp.py cached).

    python scripts/ml26/diag.py --store /tmp/ml25/items_st3.pkl
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "ml9"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "ml19"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import arg, load_items, outer_folds
from st3_ctx import committed_rule, rows
from st3_shape import LANGS

from spinscope.training.data import TECHNIQUES
from spinscope.training.multilingual import LANGXP_COMPONENTS, paragraph_projection


def main() -> None:
    items = [it for it in load_items(None, arg("--store") or "/tmp/ml25/items_st3.pkl") if it.paragraphs]
    _, y, groups, langs = rows(items, None, paragraph_projection(items, LANGXP_COMPONENTS))
    pl = langs == "pl"
    gain = np.zeros(len(TECHNIQUES))
    for seed in (8, 9, 10):
        outer = outer_folds(groups, seed)
        outer[~np.isin(langs, LANGS)] = -1
        p_lr, p_mlp = np.load(f"/tmp/ml25/p_base_s{seed}.npy"), np.load(f"/tmp/ml26/p_mlp_s{seed}.npy")
        for name, p in (("B", p_lr), ("M", 0.5 * p_lr + 0.5 * p_mlp)):
            pred, _ = committed_rule(p, y, langs, outer)
            g, q = y[pl], pred[pl]
            tp = (g & q).sum(0)
            gain += tp if name == "M" else -tp
            print(f"draw {seed} {name}: Polish tp {int(tp.sum())} fp {int((~g & q).sum())} fn {int((g & ~q).sum())}"
                  f", labels per paragraph {q.sum(1).mean():.2f} (gold {g.sum(1).mean():.2f})", flush=True)
    top = np.argsort(-np.abs(gain))[:6]
    print("Polish true positives M - B over the three draws, largest moves: "
          + ", ".join(f"{TECHNIQUES[k]} {int(gain[k]):+d}" for k in top), flush=True)


if __name__ == "__main__":
    main()
