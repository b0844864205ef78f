"""Round 21 (narr21), a diagnostic run after both decisions: on the outer test rows of each partition, the AUC of
"the article's gold is Other" by the shipped Other classifier's P(Other) (C 10, the C most folds choose), by the
nearest-neighbour share of `knnother` (K 15, the outer training part) and by their blends b 0.25 / 0.5; and the
articles where `coarsesim`'s coarse decision differs from the shipped one (gold Other said a narrative and back).
Usage: python scripts/narr21/diag.py n21a n21b n21c"""

import sys
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

sys.path.insert(0, str(Path(__file__).resolve().parent))
import knnother as K


def main():
    import pickle

    for name in sys.argv[1:]:
        data = pickle.loads(Path(f"/tmp/narr21/{name}.pkl").read_bytes())
        ids = data["ids"]
        arts_all, _ = K.S.load_task(K.SC.DATA)
        arts = [arts_all[i] for i in ids]
        K.S.embed(arts, cache=K.SC.EMBED)
        _, dense = K.S.narrative_rows(arts, None, 0.0)
        unit = dense / np.maximum(np.linalg.norm(dense, axis=1, keepdims=True), 1e-9)
        is_other = np.array(["Other" in a.narratives for a in arts], dtype=np.float64)
        gold, lr, share = [], [], []
        for fold in data["folds"]:
            tr, te = fold["train"], fold["test"]
            gold.append(is_other[te])
            lr.append(fold["outer"][0].other[10.0])
            share.append(K.knn_share(unit, is_other, tr, te))
        gold, lr, share = (np.concatenate(x) for x in (gold, lr, share))
        aucs = [roc_auc_score(gold, s) for s in (lr, share, 0.75 * lr + 0.25 * share, 0.5 * lr + 0.5 * share)]
        print(
            f"{name}: AUC of gold Other (outer rows), P(Other) C 10 / knn share / blend 0.25 / blend 0.5: "
            + " / ".join(f"{a:.3f}" for a in aucs)
        )
        base = np.load(f"/tmp/narr21/{name}_coarsesim.npz")
        d = base["var_c"] - base["base_c"]
        print(
            f"  coarsesim: articles whose coarse F1 moved: up {(d > 0).sum()}, down {(d < 0).sum()}; "
            f"of them gold Other: up {((d > 0) & (is_other > 0)).sum()}, down {((d < 0) & (is_other > 0)).sum()}"
        )


if __name__ == "__main__":
    main()
