"""Round 13 (narr13): a quick screen before the nested runs: grouped 5-fold (round 4's folds) out-of-fold AUC of
the Other classifier (C 3, its own TF-IDF of words and word pairs + dense row) and mean average precision of the
narrative classifiers (C 2, narratives with >= 5 articles), with extra features appended to the dense row.
Usage: python scripts/narr13/screen.py base lw:W FILE:W... (lw: the label cosines as narrative_dense gives them)"""
import sys
from pathlib import Path

import numpy as np
from sklearn.metrics import average_precision_score, roc_auc_score

from spinscope.training import semeval2025 as S

sys.path.insert(0, str(Path(__file__).parent))
from narr_nested import arts, base_dense, labels, load_extra, texts

y_other = np.array(["Other" in a.narratives for a in arts], dtype=int)
coarse = sorted(n for n in {n for a in arts for n in a.narratives} - {"Other"}
                if sum(n in a.narratives for a in arts) >= 5)
y_coarse = np.array([[n in a.narratives for n in coarse] for a in arts], dtype=int)
fine = sorted(f for f in {f for a in arts for f in a.subnarratives} - {"Other"}
              if not f.endswith(": Other") and sum(f in a.subnarratives for a in arts) >= 5)
y_fine = np.array([[f in a.subnarratives for f in fine] for a in arts], dtype=int)


def screen(dense):
    p_other = np.zeros(len(arts))
    p_coarse = np.zeros(y_coarse.shape)
    p_fine = np.zeros(y_fine.shape)
    for tr, te in S._folds([a.id for a in arts]):
        vec, x_tr = S._other_features([texts[i] for i in tr], dense[tr], 1.0)
        _, x_te = S._other_features([texts[i] for i in te], dense[te], 1.0, vec)
        p_other[te] = S._other_classifier(x_tr, [arts[i] for i in tr], 3.0).predict_proba(x_te)[:, 1]
        nvec, nx_tr = S._fit_features([texts[i] for i in tr], dense[tr], 1.0, "narratives")
        from spinscope.components.semeval2025 import stack_features
        nx_te = stack_features({"vectorizer": nvec, "dense_weight": 1.0}, [texts[i] for i in te], dense[te])
        m = S._ovr(2.0)
        m.fit(nx_tr, y_coarse[tr])
        p_coarse[te] = m.predict_proba(nx_te)
        m = S._ovr(2.0)
        m.fit(nx_tr, y_fine[tr])
        p_fine[te] = m.predict_proba(nx_te)
    ap = np.mean([average_precision_score(y_coarse[:, j], p_coarse[:, j]) for j in range(len(coarse))])
    apf = np.mean([average_precision_score(y_fine[:, j], p_fine[:, j]) for j in range(len(fine))])
    return roc_auc_score(y_other, p_other), ap, apf


for variant in sys.argv[1:]:
    if variant == "base":
        dense = base_dense
    elif variant.startswith("lw:"):
        dense = S.narrative_rows(arts, labels, float(variant[3:]))[1]
    else:
        dense = np.hstack([base_dense, load_extra(variant.split(":")[0], float(variant.split(":")[1]))])
    auc, ap, apf = screen(dense)
    print(f"{variant}: Other AUC {auc:.4f}, narratives mAP {ap:.4f}, sub-narratives mAP {apf:.4f}", flush=True)
