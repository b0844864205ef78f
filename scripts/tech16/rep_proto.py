"""Round 16 (docs/EVALUATION.md, "Techniques, round 16"): paragraph-level Repetition from the recurrence counts
alone (``components.persuasion_paragraphs.recurrence_features``; the first run used its first 20 columns), one
logistic regression on the lines of the tagger's training articles (C by grouped 5-fold log-loss), swapped or
blended into the tagger's Repetition column and scored as ``scripts/tech16/st3_heads.py`` scores.

    python scripts/tech16/rep_proto.py --scores /tmp/tech16/val_scores.pkl
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tech9"))

from st3_multilingual import Bench

from spinscope.components.persuasion_paragraphs import recurrence_features
from spinscope.training.data import TECHNIQUES, load_semeval2023, split_articles


def design(arts: list[Any]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    xs, ys, groups = [], [], []
    for n, a in enumerate(arts):
        xs.append(recurrence_features(a.text, [(line.start, line.end) for line in a.lines]))
        ys += ["Repetition" in a.paragraph_labels.get(line.number, []) for line in a.lines]
        groups += [n] * len(a.lines)
    return np.vstack(xs), np.array(ys, dtype=int), np.array(groups)


def model(c: float) -> Any:
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(StandardScaler(), LogisticRegression(C=c, max_iter=3000))


def main() -> None:
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import GroupKFold, cross_val_predict

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scores", type=Path, required=True)
    args = ap.parse_args()
    saved = pickle.loads(args.scores.read_bytes())  # a cache this project's script wrote, never downloaded
    articles = load_semeval2023(None)
    val = [articles[i] for i in saved["val_ids"]]
    vid = {a.id for a in val}
    train = [a for a in split_articles(articles)[0] if a.paragraph_labels is not None and a.id not in vid]
    x, y, g = design(train)
    losses = {}
    for c in (0.01, 0.1, 1.0):
        p = np.clip(cross_val_predict(model(c), x, y, groups=g, cv=GroupKFold(5), method="predict_proba")[:, 1],
                    1e-9, 1 - 1e-9)
        losses[c] = float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
        print(c, "log-loss", round(losses[c], 4), "AUC", round(roc_auc_score(y, p), 4), flush=True)
    head = model(min(losses, key=losses.__getitem__)).fit(x, y)
    b = Bench(val, saved["scores"])
    k = TECHNIQUES.index("Repetition")
    own = {a.id: head.predict_proba(recurrence_features(a.text, [(line.start, line.end) for line in a.lines]))[:, 1]
           for a in val}

    def with_column(w: float, _: Any = None) -> dict[str, np.ndarray]:
        out = {}
        for a in val:
            m = b.tagger[a.id].copy()
            m[:, k] = (1 - w) * m[:, k] + w * own[a.id]
            out[a.id] = m
        return out

    print("base", b.crossfit(b.tagger))
    for w in (0.5, 1.0):
        print("blend", w, b.crossfit(with_column(w)))
    res = b.nested(with_column, (0.0, 0.25, 0.5, 0.75, 1.0), None)
    print("nested", {key: v for key, v in res.items() if key != "per_article"})
    print(b.bootstrap(b.per_article_base(), res["per_article"]))


if __name__ == "__main__":
    main()
