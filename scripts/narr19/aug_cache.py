"""Round 19 (narr19), variant `aug` (added after `sentev`'s inner diagnostic, before any run of its own): subtask 3's
explanations as extra TRAINING ROWS of the SUB-NARRATIVE classifiers, for the fold caches of scripts/narr16/cache.py
and scripts/narr19/cache_n19.py. Inference is unchanged (articles are scored as the shipped model scores them).

For every inner and outer split (training part TR, test part TE): each TR article whose subtask-3 row names a
dominant sub-narrative f among the split's fine labels adds pseudo-articles labelled with f alone (every other fine
label 0), featurised as fit_narratives featurises an article (TF-IDF unigrams from the vectorizer fitted on TR's
articles only, beside the mean MiniLM vector of the row's sentences):
  expl  the explanation's text (its MiniLM vector as the dense part)
  sent  the TOP_K = 2 sentences of the article closest (MiniLM cosine) to the explanation, as one text
  both  both rows
The sub-narrative classifiers (one-vs-rest liblinear, C 2, balanced) are refitted on TR's articles plus those rows;
mode none (no rows) is refitted too and checked equal to the cached probabilities. Only TR's explanations are read.
Saved per split: {mode: TE's sub-narrative probabilities} in the fold model's fine-label order, and the inner
splits' within-narrative AUC per mode (a diagnostic of inner rows only).
Usage: python scripts/narr19/aug_cache.py CACHE.pkl OUT.pkl"""
import pickle
import sys
import time
from pathlib import Path

import numpy as np
from scipy import sparse

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr18"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr17"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import sent_cache as SC
from sent_fine_cache import fine_labels
from sentev_cache import explanations, unit, within_auc

from spinscope.components.semeval2025 import stack_features
from spinscope.training import semeval2025 as S

TOP_K = 2
MODES = ("none", "expl", "sent", "both")


def explanation_texts(ids):
    path = SC.DATA / S.TASK_DIR / "EN" / "subtask-3-annotations.txt"
    rows = [line.rstrip("\n").split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {r[0]: r[3] for r in rows if r[0] in set(ids)}


def pseudo_rows(arts, tr, names, expl, texts_of):
    """{mode: (texts, dense, y)} of TR's pseudo-articles."""
    col = {f: j for j, f in enumerate(names)}
    out = {"expl": ([], [], []), "sent": ([], [], [])}
    for i in tr:
        a = arts[i]
        if a.id not in expl or expl[a.id][0] not in col:
            continue
        y = np.zeros(len(names), dtype=int)
        y[col[expl[a.id][0]]] = 1
        out["expl"][0].append(texts_of[a.id])
        out["expl"][1].append(expl[a.id][1])
        out["expl"][2].append(y)
        if a.vectors is not None and len(a.vectors):
            top = np.sort(np.argsort(-(unit(a.vectors) @ expl[a.id][1]))[:TOP_K])
            out["sent"][0].append(" ".join(a.text[a.sentences[k][0]:a.sentences[k][1]] for k in top))
            out["sent"][1].append(a.vectors[top].mean(axis=0))
            out["sent"][2].append(y)
    return out


def probabilities(texts, dense, arts, tr, te, expl, texts_of):
    tr_arts = [arts[i] for i in tr]
    names = fine_labels(tr_arts)
    vec, x = S._fit_features([texts[i] for i in tr], dense[tr], 1.0, "narratives")
    y = np.array([[f in a.subnarratives for f in names] for a in tr_arts], dtype=int)
    xt = stack_features({"vectorizer": vec, "dense_weight": 1.0}, [texts[i] for i in te], dense[te])
    rows = pseudo_rows(arts, tr, names, expl, texts_of)
    feats = {}
    for kind, (t, d, yy) in rows.items():
        if t:
            feats[kind] = (stack_features({"vectorizer": vec, "dense_weight": 1.0}, t,
                                          np.asarray(d, dtype=np.float32)), np.asarray(yy))
    out = {}
    for mode in MODES:
        kinds = {"none": [], "expl": ["expl"], "sent": ["sent"], "both": ["expl", "sent"]}[mode]
        kinds = [k for k in kinds if k in feats]
        xa = sparse.vstack([x, *(feats[k][0] for k in kinds)]).tocsr() if kinds else x
        ya = np.vstack([y, *(feats[k][1] for k in kinds)]) if kinds else y
        model = S._ovr(2.0)
        model.fit(xa, ya)
        out[mode] = np.asarray(model.predict_proba(xt)).reshape(len(te), len(names))
    return out


def main():
    cache, out = sys.argv[1], Path(sys.argv[2])
    data = pickle.loads(Path(cache).read_bytes())
    arts_all, _ = S.load_task(SC.DATA)
    arts = [arts_all[i] for i in data["ids"]]
    S.embed(arts, cache=SC.EMBED)
    texts, dense = S.narrative_rows(arts, S.label_vectors(), 0.0)
    ids = data["ids"]
    expl = explanations(ids)
    texts_of = explanation_texts(ids)
    first_only = len(sys.argv) > 3 and sys.argv[3] == "first"
    found = []
    for n, fold in enumerate(data["folds"], 1):
        t0 = time.time()
        tr, te = fold["train"], fold["test"]
        inner, aucs = [], {m: [] for m in MODES}
        for (itr, ite), arrays in zip(S._folds([ids[i] for i in tr]), fold["inner"], strict=True):
            b = probabilities(texts, dense, arts, tr[itr], tr[ite], expl, texts_of)
            assert np.allclose(b["none"], arrays[0].fine, atol=1e-6)
            inner.append(b)
            for m in MODES:
                aucs[m].append(within_auc(arrays[0], b[m]))
        print(f"fold {n}: inner within-narrative AUC " + " ".join(f"{m}: {np.mean(v):.4f}" for m, v in aucs.items()),
              flush=True)
        if first_only:
            return
        b = probabilities(texts, dense, arts, tr, te, expl, texts_of)
        assert np.allclose(b["none"], fold["outer"][0].fine, atol=1e-6)
        found.append({"inner": inner, "outer": b, "inner_auc": {m: float(np.mean(v)) for m, v in aucs.items()}})
        print(f"fold {n}: {time.time() - t0:.0f} s", flush=True)
    out.write_bytes(pickle.dumps(found))


if __name__ == "__main__":
    main()
