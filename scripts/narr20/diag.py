"""Round 20 (narr20), a diagnostic run after the decisions: per partition and mode of scripts/narr20/subfeat_cache.py,
on the OUTER test rows: the within-narrative AUC of the sub-narrative probabilities (gold sub-narratives of a gold
narrative against its other ones, scripts/narr19/sentev_cache.py:within_auc), their mean, and the number per article
at or over 0.15 (the scale that the thresholds chosen inside meet outside).
Usage: python scripts/narr20/diag.py PARTITION..."""
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr19"))
from sentev_cache import within_auc


def main():
    for part in sys.argv[1:]:
        data = pickle.loads(Path(f"/tmp/narr16/{part}.pkl").read_bytes())
        found = pickle.loads(Path(f"/tmp/narr20/{part}_subfeat.pkl").read_bytes())
        for mode in found[0]["outer"]:
            auc, mean, over = [], [], []
            for fold, refit in zip(data["folds"], found, strict=True):
                a, fine = fold["outer"][0], refit["outer"][mode]
                auc.append(within_auc(a, fine))
                mean.append(fine.mean())
                over.append((fine >= 0.15).sum(axis=1).mean())
            print(f"{part} {mode}: outer within-narrative AUC {np.mean(auc):.3f}, mean p_sub {np.mean(mean):.3f}, "
                  f"sub-narratives >= 0.15 per article {np.mean(over):.1f}", flush=True)


if __name__ == "__main__":
    main()
