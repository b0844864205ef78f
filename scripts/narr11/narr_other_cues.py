"""Round 11 (narr11): the Other classifier reads the explicit-cue counts too (log(1 + matches) per narrative,
times a weight, beside its word and word-pair TF-IDF and the mean MiniLM vector). The fold caches' P(Other) are
refitted on every inner and outer fold with the cue columns, then the shipped rule (lift 1.5, every threshold by
the inner CV) is scored as in ``narr_decode.py``.
Usage: python scripts/narr11/narr_other_cues.py FOLDS.pkl [fresh] WEIGHT..."""
import pickle
import sys
from pathlib import Path

import numpy as np
from scipy import sparse

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "roles9"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import narr_decode as D

from spinscope.components.narratives import cue_counts
from spinscope.training import semeval2025 as S

arts_all, _ = S.load_task(Path("/work/shared/data"))
arts = [a for a in arts_all.values() if a.narratives]
S.embed(arts, cache=Path("/tmp/semeval2025-cache"))
texts, dense = S.narrative_rows(arts, S.label_vectors(), 0.0)
cues = cue_counts(texts)


def refit(a, tr, te, w):
    vec, x_tr = S._other_features([texts[i] for i in tr], dense[tr], 1.0)
    _, x_te = S._other_features([texts[i] for i in te], dense[te], 1.0, vec)
    if w:
        x_tr = sparse.hstack([x_tr, sparse.csr_matrix(cues[tr] * w)]).tocsr()
        x_te = sparse.hstack([x_te, sparse.csr_matrix(cues[te] * w)]).tocsr()
    tr_arts = [arts[i] for i in tr]
    a.other = {c: np.asarray(S._other_classifier(x_tr, tr_arts, c).predict_proba(x_te))[:, 1] for c in S.OTHER_C}


def refit_all(res, w):
    parts = list(res["outer"]) + ([res["val"]] if "val" in res else [])
    for o in parts:
        tr = np.asarray(o["tr"])
        for (itr, ite), a in zip(S._folds([arts[i].id for i in tr]), o["inner"], strict=True):
            refit(a, tr[itr], tr[ite], w)
        refit(o["test"], tr, np.asarray(o["te"]), w)


if __name__ == "__main__":
    res = pickle.load(open(sys.argv[1], "rb"))
    assert res["ids"] == [a.id for a in arts]
    args = sys.argv[2:]
    fresh = bool(args and args[0] == "fresh")
    for w in args[1:] if fresh else args:
        refit_all(res, float(w))
        print("cue weight", w, flush=True)
        D.run(res, "base", fresh)
