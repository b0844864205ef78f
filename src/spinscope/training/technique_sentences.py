"""Train the techniques model's sentence head (:class:`spinscope.components.persuasion_models.SentenceHead`).

    python -m spinscope.training.technique_sentences --cache /tmp/technique_sentences.npz \
        --out src/spinscope/resources/models/techniques

Data: the sentences of the SemEval-2023 English training articles with subtask-3 labels in the train part of the
project's article-level split (``training.data.split_articles``; the tagger's 359 articles), each line's sentences
cut by :func:`~spinscope.components.persuasion_models.split_sentences` as ``spinscope predict ptc`` cuts them. A
sentence is positive when at least half of its characters lie inside gold spans of PTC techniques (SemEval-2020
Task 11 SI ignores the technique). Features: :func:`~spinscope.components.persuasion_models.sentence_context` over
the frozen MiniLM sentence vectors (the shared encoder the pipeline runs for sentence-vectors.v1). The model is
one logistic regression on standardized features, its C chosen by log-loss over 5 folds grouped by article, refitted
on every sentence and stored with the standardization folded into its weights. The validation articles are never
read. ``--cache`` keeps the sentence vectors (an npz keyed by article id; embedding them takes about half an hour
on two loaded cores) and reuses them when the file exists.

THRESHOLD comes from docs/EVALUATION.md, "Techniques, round 15": chosen on each fitting half of the validation
articles by its own SI and scored on the other half.
"""

from __future__ import annotations

import argparse
import datetime
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..components.persuasion_models import (
    SENTENCE_HEAD_CONFIG,
    SENTENCE_HEAD_WEIGHTS,
    sentence_context,
    shared_sentence_encoder,
    split_sentences,
)
from .data import SEMEVAL2023_TO_PTC, Article, load_semeval2023, paragraph_lines, split_articles
from .scorers import merge_spans

#: Regularization strengths tried (by log-loss, 5 folds grouped by article).
C_GRID = (0.0003, 0.001, 0.003)
#: The probability a sentence needs to be shown: 0.35 was chosen on three of the four fitting halves of the
#: validation articles (0.3 on the fourth); docs/EVALUATION.md, "Techniques, round 15".
THRESHOLD = 0.35
#: A sentence is positive when gold spans cover at least this share of its characters.
GOLD_SHARE = 0.5


def article_sentences(article: Article) -> tuple[list[tuple[int, int]], list[int]]:
    """The non-empty sentences of each line of ``article`` and the index of the line each lies in."""
    sentences: list[tuple[int, int]] = []
    owner: list[int] = []
    for i, line in enumerate(paragraph_lines(article.text)):
        for start, end in split_sentences(article.text, line.start, line.end):
            if article.text[start:end].strip():
                sentences.append((start, end))
                owner.append(i)
    return sentences, owner


def sentence_gold(article: Article, sentences: Sequence[tuple[int, int]]) -> np.ndarray:
    """1 for each sentence at least GOLD_SHARE inside gold spans of PTC techniques, else 0."""
    gold = merge_spans([(s.start, s.end) for s in article.spans if s.technique in SEMEVAL2023_TO_PTC])
    share = [sum(max(0, min(e, ge) - max(s, gs)) for gs, ge in gold) / max(1, e - s) for s, e in sentences]
    return (np.asarray(share) >= GOLD_SHARE).astype(np.int64)


def sentence_vectors(articles: Sequence[Article], cache: Path | None) -> dict[str, np.ndarray]:
    """Frozen MiniLM vectors of each article's sentences (:func:`article_sentences`), read from ``cache`` when it
    exists, else computed and written there."""
    if cache is not None and cache.is_file():
        with np.load(cache) as stored:
            found = {key: stored[key] for key in stored.files}
        missing = [a.id for a in articles if a.id not in found]
        if missing:
            raise SystemExit(f"{cache} lacks the vectors of {len(missing)} articles (e.g. {missing[0]}); delete it")
        return found
    encoder = shared_sentence_encoder()
    found = {}
    for a in articles:
        sentences, _ = article_sentences(a)
        found[a.id] = encoder.encode([a.text[s:e] for s, e in sentences])
    if cache is not None:
        np.savez(cache, **found)
    return found


