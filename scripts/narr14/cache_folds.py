"""Round 14 (narr14): the classifiers' outputs of a fully nested run, cached once so that many Other decisions can
be searched on them (scripts/narr14/narr_gate.py).

For each outer fold of a partition (r4: round 4's folds, training/semeval2025.py:_folds; fresh: sha1("roles9:" + id)
% 5; val: the 72 validation articles against the other 247): the inner out-of-fold arrays of the outer training
part (training/semeval2025.py:_oof_narratives, the shipped grid's C and label weight, every Other C) and the outer
test part's arrays from models fitted on the whole outer training part, as `spinscope train narratives` fits them.
Env EXTRA=FILE.npz (ids, feats: scripts/narr14/writer_feats.py) and WEIGHTS=0,0.1,...: the Other classifier is also
fitted with FILE's features appended, standardised by the fit's own training articles, times each weight; its
probabilities are keyed (C, weight) so that the search offers every weight beside the shipped rule (weight 0).
Usage: python scripts/narr14/cache_folds.py PARTITION OUT.pkl"""
import hashlib
import os
import pickle
import sys
import time
from pathlib import Path

import numpy as np

from spinscope.components.narratives import cue_counts, without_label_columns
from spinscope.training import semeval2025 as S

DATA = Path("/work/shared/data")


def outer_folds(partition, ids):
    """(training, test) index pairs of the partition."""
    if partition == "r4":
        return S._folds(ids)
    if partition == "fresh":
        fold = np.array([int(hashlib.sha1(f"roles9:{i}".encode()).hexdigest(), 16) % 5 for i in ids])
        return [(np.where(fold != k)[0], np.where(fold == k)[0]) for k in range(5)]
    val = np.array([S.is_validation(i) for i in ids])
    return [(np.where(~val)[0], np.where(val)[0])]


def load_extra(ids):
    """The EXTRA features of each article (None without EXTRA) and the WEIGHTS offered."""
    if not os.environ.get("EXTRA"):
        return None, [0.0]
    data = np.load(os.environ["EXTRA"])
    table = dict(zip(data["ids"].tolist(), data["feats"], strict=True))
    return np.stack([table[i] for i in ids]).astype(np.float64), [float(w) for w in os.environ["WEIGHTS"].split(",")]


def other_probs(texts, own, arts, params, tr, te, extra, weights):
    """P(Other) on ``te`` from Other classifiers fitted on ``tr``: per C, or per (C, weight) with EXTRA."""
    from scipy import sparse

    tr_arts = [arts[i] for i in tr]
    vectorizer, x_tr = S._other_features([texts[i] for i in tr], own[tr], float(params["dense_weight"]))
    _, x_te = S._other_features([texts[i] for i in te], own[te], float(params["dense_weight"]), vectorizer)
    if extra is None:
        return {c: np.asarray(S._other_classifier(x_tr, tr_arts, c).predict_proba(x_te))[:, 1] for c in S.OTHER_C}
    mean, sd = extra[tr].mean(axis=0), extra[tr].std(axis=0)
    sd = np.where(sd > 0, sd, 1.0)
    out = {}
    for w in weights:
        a_tr = sparse.hstack([x_tr, sparse.csr_matrix((extra[tr] - mean) / sd * w)]).tocsr()
        a_te = sparse.hstack([x_te, sparse.csr_matrix((extra[te] - mean) / sd * w)]).tocsr()
        for c in S.OTHER_C:
            out[(c, w)] = np.asarray(S._other_classifier(a_tr, tr_arts, c).predict_proba(a_te))[:, 1]
    return out


def fold_of(texts, dense, arts, params, labels, tr, te, extra=None, weights=(0.0,)):
    """A _Fold as _oof_narratives builds it, for one given (training, test) split."""
    tr_arts = [arts[i] for i in tr]
    model = S._narrative_model(S.fit_narratives([texts[i] for i in tr], dense[tr], tr_arts,
                                                {**params, "other_C": None}, labels=labels))
    x = model.features([texts[i] for i in te], dense[te])
    own = without_label_columns(model.bundle, dense)
    other = other_probs(texts, own, arts, params, tr, te, extra, weights)
    return S._Fold(model, x, te, model.row_probabilities(x, cue_counts([texts[i] for i in te])), other)


def arrays_of(fold, arts):
    """The fold's _FoldArrays and the domain classifier's top probability per test article."""
    return S._fold_arrays(fold, arts), np.asarray(fold.probs.domain).max(axis=1)


def main():
    partition, out = sys.argv[1], Path(sys.argv[2])
    arts_all, _ = S.load_task(DATA)
    arts = [a for a in arts_all.values() if a.narratives]
    S.embed(arts, cache=Path("/tmp/semeval2025-cache"))
    labels = S.label_vectors()
    params = {k: v[0] for k, v in S.NARRATIVE_GRID.items()}
    texts, dense = S.narrative_rows(arts, labels, params["label_weight"])
    ids = [a.id for a in arts]
    extra, weights = load_extra(ids)
    cached = []
    for n, (tr, te) in enumerate(outer_folds(partition, ids), 1):
        t0 = time.time()
        inner = [arrays_of(fold_of(texts, dense, arts, params, labels, tr[itr], tr[ite], extra, weights), arts)
                 for itr, ite in S._folds([ids[i] for i in tr])]
        outer = arrays_of(fold_of(texts, dense, arts, params, labels, tr, te, extra, weights), arts)
        cached.append({"train": tr, "test": te, "inner": inner, "outer": outer, "n_train": len(tr)})
        print(f"{partition} outer fold {n}: {time.time() - t0:.0f} s", flush=True)
    out.write_bytes(pickle.dumps({"partition": partition, "ids": ids, "folds": cached, "params": params}))


if __name__ == "__main__":
    main()
