"""Round 22 (narr22): can the release batch be read off an article? Within each domain, 5-fold accuracy of a
logistic regression over TF-IDF unigrams (the Other classifier's kind of input) predicting the batch, against the
majority batch; and the unigrams that weigh most for each batch.
Usage: python scripts/narr22/batch_probe.py"""

import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cache_n22 import batch

EN = Path("/work/shared/data/semeval2025_task10/EN")


def main():
    ids = [line.split("\t")[0] for line in (EN / "subtask-2-annotations.txt").read_text().splitlines() if line]
    for domain in ("CC", "UA"):
        own = [i for i in ids if batch(i).startswith(domain) and batch(i) != "UADEV"]
        texts = [(EN / "raw-documents" / i).read_text(encoding="utf-8") for i in own]
        y = np.array([batch(i) for i in own])
        vec = TfidfVectorizer(min_df=2, sublinear_tf=True)
        x = vec.fit_transform(texts)
        clf = LogisticRegression(C=10, max_iter=2000)
        acc = cross_val_score(clf, x, y, cv=5).mean()
        major = max((y == g).mean() for g in set(y))
        print(f"{domain}: {len(own)} articles, batch accuracy {acc:.3f} (majority {major:.3f})")
        clf.fit(x, y)
        words = np.array(vec.get_feature_names_out())
        for g, coef in zip(
            clf.classes_, clf.coef_ if len(clf.classes_) > 2 else [-clf.coef_[0], clf.coef_[0]], strict=True
        ):
            print(f"  {g}: {', '.join(words[np.argsort(-coef)[:12]])}")


if __name__ == "__main__":
    main()
