"""Round 14 (roles14): the stance reader alone, over every English subtask-2 article (grouped 5-fold, S._folds):
AUC, within the URW articles, of "the gold has a pro-Russia narrative" (stance_nested.PRO_RUSSIA) for the score
stance_nested.py uses (max P of the coarse one-vs-rest classifiers) and for a binary classifier of the group fitted
on the URW training articles (same features, balanced logistic regression, C 2). Read only to explain, no choice.

Usage: python scripts/roles14/reader_auc.py
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

sys.path.insert(0, "scripts/roles14")
import stance_nested as N

from spinscope.components.semeval2025 import stack_features
from spinscope.training import semeval2025 as S


def main() -> None:
    arts_t, mentions = S.load_task(Path("/work/shared/data"))
    arts = [a for a in arts_t.values() if a.narratives]
    S.embed(arts, cache=Path("/tmp/semeval2025-cache"), progress=lambda s: None)
    labels = sorted({n for a in arts for n in a.narratives} - {"Other"})
    y = np.array([any(n in a.narratives for n in N.PRO_RUSSIA) for a in arts])
    urw = np.array(["_CC_" not in a.id for a in arts])
    with_roles = np.array([a.id in {m.article for m in mentions} for a in arts])
    group_max, binary = np.zeros(len(arts)), np.zeros(len(arts))
    for tr, te in S._folds([a.id for a in arts]):
        held = [arts[i] for i in te]
        group_max[te] = [N.grouped(p, labels)[1] for p in N.fit_narratives([arts[i] for i in tr], labels)(held)]
        texts, dense = S.narrative_rows([arts[i] for i in tr])
        vec, x = S._fit_features(texts, dense, 1.0, "narratives")
        lr = S._logreg(2.0, "balanced")
        lr.fit(x[urw[tr]], y[tr][urw[tr]])
        t2, d2 = S.narrative_rows(held)
        binary[te] = lr.predict_proba(stack_features({"vectorizer": vec, "dense_weight": 1.0}, t2, d2))[:, 1]
    for name, s in (("max of the one-vs-rest P", group_max), ("binary pro-Russia classifier", binary)):
        print(f"{name}: URW AUC {roc_auc_score(y[urw], s[urw]):.3f} ({int(urw.sum())} articles, {int(y[urw].sum())}"
              f" pro-Russia); on the URW articles with subtask-1 entities "
              f"{roc_auc_score(y[urw & with_roles], s[urw & with_roles]):.3f} ({int((urw & with_roles).sum())})")


if __name__ == "__main__":
    main()
