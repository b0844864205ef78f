"""Round 15 (roles15): AUC of sentence-level (multiple-instance) pro-Russia readers over the 181 URW subtask-2
articles, grouped 5-fold (sha1("mil:" + id) % 5): a balanced logistic regression over the MiniLM vector of every
sentence, each sentence labelled with its article's "has a pro-Russia narrative" (an article weighs 1 in all), read
per article as the mean, top-3 mean, max, share above 0.5 of its sentences' P, or mean logit; beside the same model
over the article's mean vector.

Usage: python scripts/roles15/mil_auc.py
"""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

sys.path.insert(0, "scripts/roles14")
import stance_nested as N

from spinscope.training import semeval2025 as S

READS = ("mean vector", "mean", "top-3 mean", "max", "share above 0.5", "mean logit")


def read(p: np.ndarray, logit: np.ndarray) -> list[float]:
    """One article's sentence scores read five ways (READS after the first)."""
    return [p.mean(), np.sort(p)[-3:].mean(), p.max(), (p > 0.5).mean(), logit.mean()]


def main() -> None:
    arts, _ = S.load_task(Path("/work/shared/data"))
    urw = [a for a in arts.values() if a.narratives and "_CC_" not in a.id]
    S.embed(urw, cache=Path("/tmp/semeval2025-cache"), progress=lambda s: None)
    y = np.array([any(n in a.narratives for n in N.PRO_RUSSIA) for a in urw])
    fold = np.array([int(hashlib.sha1(f"mil:{a.id}".encode()).hexdigest(), 16) % 5 for a in urw])
    print(f"{len(urw)} URW articles, {y.sum()} pro-Russia")
    for c in (0.1, 1.0):
        scores = np.zeros((len(urw), len(READS)))
        for k in range(5):
            tr, te = np.where(fold != k)[0], np.where(fold == k)[0]
            mean = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
            mean.fit(np.array([urw[i].vectors.mean(0) for i in tr]), y[tr])
            scores[te, 0] = mean.predict_proba(np.array([urw[i].vectors.mean(0) for i in te]))[:, 1]
            sent = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
            sent.fit(np.vstack([urw[i].vectors for i in tr]),
                     np.concatenate([[y[i]] * len(urw[i].vectors) for i in tr]),
                     sample_weight=np.concatenate([[1 / len(urw[i].vectors)] * len(urw[i].vectors) for i in tr]))
            for i in te:
                scores[i, 1:] = read(sent.predict_proba(urw[i].vectors)[:, 1], sent.decision_function(urw[i].vectors))
        print(f"C {c}: " + ", ".join(f"{r} {roc_auc_score(y, scores[:, j]):.3f}" for j, r in enumerate(READS)))


if __name__ == "__main__":
    main()
