"""Round 20: what the scrambled projections cost out of sample (docs/EVALUATION.md, "Multilingual genre, round 20").

Cross-fitted over all fr/de/it/pl/ru articles (training and validation pooled; 5 folds by article, the outer folds
of rounds 9-15, seed 8; English technique paragraphs in every training part, never scored): in each fold the
committed recipe is fitted as the training command fits it (genre ``mean+style+stylexl+meanxl`` at C=0.03, its
components fitted on the training part's genre articles; techniques ``paragraph+mean+langxp+pshape`` at C=0.001,
threshold 0.2, components on the training part's labelled paragraphs), and the test fold is read twice: with the
projection as trained (what the fixed files give) and with it read back column-major (what the files of rounds
11-15 gave at run time). Per language: genre macro-F1, technique micro-F1, and the paired 95% bootstrap interval of
the change over that language's articles (2,000 resamples).

    python scripts/ml20/scramble_cv.py --store /tmp/ml19/items.pkl [--json OUT]
"""
from __future__ import annotations

import json
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "ml9"))
from common import arg, outer_folds

from spinscope.components.multilingual import Projection, features
from spinscope.training.data import GENRES
from spinscope.training.multilingual import (
    GENRE_LANGUAGES,
    MEANXL_COMPONENTS,
    fit_multiclass,
    fit_multilabel,
    macro_f1,
    micro_f1,
    paragraph_projection,
    sigmoid,
    softmax,
    technique_rows,
    vector_projection,
)

GENRE_RECIPE, GENRE_C = "mean+style+stylexl+meanxl", 0.03
TECHNIQUE_RECIPE, TECHNIQUE_C, THRESHOLD = "paragraph+mean+langxp+pshape", 0.001, 0.2
BOOT = 2000


def scrambled(projection: Projection) -> Projection:
    """The projection's values read back column-major, as the files of rounds 11-15 were read."""
    centre, components = projection
    return centre, components.ravel().reshape(components.shape, order="F")


def genre_predictions(items: list[Any]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Gold and cross-fitted predictions (as trained, scrambled) of the genre articles, in order."""
    folds = outer_folds([f"{it.language}:{it.id}" for it in items])
    y = np.array([GENRES.index(it.genre) for it in items])
    right, wrong = np.zeros(len(items), dtype=int), np.zeros(len(items), dtype=int)
    for f in range(5):
        tr, te = np.flatnonzero(folds != f), np.flatnonzero(folds == f)
        proj = vector_projection(np.stack([items[i].vectors.mean for i in tr]), MEANXL_COMPONENTS)
        x = np.vstack([features(GENRE_RECIPE, items[i].vectors, proj) for i in tr])
        model = fit_multiclass(x, y[tr], len(GENRES), GENRE_C)
        for out, p in ((right, proj), (wrong, scrambled(proj))):
            xt = np.vstack([features(GENRE_RECIPE, items[i].vectors, p) for i in te])
            out[te] = softmax(xt @ model.weight.T + model.bias).argmax(axis=1)
    return y, right, wrong


def technique_predictions(items: list[Any]) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[str], list[str]]:
    """Gold, cross-fitted predictions (as trained, scrambled), article and language of every labelled paragraph."""
    _, y, groups, langs = technique_rows(items, "paragraph+mean")
    folds = outer_folds(groups)
    art_fold = dict(zip(groups, folds, strict=True))
    right, wrong = np.zeros_like(y), np.zeros_like(y)
    for f in range(5):
        train = [it for it in items if it.paragraphs and art_fold[f"{it.language}:{it.id}"] != f]
        test = [it for it in items if it.paragraphs and art_fold[f"{it.language}:{it.id}"] == f]
        proj = paragraph_projection(train, 64)
        x, yt, _, _ = technique_rows(train, TECHNIQUE_RECIPE, proj)
        model = fit_multilabel(x, yt.astype(int), TECHNIQUE_C)
        te = np.flatnonzero(folds == f)
        for out, p in ((right, proj), (wrong, scrambled(proj))):
            xt, _, _, _ = technique_rows(test, TECHNIQUE_RECIPE, p)
            out[te] = sigmoid(xt @ model.weight.T + model.bias) >= THRESHOLD
        print(f"techniques fold {f} done", flush=True)
    return y, right, wrong, groups, langs


def paired(units: np.ndarray, score: Callable[[np.ndarray], tuple[float, float]]) -> dict[str, Any]:
    """Both scores and the paired bootstrap interval of (as trained - scrambled) over the articles."""
    rng = np.random.default_rng(0)
    articles = np.unique(units)
    index = {a: np.flatnonzero(units == a) for a in articles}
    right, wrong = score(np.arange(len(units)))
    deltas = []
    for _ in range(BOOT):
        rows = np.concatenate([index[a] for a in rng.choice(articles, len(articles))])
        r, w = score(rows)
        deltas.append(r - w)
    return {"as_trained": round(right, 4), "scrambled": round(wrong, 4), "change": round(right - wrong, 4),
            "interval": [round(float(np.percentile(deltas, q)), 4) for q in (2.5, 97.5)]}


def main() -> None:
    """Both estimates per language; printed and optionally written as JSON."""
    items = pickle.loads(Path(arg("--store") or "/tmp/ml19/items.pkl").read_bytes())  # our own local store
    report: dict[str, Any] = {"genre": {}, "techniques": {}}
    g = [it for it in items if it.genre and it.language in GENRE_LANGUAGES]
    y, right, wrong = genre_predictions(g)
    glangs = np.array([it.language for it in g])
    gids = np.array([it.id for it in g])
    for lang in GENRE_LANGUAGES:
        m = glangs == lang
        report["genre"][lang] = paired(gids[m], lambda r, m=m: (macro_f1(y[m][r], right[m][r]),
                                                              macro_f1(y[m][r], wrong[m][r])))
        print("genre", lang, report["genre"][lang], flush=True)
    ty, tright, twrong, groups, langs = technique_predictions(items)
    la, gr = np.array(langs), np.array(groups)
    for lang in GENRE_LANGUAGES:
        m = la == lang
        report["techniques"][lang] = paired(gr[m], lambda r, m=m: (micro_f1(ty[m][r], tright[m][r]),
                                                                 micro_f1(ty[m][r], twrong[m][r])))
        print("techniques", lang, report["techniques"][lang], flush=True)
    if arg("--json"):
        Path(arg("--json") or "").write_text(json.dumps(report, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
