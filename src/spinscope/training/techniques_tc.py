"""Train and measure the PTC TC span classifier (:mod:`spinscope.components.persuasion_tc`).

Which articles train what, so that every figure is on spans no choice saw:

- the span model is fitted on the gold spans of the tagger's *training* articles (the fixed article-level split of
  :func:`~spinscope.training.data.split_articles`); its C and TF-IDF weight are chosen by 5-fold cross-validation
  grouped by article on those same articles;
- the blend with the tagger (its weight and the class offsets) needs tagger scores that are not in-sample, so it is
  fitted on the gold spans of the tagger's *validation* articles. Its generalization estimate is cross-fitted:
  fitted on one half of the validation articles (even/odd positions, and a sha256 hash of the id, as for the
  tagger's thresholds) and scored on the other. The model that ships is fitted on all of them. The span model
  alone never saw a validation article: its figure there is a plain held-out one.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..components.persuasion_models import span_probs
from ..components.persuasion_tc import (
    EXTRA_FEATURES,
    TC_FEATURE_VERSION,
    blend_scores,
    span_feature_rows,
    span_model_inputs,
)
from ..components.persuasion_tc import span_model_probs as _span_model_probs
from .data import PTC_CLASSES, SEMEVAL2023_TO_PTC, TECHNIQUES, Article, load_semeval2023, split_articles
from .scorers import tc_scores

#: Grids of the span model, chosen by grouped 5-fold CV on the tagger's training articles (TC micro-F1).
#: Measured 2026-12-01 (C, weight: CV micro-F1): 0.5, 0.5: 0.6187; 0.5, 1.0: 0.6317; 2.0, 0.5: 0.6296; 2.0, 1.0:
#: 0.6386 (chosen). The TF-IDF weight 0.5 lost at both C, so only 1.0 stays in the grid.
SPAN_C_GRID = (0.5, 2.0)
TFIDF_WEIGHT_GRID = (1.0,)
#: Weights of the tagger's log class scores in the blend, chosen on the validation spans (fitting half).
TAGGER_WEIGHT_GRID = (0.0, 0.1, 0.2, 0.3, 0.5, 0.75, 1.0)
CV_FOLDS = 5
RECURS_COLUMN = 2 * 384 + EXTRA_FEATURES.index("recurs")


def gold_spans(article: Article) -> dict[tuple[int, int], str]:
    """The article's gold PTC spans and class (one per span: the last label, as the TC gold and ``tc_matrix``)."""
    spans: dict[tuple[int, int], str] = {}
    for span in article.spans:
        if span.technique in SEMEVAL2023_TO_PTC:
            spans[(span.start, span.end)] = SEMEVAL2023_TO_PTC[span.technique]
    return spans


def span_rows(articles: Sequence[Article], encoder: Any, *, progress: Callable[[str], None] = print
              ) -> dict[str, dict[str, Any]]:
    """Per article: its gold spans, their classes, span texts and dense features (the slow part: MiniLM)."""
    rows: dict[str, dict[str, Any]] = {}
    started = time.time()
    for i, a in enumerate(articles):
        spans = gold_spans(a)
        keys = list(spans)
        texts, dense = span_feature_rows(a.text, keys, encoder)
        rows[a.id] = {"spans": keys, "labels": [spans[k] for k in keys], "texts": texts, "dense": dense}
        if (i + 1) % 50 == 0:
            progress(f"features of {i + 1}/{len(articles)} articles in {(time.time() - started) / 60:.1f} min")
    return rows


def _gather(rows: dict[str, dict[str, Any]], ids: Sequence[str]) -> tuple[list[str], np.ndarray, np.ndarray,
                                                                          np.ndarray]:
    texts = [t for i in ids for t in rows[i]["texts"]]
    dense = np.vstack([rows[i]["dense"] for i in ids]) if ids else np.zeros((0, 2 * 384 + len(EXTRA_FEATURES)))
    labels = np.array([c for i in ids for c in rows[i]["labels"]])
    groups = np.array([i for i in ids for _ in rows[i]["labels"]])
    return texts, dense, labels, groups


