"""Round 17b (gate17): which article-level evidence tells the articles with subtask-1 labels from those without.

Over the 319 English SemEval-2025 articles (164 labelled), grouped nothing (one row per article), AUC of
"the article has subtask-1 labels" for: the gold narrative "Other" (an upper bound no run-time feature has), the
narrative head's Other classifier cross-fitted (5-fold by sha1("inner16:" + id); the shipped recipe:
TF-IDF of words and word pairs and the mean MiniLM vector, C 3), and each article column of scripts/gate17/gate.py.
Reads the e2e and unannotated pickles for the article columns.

Usage: python scripts/gate17/labelled_auc.py E2E.pkl UNANN.pkl [DATA_DIR] [EMBEDDING_CACHE]
"""
from __future__ import annotations

import pickle
import sys
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "roles16"))
import gate as G  # noqa: E402  (roles16's harness)
import importlib.util

_spec = importlib.util.spec_from_file_location("gate17_gate", Path(__file__).resolve().parent / "gate.py")
assert _spec is not None and _spec.loader is not None
H = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(H)

from spinscope.training import semeval2025 as S


def main() -> None:
    with open(sys.argv[1], "rb") as f:
        e2e = pickle.load(f)
    with open(sys.argv[2], "rb") as f:
        extra = pickle.load(f)
    data = Path(sys.argv[3]) if len(sys.argv) > 3 else Path("/work/shared/data")
    cache = Path(sys.argv[4]) if len(sys.argv) > 4 else Path("/tmp/semeval2025-cache")
    articles, mentions = S.load_task(data)
    labelled = {m.article for m in mentions}
    ids = sorted(articles)
    y = np.array([a in labelled for a in ids])
    S.embed([articles[a] for a in ids], cache=cache, progress=lambda s: None)
    texts = [articles[a].text for a in ids]
    dense = np.stack([np.asarray(articles[a].vectors).mean(axis=0) for a in ids])
    fno = np.array([G.inner_fold(a) for a in ids])
    p_other = np.zeros(len(ids))
    for f in range(5):
        tr, te = np.where(fno != f)[0], np.where(fno == f)[0]
        vec, x_tr = S._other_features([texts[i] for i in tr], dense[tr], 1.0)
        clf = S._other_classifier(x_tr, [articles[ids[i]] for i in tr], 3.0)
        _, x_te = S._other_features([texts[i] for i in te], dense[te], 1.0, vec)
        p_other[te] = clf.predict_proba(x_te)[:, 1]
    gold_other = np.array([set(articles[a].narratives) == {"Other"} for a in ids])
    print(f"articles {len(ids)}, labelled {int(y.sum())}, gold Other {int(gold_other.sum())}")
    print(f"cross-fitted P(Other): AUC for gold Other {roc_auc_score(gold_other, p_other):.3f}")
    print(f"AUC of 'no labels': gold Other {roc_auc_score(~y, gold_other):.3f}, "
          f"cross-fitted P(Other) {roc_auc_score(~y, p_other):.3f}")
    actors = dict(e2e["actors"])
    actors.update(extra["actors"])
    erows = dict(e2e["rows"]["actor"])
    erows.update(extra["rows"]["actor"])
    keys = G.candidates(actors)
    num = H.article_numbers(keys, erows)
    n_cand = {a: sum(1 for k in keys if k[0] == a) for a in ids}
    for c, name in enumerate(H.ART_NUMBERS):
        v = np.array([num[a][c] if a in num else 0.0 for a in ids])
        print(f"AUC of 'no labels': article mean {name} {roc_auc_score(~y, v):.3f}")
    print(f"AUC of 'no labels': candidates {roc_auc_score(~y, np.array([n_cand[a] for a in ids])):.3f}")
    print(f"AUC of 'no labels': text length {roc_auc_score(~y, np.array([len(t) for t in texts])):.3f}")
    np.save("/tmp/gate17/p_other.npy", np.array(list(zip(ids, p_other)), dtype=object), allow_pickle=True)


if __name__ == "__main__":
    main()
