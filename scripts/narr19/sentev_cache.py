"""Round 19 (narr19), variant `sentev`: sentence-level evidence supervised by subtask 3's explanations, as extra
features of the SUB-NARRATIVE classifiers, for the fold caches of scripts/narr16/cache.py and
scripts/narr19/cache_n19.py.

For every inner and outer split (training part TR, test part TE) of a cache:
1. The sentence head. Each TR article whose subtask-3 row names a dominant sub-narrative f among the split's fine
   labels gives its TOP_K sentences closest (MiniLM cosine) to the explanation's MiniLM vector as positives of f;
   every sentence of TR's "Other" articles is the background class. One multinomial logistic regression (C HEAD_C,
   lbfgs) over the unit sentence vectors. Only TR's explanations are read (a test article's explanation would name
   its gold).
2. Pooled evidence per article and fine label: the head's P(f | sentence), max over the article's sentences and
   mean of the TOP_POOL best (2 x n_fine columns; 0 for a label the head has no positive of). TR's own rows are
   cross-fitted (the head refitted on four of the shipped procedure's five grouped folds of TR, applied to the
   fifth), TE's come from the head fitted on all of TR.
3. The sub-narrative classifiers refitted as fit_narratives fits them (TF-IDF unigrams + mean MiniLM vector,
   one-vs-rest liblinear, C 2, balanced) with the pooled columns appended, standardised on TR, times g (GAINS);
   g 0 is refitted too and checked equal to the cached probabilities.
Saved per split: {g: TE's sub-narrative probabilities} in the fold model's fine-label order, and the inner
splits' within-narrative AUC (gold sub-narratives against the narrative's other ones, over the gold narratives of
the inner test rows) per g: a diagnostic of the inner rows only.
Explanation vectors are cached in /tmp/narr19/expl.npz.
Usage: python scripts/narr19/sentev_cache.py CACHE.pkl OUT.pkl"""
import os
import pickle
import sys
import time
from pathlib import Path

import numpy as np
from scipy import sparse

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr18"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr17"))
import sent_cache as SC
from sent_fine_cache import fine_labels

from spinscope.components.semeval2025 import stack_features
from spinscope.training import semeval2025 as S

TOP_K = 2
TOP_POOL = 3
HEAD_C = 1.0
GAINS = tuple(float(g) for g in os.environ.get("GAINS", "0.5,1,2").split(","))
EXPL = Path("/tmp/narr19/expl.npz")


def explanations(ids):
    """{article id: (dominant sub-narrative, unit MiniLM vector of the explanation)} of the EN subtask-3 rows."""
    path = SC.DATA / S.TASK_DIR / "EN" / "subtask-3-annotations.txt"
    rows = [line.rstrip("\n").split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if r[0] in set(ids)]
    if not EXPL.is_file():
        from spinscope.components.persuasion_models import shared_sentence_encoder

        vecs = np.asarray(shared_sentence_encoder().encode([r[3] for r in rows]), dtype=np.float32)
        EXPL.parent.mkdir(parents=True, exist_ok=True)
        np.savez(EXPL, ids=np.array([r[0] for r in rows]), vecs=vecs)
    data = np.load(EXPL)
    table = dict(zip(data["ids"].tolist(), data["vecs"], strict=True))
    out = {}
    for r in rows:
        v = table[r[0]]
        out[r[0]] = (r[2].strip(), v / max(float(np.linalg.norm(v)), 1e-9))
    return out


def unit(vectors):
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)


def fit_head(arts, tr, names, expl):
    """(classifier, its classes as fine-label columns; -1 = background) or None without positives."""
    from sklearn.linear_model import LogisticRegression

    col = {f: j for j, f in enumerate(names)}
    xs, ys = [], []
    for i in tr:
        a = arts[i]
        if a.vectors is None or not len(a.vectors):
            continue
        u = unit(a.vectors)
        if a.id in expl and expl[a.id][0] in col:
            top = np.argsort(-(u @ expl[a.id][1]))[:TOP_K]
            xs.append(u[top])
            ys += [col[expl[a.id][0]]] * len(top)
        elif "Other" in a.narratives:
            xs.append(u)
            ys += [-1] * len(u)
    ys = np.array(ys)
    if len(set(ys.tolist()) - {-1}) == 0:
        return None
    head = LogisticRegression(C=HEAD_C, max_iter=2000)
    head.fit(np.vstack(xs), ys)
    return head