def fit_span_model(texts: Sequence[str], dense: np.ndarray, labels: np.ndarray, *, C: float,
                   tfidf_weight: float) -> dict[str, Any]:
    """A bundle with the fitted TF-IDF vectorizer and span-model logistic regression."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, lowercase=True)
    vectorizer.fit(list(texts))
    bundle: dict[str, Any] = {"vectorizer": vectorizer, "tfidf_weight": float(tfidf_weight)}
    model = LogisticRegression(C=C, max_iter=3000)
    model.fit(span_model_inputs(bundle, texts, dense), labels)
    # float32 halves the file (14 x ~10,000 weights); labels move by rounding only
    model.coef_ = model.coef_.astype(np.float32)
    model.intercept_ = model.intercept_.astype(np.float32)
    bundle["span_model"] = model
    return bundle


def span_model_probs(bundle: dict[str, Any], texts: Sequence[str], dense: np.ndarray) -> np.ndarray:
    """(n, 14) span-model probabilities in PTC_CLASSES order (a class absent in training gets 0)."""
    return _span_model_probs(bundle, texts, dense, PTC_CLASSES)


def choose_span_model(texts: Sequence[str], dense: np.ndarray, labels: np.ndarray, groups: np.ndarray, *,
                      progress: Callable[[str], None] = print) -> tuple[dict[str, float], dict[str, float]]:
    """C and TF-IDF weight of the span model by grouped CV accuracy (= TC micro-F1 on gold spans)."""
    from sklearn.model_selection import GroupKFold

    folds = list(GroupKFold(CV_FOLDS).split(dense, labels, groups))
    results: dict[str, float] = {}
    for C in SPAN_C_GRID:
        for w in TFIDF_WEIGHT_GRID:
            right = 0
            for fit, test in folds:
                bundle = fit_span_model([texts[i] for i in fit], dense[fit], labels[fit], C=C, tfidf_weight=w)
                probs = span_model_probs(bundle, [texts[i] for i in test], dense[test])
                right += int((np.array(PTC_CLASSES)[probs.argmax(1)] == labels[test]).sum())
            results[f"C={C},tfidf={w}"] = round(right / len(labels), 4)
            progress(f"span model C={C} tfidf weight {w}: CV TC micro-F1 {results[f'C={C},tfidf={w}']}")
    best = max(results, key=results.__getitem__)
    C_text, w_text = (p.split("=")[1] for p in best.split(","))
    return {"C": float(C_text), "tfidf_weight": float(w_text)}, results


def tagger_class_scores(article: Article, scores: Any, spans: Sequence[tuple[int, int]]) -> np.ndarray:
    """The tagger's 14 PTC class scores of each span (the best member technique's mean word probability)."""
    from .techniques import tc_class_scores

    return np.array([tc_class_scores(span_probs(scores, s, e, len(TECHNIQUES))) for s, e in spans]
                    ).reshape(-1, len(PTC_CLASSES))


def fit_blend(span_probs: np.ndarray, tagger_scores: np.ndarray, gold: np.ndarray) -> tuple[float, np.ndarray]:
    """The tagger weight (by accuracy on these spans) and then the per-class offsets of the blend
    (:func:`~spinscope.training.techniques.fit_tc_offsets`, coordinate ascent over -0.3..0.3)."""
    from .techniques import fit_tc_offsets

    def accuracy(w: float) -> float:
        return float(np.mean(blend_scores(span_probs, tagger_scores, w).argmax(1) == gold))

    weight = max(TAGGER_WEIGHT_GRID, key=accuracy)  # the first best: the smaller weight on ties
    offsets = fit_tc_offsets(blend_scores(span_probs, tagger_scores, weight), gold)
    return weight, np.array([offsets[c] for c in PTC_CLASSES])


def hash_half(article_id: str) -> int:
    return int(hashlib.sha256(article_id.encode("utf-8")).hexdigest(), 16) % 2


def crossfit_halves(ids: Sequence[str]) -> list[tuple[str, list[str], list[str]]]:
    """The four (name, fit ids, scored ids) pairs: even/odd positions and sha256 halves, each way round."""
    even, odd = list(ids[0::2]), list(ids[1::2])
    h0 = [i for i in ids if hash_half(i) == 0]
    h1 = [i for i in ids if hash_half(i) == 1]
    return [("even->odd", even, odd), ("odd->even", odd, even), ("hash0->hash1", h0, h1), ("hash1->hash0", h1, h0)]


def run(data_dir: Path | None, out_dir: Path, *, tagger_dir: Path | None = None,
        progress: Callable[[str], None] = print) -> dict[str, Any]:
    """The whole `spinscope train techniques-tc`: features, span model, stacker, estimates, files."""
    import torch

    from ..components.persuasion_models import TechniqueTagger, shared_sentence_encoder
    from ..modelio import save_bundle
    from .techniques import score_articles

    torch.set_num_threads(2)
    started = time.time()
    train, val = split_articles(load_semeval2023(data_dir))
    val = [a for a in val if a.paragraph_labels is not None]  # the articles every TC figure is measured on
    encoder = shared_sentence_encoder()
    rows = span_rows(train + val, encoder, progress=progress)
    tagger = TechniqueTagger(tagger_dir)
    scores = score_articles(tagger.model, val)
    progress(f"features and tagger scores in {(time.time() - started) / 60:.1f} min")
    config, bundle = fit_all(train, val, rows, scores, progress=progress)
    config["tagger_model_id"] = tagger.model_id
    config["minutes"] = round((time.time() - started) / 60, 1)
    out_dir.mkdir(parents=True, exist_ok=True)
    save_bundle(bundle, out_dir)
    (out_dir / "config.json").write_text(json.dumps(config, indent=1) + "\n", encoding="utf-8")
    return config


def fit_all(train: Sequence[Article], val: Sequence[Article], rows: dict[str, dict[str, Any]], scores: Any, *,
            span_choice: dict[str, float] | None = None, progress: Callable[[str], None] = print
            ) -> tuple[dict[str, Any], dict[str, Any]]:
    """Choose and fit the span model (train articles) and the stacker (validation articles); cross-fitted
    estimates on the validation articles. ``span_choice`` ({"C", "tfidf_weight"}) skips the span model's CV.
    Returns the config (with the figures) and the bundle to save.

    The linear algebra runs on one thread: on a shared machine BLAS threads fighting over the cores made one fit
    of the span model 40 times slower (8.5 s against 0.2 s for a 3,000 x 777 fit).
    """
    from threadpoolctl import threadpool_limits

    with threadpool_limits(1):
        return _fit_all(train, val, rows, scores, span_choice=span_choice, progress=progress)


def _fit_all(train: Sequence[Article], val: Sequence[Article], rows: dict[str, dict[str, Any]], scores: Any, *,
             span_choice: dict[str, float] | None, progress: Callable[[str], None]
             ) -> tuple[dict[str, Any], dict[str, Any]]:
    from .techniques import REPETITION_BONUS, fit_tc_offsets

    train_ids = [a.id for a in train if rows[a.id]["labels"]]
    val_ids = [a.id for a in val if rows[a.id]["labels"]]
    texts, dense, labels, groups = _gather(rows, train_ids)
    if span_choice is None:
        choice, cv = choose_span_model(texts, dense, labels, groups, progress=progress)
    else:  # given (a quick re-fit): no CV figures to record
        choice, cv = dict(span_choice), {}
    bundle = fit_span_model(texts, dense, labels, **choice)
    by_id = {a.id: a for a in val}
    tagger = {i: tagger_class_scores(by_id[i], scores[i], rows[i]["spans"]) for i in val_ids}
    first = {i: span_model_probs(bundle, rows[i]["texts"], rows[i]["dense"]) for i in val_ids}

    repetition = np.zeros(len(PTC_CLASSES))
    repetition[PTC_CLASSES.index("Repetition")] = REPETITION_BONUS

    def cat(table: dict[str, np.ndarray], ids: Sequence[str]) -> np.ndarray:
        return np.vstack([table[i] for i in ids])

    def rule_scores(ids: Sequence[str]) -> np.ndarray:
        return np.vstack([tagger[i] + np.outer(rows[i]["dense"][:, RECURS_COLUMN], repetition) for i in ids])

    estimates: dict[str, dict[str, float]] = {}
    for name, fit_ids, test_ids in crossfit_halves(val_ids):
        gold_fit, gold_test = (np.array([PTC_CLASSES.index(c) for i in ids for c in rows[i]["labels"]])
                               for ids in (fit_ids, test_ids))
        weight, offsets = fit_blend(cat(first, fit_ids), cat(tagger, fit_ids), gold_fit)
        blended = blend_scores(cat(first, test_ids), cat(tagger, test_ids), weight, offsets)
        # the rule it replaces, refitted on the same half: offsets over tagger scores + the repetition bonus
        rule_offsets = fit_tc_offsets(rule_scores(fit_ids), gold_fit)
        rule = rule_scores(test_ids) + np.array([rule_offsets[c] for c in PTC_CLASSES])
        estimates[name] = {
            "blend": round(float(np.mean(blended.argmax(1) == gold_test)), 4),
            "rule": round(float(np.mean(rule.argmax(1) == gold_test)), 4),
            "span_model": round(float(np.mean(cat(first, test_ids).argmax(1) == gold_test)), 4),
            "tagger_weight": weight}
        progress(f"{name}: {estimates[name]}")
    mean = {k: round(float(np.mean([e[k] for e in estimates.values()])), 4) for k in ("blend", "rule", "span_model")}
    gold_all = np.array([PTC_CLASSES.index(c) for i in val_ids for c in rows[i]["labels"]])
    weight, offsets = fit_blend(cat(first, val_ids), cat(tagger, val_ids), gold_all)
    fitted = blend_scores(cat(first, val_ids), cat(tagger, val_ids), weight, offsets).argmax(1)
    keys = [(i, s, e) for i in val_ids for s, e in rows[i]["spans"]]
    gold = {k: PTC_CLASSES[g] for k, g in zip(keys, gold_all, strict=True)}
    pred_map = {k: PTC_CLASSES[p] for k, p in zip(keys, fitted, strict=True)}
    tc_micro, per_class, confusions = tc_scores(gold, pred_map, PTC_CLASSES)
    held_out = {k: PTC_CLASSES[p] for k, p in zip(keys, cat(first, val_ids).argmax(1), strict=True)}
    span_micro, span_per_class, _ = tc_scores(gold, held_out, PTC_CLASSES)
    config: dict[str, Any] = {
        "model_id": f"ptc-tc-span-{time.strftime('%Y%m%d')}",
        "features": TC_FEATURE_VERSION, "classes": list(PTC_CLASSES),
        "tagger_weight": weight, "class_offsets": {c: round(float(v), 3) for c, v in zip(PTC_CLASSES, offsets,
                                                                                          strict=True)},
        "span_model": {**choice, "cv_on_train_articles": cv, "train_articles": len(train_ids), "spans": len(labels)},
        "blend": {"validation_articles": len(val_ids), "spans": len(gold_all)},
        "validation": {
            "span_model_held_out": span_micro.as_dict(),
            "span_model_per_class": {c: s.as_dict() for c, s in span_per_class.items()},
            "blend_fitted_on_same_spans": tc_micro.as_dict(),
            "crossfit": estimates, "crossfit_mean": mean,
            "per_class_fitted": {c: s.as_dict() for c, s in per_class.items()},
            "top_confusions_fitted": [[a, b, n] for (a, b), n in confusions.most_common(10)],
        },
    }
    progress(f"cross-fitted TC micro-F1 (mean of 4 halves): {mean}; fitted on all validation spans "
             f"{tc_micro.f1:.4f}")
    return config, bundle
