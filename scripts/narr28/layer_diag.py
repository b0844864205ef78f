"""Round 28 (narr28), a diagnostic run after `layers`' figures (decides nothing): how much the layer features alone
know of Other on batches they never saw. On the `lobo` folds of a cache (scripts/narr22/cache_n22.py), per held-out
batch: the AUC of P(Other) from the shipped classifier (cached, C 3), from a logistic regression on the standardised
layer columns alone (all columns, and each layer's group alone), and, with no fitting, each column's own AUC inside
the batch (the mean over the batches with both classes, as max(AUC, 1 - AUC) would hide a sign that flips, the raw
AUC is printed).
Usage: python scripts/narr28/layer_diag.py CACHE.pkl LAYERS.npz"""

import pickle
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr22"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from cache_n22 import batch
from layers import scaled_layers

from spinscope.training import semeval2025 as S

DATA = Path("/work/shared/data")


def main():
    data = pickle.loads(Path(sys.argv[1]).read_bytes())
    ids = data["ids"]
    lf = np.load(sys.argv[2])
    where = {i: k for k, i in enumerate(lf["ids"].tolist())}
    layers, names = lf["x"][[where[i] for i in ids]], lf["names"].tolist()
    arts_all, _ = S.load_task(DATA)
    y = np.array(["Other" in arts_all[i].narratives for i in ids], dtype=int)
    groups = {g: [k for k, n in enumerate(names) if n.startswith(g + ":")]
              for g in ("tech", "genre", "frame", "actor", "event", "attr")}
    groups["all"] = list(range(len(names)))
    per = {}
    col_auc = []
    for fold in data["folds"]:
        tr, te = fold["train"], fold["test"]
        if not 0 < y[te].sum() < len(te):
            continue
        g = batch(ids[te[0]])
        row = {"shipped C 3": roc_auc_score(y[te], np.asarray(fold["outer"][0].other[3.0]))}
        for name, cols in groups.items():
            for c in (0.01, 0.1):
                x_tr, x_te = scaled_layers(layers[:, cols], tr, tr), scaled_layers(layers[:, cols], tr, te)
                model = LogisticRegression(C=c, max_iter=2000).fit(x_tr, y[tr])
                row[f"{name} C {c}"] = roc_auc_score(y[te], model.predict_proba(x_te)[:, 1])
        per[g] = row
        col_auc.append([roc_auc_score(y[te], layers[te, k]) if np.ptp(layers[te, k]) > 0 else 0.5
                        for k in range(len(names))])
    keys = list(next(iter(per.values())))
    print("batch  " + "  ".join(f"{k:>14}" for k in keys))
    for g, row in per.items():
        print(f"{g:6} " + "  ".join(f"{row[k]:14.3f}" for k in keys))
    print("mean   " + "  ".join(f"{np.mean([r[k] for r in per.values()]):14.3f}" for k in keys))
    mean_col = np.mean(col_auc, axis=0)
    print("columns by their mean within-batch AUC for Other (furthest from 0.5 first):")
    for k in np.argsort(-np.abs(mean_col - 0.5))[:15]:
        print(f"  {names[k]:42} {mean_col[k]:.3f}  per batch {' '.join(f'{a[k]:.2f}' for a in col_auc)}")


if __name__ == "__main__":
    main()
