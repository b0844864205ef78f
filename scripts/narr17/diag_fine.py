"""Round 17 (narr17): where fine F1 is lost, on the outer test articles, with the shipped rule's per-fold choice: the
decision as is; the coarse decision replaced by the gold narratives (the sub-narrative decoding alone); and the
sub-narratives replaced by the gold's under the reported narratives (the coarse decision alone). Reads the shipped
rule's choice per outer fold from levers.py's logs (/tmp/narr17/PARTITION_cond.log). Run from the repository root.
Usage: python scripts/narr17/diag_fine.py"""
import ast
import dataclasses
import pickle
import re
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, "scripts/narr17")
import levers as L

from spinscope.training import semeval2025 as S


def shipped_choices(part):
    lines = Path(f"/tmp/narr17/{part}_cond.log").read_text().splitlines()
    return [ast.literal_eval(re.search(r"\(shipped (\{.*?\})\)", ln).group(1)) for ln in lines
            if ln.startswith("  fold")]


def main():
    for part in ("r4", "fresh", "n15"):
        data = pickle.loads(Path(f"/tmp/narr16/{part}.pkl").read_bytes())
        tot = np.zeros(4)
        n = said = good = gold = 0
        for fold, s in zip(data["folds"], shipped_choices(part), strict=True):
            p = L.prepare(fold["outer"], "base")
            a = p.a
            kept = L.kept_of(p, s["tc"], s["tq"], s["oc"], s["ot"], None)
            fa = p.fine[s["fine"]]
            tf = np.array([s["tf"]])
            nf = a.fine.shape[1]
            gold_kept = a.gold_coarse[:, :len(a.coarse_labels)]
            oracle = dataclasses.replace(a, fine=a.gold_fine[:, :nf].astype(float))
            c = S._row_f1(a.gold_coarse, a.coarse_missing, S._with_none(kept))
            tot += [c.sum(), S._fine_f1(fa, kept, tf)[0].sum(), S._fine_f1(fa, gold_kept, tf)[0].sum(),
                    S._fine_f1(oracle, kept, np.array([0.5]))[0].sum()]
            n += len(c)
            parent = np.maximum(a.parent, 0)
            under = (a.parent >= 0)[None, :] & np.where(a.parent[None, :] >= 0, gold_kept[:, parent], False)
            named = (fa.fine >= s["tf"]) & under
            said += int(named.sum())
            good += int((named & a.gold_fine[:, :nf]).sum())
            gold += int((a.gold_fine[:, :nf] & under).sum())
        print(f"{part}: coarse {tot[0] / n:.4f} fine {tot[1] / n:.4f}; fine with gold narratives {tot[2] / n:.4f}; "
              f"fine with gold sub-narratives under the reported narratives {tot[3] / n:.4f}; under gold "
              f"narratives: named subs said {said}, right {good} (precision {good / said:.3f}), gold named {gold} "
              f"(recall {good / gold:.3f})")


if __name__ == "__main__":
    main()
