"""Round 27 (narr27), a check deciding nothing (after otheravg's figures): on the first two `lobo` folds, the inner
out-of-fold AUC of each Other classifier and the inner objective of the best averaged setting against main's best.
Usage: PYTHONPATH=src:scripts/narr27:scripts/narr17:scripts/narr22:scripts/narr26 \
    python scripts/narr27/avg_check.py /tmp/narr26/lobo.pkl"""

import os
import pickle
import sys
from pathlib import Path

import levers as L
import numpy as np
import otheravg as A
from otherdense import dense_other
from sklearn.metrics import roc_auc_score

from spinscope.training import semeval2025 as S


def main():
    data = pickle.loads(Path(sys.argv[1]).read_bytes())
    ids = data["ids"]
    arts_all, _ = S.load_task(A.DATA)
    arts = [arts_all[i] for i in ids]
    S.embed(arts, cache=Path(os.environ.get("EMBED_CACHE", "/tmp/narr26/semeval2025-cache")))
    _, dense = S.narrative_rows(arts, None, 0.0)
    dense = np.asarray(dense, dtype=np.float64)
    is_other = np.array(["Other" in a.narratives for a in arts], dtype=int)
    for fold in data["folds"][:2]:
        tr = fold["train"]
        splits = S._folds([ids[i] for i in tr])
        inner = [L.prepare(A.with_avg(x, dense_other(dense, is_other, tr[itr], tr[ite])), "base")
                 for x, (itr, ite) in zip(fold["inner"], splits, strict=True)]
        y = np.concatenate([is_other[tr[ite]] for _, ite in splits])
        for key in (1.0, 3.0, 10.0, ("d", 0.1), ("avg", 1.0), ("avg", 3.0), ("avg", 10.0)):
            p = np.concatenate([q.a.other[key] for q in inner])
            print(" inner AUC", key, round(roc_auc_score(y, p), 3))
        for name, oc in (("main", A.MAIN_C), ("avg only", A.AVG_C)):
            S.OTHER_C = oc
            (obj, ch), _ = L.choose(inner, "base")
            print(name, round(obj, 4), ch["oc"], ch["ot"])


if __name__ == "__main__":
    main()
