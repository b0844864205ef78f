"""Round 15 (roles15): can the house style read the pro-Russia stance? AUC over the 181 URW subtask-2 articles,
grouped 5-fold (sha1("mil:" + id) % 5), of balanced logistic regressions over: word TF-IDF of the whole text (the
narrative reader's kind of feature), case-kept word TF-IDF, character 2-4-grams, the first 300 characters only
(title and dateline), and function words and punctuation only.

Usage: python scripts/roles15/style_auc.py
"""
from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

sys.path.insert(0, "scripts/roles14")
import stance_nested as N

from spinscope.training import semeval2025 as S

FUNCTION = re.compile(r"\b(?:the|a|an|of|to|in|on|for|with|by|as|at|from|that|which|this|these|its|their|his|her|"
                      r"is|are|was|were|has|have|had|will|would|could|should|may|might|not|but|and|or|so|yet|"
                      r"however|also|only|even|just|very|all|any|such|own)\b|[\"'“”«»!?;:()—–-]", re.I)
VIEWS = {
    "words": dict(sublinear_tf=True, min_df=2, max_features=20000),
    "words, case kept": dict(sublinear_tf=True, min_df=2, lowercase=False, max_features=20000),
    "word 1-3-grams": dict(sublinear_tf=True, min_df=2, ngram_range=(1, 3), max_features=50000),
    "characters 2-4": dict(sublinear_tf=True, min_df=2, analyzer="char_wb", ngram_range=(2, 4), max_features=50000),
}


def main() -> None:
    arts, _ = S.load_task(Path("/work/shared/data"))
    urw = [a for a in arts.values() if a.narratives and "_CC_" not in a.id]
    y = np.array([any(n in a.narratives for n in N.PRO_RUSSIA) for a in urw])
    fold = np.array([int(hashlib.sha1(f"mil:{a.id}".encode()).hexdigest(), 16) % 5 for a in urw])
    texts = {"whole": [a.text for a in urw], "first 300 characters": [a.text[:300] for a in urw],
             "function words and punctuation": [" ".join(FUNCTION.findall(a.text)).lower() for a in urw]}
    runs = [(f"{v}, whole", "whole", kw) for v, kw in VIEWS.items()]
    runs += [("words, first 300 characters", "first 300 characters", VIEWS["words"]),
             ("function words and punctuation (1-2-grams)", "function words and punctuation",
              dict(sublinear_tf=True, token_pattern=r"\S+", ngram_range=(1, 2)))]
    print(f"{len(urw)} URW articles, {y.sum()} pro-Russia")
    for name, which, kw in runs:
        for c in (1.0, 10.0):
            p = np.zeros(len(urw))
            for k in range(5):
                tr, te = np.where(fold != k)[0], np.where(fold == k)[0]
                vec = TfidfVectorizer(**kw)
                x = vec.fit_transform([texts[which][i] for i in tr])
                model = LogisticRegression(C=c, max_iter=2000, class_weight="balanced").fit(x, y[tr])
                p[te] = model.predict_proba(vec.transform([texts[which][i] for i in te]))[:, 1]
            print(f"  {name}, C {c}: AUC {roc_auc_score(y, p):.3f}", flush=True)


if __name__ == "__main__":
    main()
