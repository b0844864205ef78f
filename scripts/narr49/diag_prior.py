"""narr49 diagnostic (decides nothing): how much of the Hindi heads' gain a constant answer already gets. Each outer
fold's articles get the training folds' label frequencies as their probabilities (the same for every article),
decoded with thresholds chosen on the training folds as the rule chooses them: the best fixed label set.

    python scripts/narr49/diag_prior.py LEADS_DIR MAIN_PRED.txt
"""

import sys

import numpy as np
from crossfit import COARSE_GRID, FINE_GRID, SALTS, Data, f1, fold_of, load_tsv


def main(leads, main_path):
    d = Data(leads, "own")
    main_pred = load_tsv(main_path)
    base = np.array([f1(d.gold[n][0], main_pred[n][0]) for n in d.names])
    rows = np.arange(len(d.names))
    for salt in SALTS:
        fold = fold_of(d.names, salt, 5)
        oc, of = np.zeros(len(rows)), np.zeros(len(rows))
        for k in range(5):
            train, test = rows[fold != k], rows[fold == k]
            cp = np.tile(d.yc[train].mean(axis=0), (len(train), 1))
            fp = np.tile(d.yf[train].mean(axis=0), (len(train), 1))
            a, b = d.tables(train, cp, fp).choose()
            t = d.tables(test, cp[:len(test)], fp[:len(test)])
            oc[test], of[test] = t.coarse[:, a], t.fine[:, a, b]
        print(f"   prior {salt}: {oc.mean():.4f} / {of.mean():.4f} (base {base.mean():.4f}); last pair "
              f"({COARSE_GRID[a]}, {FINE_GRID[b]})")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
