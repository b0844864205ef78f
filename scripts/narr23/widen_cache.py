"""Round 23 (narr23): a fold cache (scripts/narr14/cache_folds.py, scripts/narr22/cache_n22.py) with the shipped
Other classifier's P(Other) added at more values of C, on the inner out-of-fold rows (the inner folds recomputed as
the cache built them: training/semeval2025.py:_folds over the outer training part's ids, or GroupKFold over its
batches for an inner "batch" cache) and on the outer rows. Every existing C is recomputed too and must equal the
cache's value (a check that the rows line up).
Usage: python scripts/narr23/widen_cache.py IN.pkl OUT.pkl C,C,..."""

import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import variants as V

from spinscope.training import semeval2025 as S


def probs(tr, te, cs):
    gold = V.load()[3]
    x_tr, x_te = V.features("ship", tr, te)
    out = {}
    for c in cs:
        out[c], _ = V._logreg_fit_predict(x_tr, gold[tr], x_te, c)
    return out


def widen(arrays, tr, te, extra):
    old = arrays.other
    new = probs(tr, te, sorted(set(old) | set(extra)))
    for c in old:
        assert np.allclose(new[c], old[c], atol=1e-6), ("rows do not line up", c)
    arrays.other = {**old, **{c: new[c] for c in extra}}


def main():
    src, out, extra = Path(sys.argv[1]), Path(sys.argv[2]), [float(c) for c in sys.argv[3].split(",")]
    data = pickle.loads(src.read_bytes())
    ids = V.load()[0]
    assert data["ids"] == ids
    for k, fold in enumerate(data["folds"], 1):
        tr = fold["train"]
        inner = S._folds([ids[i] for i in tr])
        assert len(inner) == len(fold["inner"])
        for (itr, ite), (arrays, _) in zip(inner, fold["inner"], strict=True):
            widen(arrays, tr[itr], tr[ite], extra)
        widen(fold["outer"][0], tr, fold["test"], extra)
        print(f"{src.name} fold {k} widened", flush=True)
    out.write_bytes(pickle.dumps(data))


if __name__ == "__main__":
    main()