def design(articles: Sequence[Article], vectors: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Features, labels and article groups of every sentence of ``articles``."""
    xs, ys, groups = [], [], []
    for n, a in enumerate(articles):
        sentences, owner = article_sentences(a)
        if len(vectors[a.id]) != len(sentences):
            raise SystemExit(f"article {a.id}: {len(vectors[a.id])} vectors for {len(sentences)} sentences")
        xs.append(sentence_context(vectors[a.id], owner))
        ys.append(sentence_gold(a, sentences))
        groups += [n] * len(sentences)
    return np.vstack(xs), np.concatenate(ys), np.asarray(groups)


def _model(c: float) -> Any:
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(StandardScaler(), LogisticRegression(C=c, max_iter=2000))


def choose_c(x: np.ndarray, y: np.ndarray, groups: np.ndarray) -> tuple[float, dict[float, float]]:
    """The C of C_GRID with the lowest out-of-fold log-loss (5 folds grouped by article), and every C's loss."""
    from sklearn.model_selection import GroupKFold, cross_val_predict

    losses = {}
    for c in C_GRID:
        p = cross_val_predict(_model(c), x, y, groups=groups, cv=GroupKFold(5), method="predict_proba")[:, 1]
        p = np.clip(p, 1e-9, 1 - 1e-9)
        losses[c] = round(float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))), 4)
    return min(losses, key=lambda c: losses[c]), losses


def fit(x: np.ndarray, y: np.ndarray, c: float) -> tuple[np.ndarray, float]:
    """Weights and bias of the logistic regression on standardized ``x``, folded to act on ``x`` itself."""
    model = _model(c).fit(x, y)
    scaler, classifier = model.steps[0][1], model.steps[1][1]
    weight = classifier.coef_[0] / scaler.scale_
    bias = float(classifier.intercept_[0] - np.dot(weight, scaler.mean_))
    return weight.astype(np.float32), bias


def save(out_dir: Path, weight: np.ndarray, bias: float, report: dict[str, Any]) -> None:
    """Write SENTENCE_HEAD_WEIGHTS and SENTENCE_HEAD_CONFIG (threshold, labels, training report) to ``out_dir``."""
    from safetensors.numpy import save_file

    out_dir.mkdir(parents=True, exist_ok=True)
    save_file({"weight": weight, "bias": np.asarray([bias], dtype=np.float32)}, str(out_dir / SENTENCE_HEAD_WEIGHTS))
    config = {"threshold": THRESHOLD, "labels": sorted(SEMEVAL2023_TO_PTC), "training": report}
    (out_dir / SENTENCE_HEAD_CONFIG).write_text(json.dumps(config, indent=1) + "\n", encoding="utf-8")


def run(data_dir: Path | None, out_dir: Path, cache: Path | None) -> dict[str, Any]:
    """Train the head on the training articles and write it to ``out_dir``; returns the training report."""
    train, _ = split_articles(load_semeval2023(data_dir))
    train = [a for a in train if a.paragraph_labels is not None]
    x, y, groups = design(train, sentence_vectors(train, cache))
    c, losses = choose_c(x, y, groups)
    weight, bias = fit(x, y, c)
    report = {"articles": len(train), "sentences": len(y), "positive_share": round(float(y.mean()), 4),
              "C": c, "log_loss_by_C": {str(k): v for k, v in losses.items()},
              "trained": datetime.date.today().isoformat()}
    save(out_dir, weight, bias, report)
    return report


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m spinscope.training.technique_sentences", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=None, help="shared data folder (default: ../shared/data)")
    parser.add_argument("--out", type=Path, required=True, help="the techniques model folder")
    parser.add_argument("--cache", type=Path, default=None, help="npz of the sentence vectors (read or written)")
    args = parser.parse_args()
    print(json.dumps(run(args.data, args.out, args.cache), indent=1))


if __name__ == "__main__":
    main()
