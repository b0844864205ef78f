"""narr51, fourth rule (scripts/narr51/RULE.md): a fine-only re-choice of Portugal's narrative threshold on the 76 PT
validation articles, cross-fitted over five fold draws, t_c kept at the shipped value (measured only).

    python scripts/narr51/pt_fine.py /tmp/narr48/probs_PT.npz /tmp/narr48/main47_PT.txt
"""

import importlib.util
import sys
from pathlib import Path

import numpy as np

from spinscope.training.semeval2025 import is_validation

_spec = importlib.util.spec_from_file_location(
    "narr48_crossfit", Path(__file__).resolve().parents[1] / "narr48" / "crossfit.py")
assert _spec and _spec.loader
n48 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(n48)

SALTS = tuple(f"narr51p{i}" for i in range(1, 6))
SHIPPED = (0.23, 0.15)


def main(probs_path, main_path):
    probs = np.load(probs_path)
    gold = n48.load_tsv(n48.DATA / "PT" / "subtask-2-annotations.txt")
    t = n48.Tables(probs, gold)
    main_pred = n48.load_tsv(main_path)
    a0, b0 = t.index(*SHIPPED)
    differ = sum(t.decided(i, a0, b0) != main_pred[n] for i, n in enumerate(t.names))
    print(f"reproduction: shipped {SHIPPED} vs main's PT file: {differ} of {len(t.names)} differ")
    rows = np.array([i for i, n in enumerate(t.names) if is_validation(n)])
    base_c, base_f = t.at(rows, a0, b0)
    print(f"base (shipped) on the {len(rows)} validation articles: {base_c.mean():.4f} / {base_f.mean():.4f}")
    for s, salt in enumerate(SALTS):
        fold = n48.folds([t.names[r] for r in rows], salt)
        oc, of, chosen = np.zeros(len(rows)), np.zeros(len(rows)), []
        for k in range(5):
            train, test = rows[fold != k], np.where(fold == k)[0]
            total = t.coarse[train, a0].sum() + t.fine[train, a0, :].sum(axis=0)
            best = total.max()
            cands = [(abs(n48.FINE_GRID[b] - SHIPPED[1]), n48.FINE_GRID[b], b)
                     for b in np.where(total >= best - 1e-9)[0]]
            b = int(min(cands)[2])
            oc[test], of[test] = t.at(rows[test], a0, b)
            chosen.append(n48.FINE_GRID[b])
        gc, gf = oc - base_c, of - base_f
        per_fold = [float((gc[fold == k] + gf[fold == k]).sum() / len(rows)) for k in range(5)]
        print(f"== draw {salt}: {oc.mean():.4f} / {of.mean():.4f}; gain {gc.mean():+.4f} / {gf.mean():+.4f}; "
              f"folds >= 0: {sum(x >= 0 for x in per_fold)} {[round(x, 4) for x in per_fold]}; t_f chosen {chosen}")
        if s == 0:
            lo, hi = n48.bootstrap((gc + gf) / 2, seed=51)
            print(f"   bootstrap 90% of (coarse + fine) / 2 gain [{lo:+.4f}, {hi:+.4f}]")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