def pooled(head, arts, rows, n_fine):
    """(len(rows), 2 n_fine): per fine label, the head's best sentence probability and the mean of the TOP_POOL best."""
    out = np.zeros((len(rows), 2 * n_fine))
    if head is None:
        return out
    cls = head.classes_
    keep = cls >= 0
    for r, i in enumerate(rows):
        a = arts[i]
        if a.vectors is None or not len(a.vectors):
            continue
        p = head.predict_proba(unit(a.vectors))[:, keep]
        top = -np.sort(-p, axis=0)
        out[r, cls[keep]] = top[0]
        out[r, n_fine + cls[keep]] = top[:TOP_POOL].mean(axis=0)
    return out


def evidence(arts, ids, tr, te, names, expl):
    """Pooled evidence of TR (cross-fitted over the shipped grouped folds) and of TE (head on all of TR)."""
    ev_tr = np.zeros((len(tr), 2 * len(names)))
    for itr, ite in S._folds([ids[i] for i in tr]):
        ev_tr[ite] = pooled(fit_head(arts, tr[itr], names, expl), arts, tr[ite], len(names))
    return ev_tr, pooled(fit_head(arts, tr, names, expl), arts, te, len(names))


def probabilities(texts, dense, arts, ids, tr, te, expl):
    tr_arts = [arts[i] for i in tr]
    names = fine_labels(tr_arts)
    vec, x = S._fit_features([texts[i] for i in tr], dense[tr], 1.0, "narratives")
    y = np.array([[f in a.subnarratives for f in names] for a in tr_arts], dtype=int)
    xt = stack_features({"vectorizer": vec, "dense_weight": 1.0}, [texts[i] for i in te], dense[te])
    ev_tr, ev_te = evidence(arts, ids, tr, te, names, expl)
    mean, sd = ev_tr.mean(axis=0), ev_tr.std(axis=0)
    sd = np.where(sd > 0, sd, 1.0)
    out = {}
    for g in (0.0, *GAINS):
        a_tr = sparse.hstack([x, sparse.csr_matrix((ev_tr - mean) / sd * g)]).tocsr() if g else x
        a_te = sparse.hstack([xt, sparse.csr_matrix((ev_te - mean) / sd * g)]).tocsr() if g else xt
        model = S._ovr(2.0)
        model.fit(a_tr, y)
        out[g] = np.asarray(model.predict_proba(a_te)).reshape(len(te), len(names))
    return out


def within_auc(a, fine):
    """Mean within-narrative AUC over the gold narratives of the rows (gold sub-narratives against the others)."""
    from sklearn.metrics import roc_auc_score

    aucs = []
    for r in range(fine.shape[0]):
        for j in range(len(a.coarse_labels)):
            if not a.gold_coarse[r, j]:
                continue
            cols = np.where(a.parent == j)[0]
            y = a.gold_fine[r, cols]
            if 0 < y.sum() < len(cols):
                aucs.append(roc_auc_score(y, fine[r, cols]))
    return float(np.mean(aucs)) if aucs else float("nan")


def main():
    cache, out = sys.argv[1], Path(sys.argv[2])
    data = pickle.loads(Path(cache).read_bytes())
    arts_all, _ = S.load_task(SC.DATA)
    arts = [arts_all[i] for i in data["ids"]]
    S.embed(arts, cache=SC.EMBED)
    texts, dense = S.narrative_rows(arts, S.label_vectors(), 0.0)
    ids = data["ids"]
    expl = explanations([a.id for a in arts])
    found = []
    for n, fold in enumerate(data["folds"], 1):
        t0 = time.time()
        tr, te = fold["train"], fold["test"]
        inner, aucs = [], {g: [] for g in (0.0, *GAINS)}
        for (itr, ite), arrays in zip(S._folds([ids[i] for i in tr]), fold["inner"], strict=True):
            b = probabilities(texts, dense, arts, ids, tr[itr], tr[ite], expl)
            assert np.allclose(b[0.0], arrays[0].fine, atol=1e-6)
            inner.append(b)
            for g in aucs:
                aucs[g].append(within_auc(arrays[0], b[g]))
        b = probabilities(texts, dense, arts, ids, tr, te, expl)
        assert np.allclose(b[0.0], fold["outer"][0].fine, atol=1e-6)
        found.append({"inner": inner, "outer": b, "inner_auc": {g: float(np.mean(v)) for g, v in aucs.items()}})
        print(f"fold {n}: {time.time() - t0:.0f} s; inner within-narrative AUC "
              + " ".join(f"g {g}: {np.mean(v):.4f}" for g, v in aucs.items()), flush=True)
    out.write_bytes(pickle.dumps(found))


if __name__ == "__main__":
    main()
