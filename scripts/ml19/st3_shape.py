"""Round-15 technique (ST3) experiments (docs/EVALUATION.md, "Multilingual, round 15"): the cross-fitted estimate
of scripts/ml10/st3.py (outer folds by article, seed 8, over all fr/de/it/pl/ru articles; English always in
training; one head per outer fold, C fixed at the command's 0.001; each decision rule chosen for outer fold f on the
cross-fitted probabilities of the other folds' fr/de/it/pl/ru rows), for the committed recipe and recipes with the
paragraph's shape (``pshape``: length, cut, title, position, question / exclamation / quotation marks, digits)
or article blocks in the slot of the language (``+stylexl``, ``+meanxl``: per-language article priors).
``langxp``'s principal components are fitted on every labelled paragraph's vector (no labels), as round 11's rows.

    python scripts/ml19/st3_shape.py --caches A,B --store /tmp/ml19/items.pkl \
        --recipes paragraph+mean+langxp,paragraph+mean+langxp+pshape [--probs /tmp/ml19/probs] [--json OUT]

Rules: ``global`` (one threshold), ``perlang`` (one per language); ``choice``: for outer fold f, the recipe with the
higher inner out-of-fold score (the training command's choice, on 5 inner folds of the other folds' articles,
threshold chosen there) -- only with --choice, it refits 5 x 5 heads per recipe.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "ml9"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from common import arg, load_items, outer_folds
from multilingual_round8 import bootstrap, micro_metric

from spinscope.components.multilingual import PARAGRAPH_RECIPES, features
from spinscope.training.data import TECHNIQUES
from spinscope.training.multilingual import (
    LANGXP_COMPONENTS,
    best_threshold,
    fit_multilabel,
    micro_f1,
    out_of_fold,
    paragraph_projection,
    sigmoid,
    vector_projection,
)

C = 0.001
LANGS = ("fr", "de", "it", "pl", "ru")


def rows(items: list[Any], recipe: str, proj: Any) -> tuple[np.ndarray, np.ndarray, list[str], np.ndarray]:
    """Rows of a recipe: a paragraph recipe, then article blocks repeated on each paragraph's row (this script
    only): ``stylexl`` (the structural features in the slot of the language, as genre's block) or ``meanxl`` (the
    article mean vector's first 16 principal components, over every article's mean, no labels, in that slot)."""
    xs, ys, gs, ls = [], [], [], []
    blocks = recipe.split("+")
    cut = max(i for i in range(1, len(blocks) + 1) if "+".join(blocks[:i]) in PARAGRAPH_RECIPES)
    base, extra = "+".join(blocks[:cut]), blocks[cut:]
    mproj = vector_projection(np.stack([it.vectors.mean for it in items]), 16) if "meanxl" in extra else None
    for it in items:
        x = features(base, it.vectors, proj if "langxp" in base else None)
        for block in extra:
            col = features(block, it.vectors, mproj)[0]
            x = np.hstack([x, np.repeat(col[None, :], len(x), axis=0)])
        for _, row, labels in it.paragraphs:
            xs.append(x[row])
            ys.append([t in labels for t in TECHNIQUES])
            gs.append(f"{it.language}:{it.id}")
            ls.append(it.language)
    return np.stack(xs), np.array(ys, dtype=bool), gs, np.array(ls)


def cross_fitted(x: np.ndarray, y: np.ndarray, outer: np.ndarray) -> np.ndarray:
    probs = np.zeros(y.shape)
    for f in range(5):
        t0 = time.time()
        m = fit_multilabel(x[outer != f], y[outer != f].astype(int), C)
        probs[outer == f] = sigmoid(x[outer == f] @ m.weight.T + m.bias)
        print(f"  outer fold {f} [{time.time() - t0:.0f}s]", file=sys.stderr, flush=True)
    return probs


def score(y: np.ndarray, pred: np.ndarray, groups: list[str], langs: np.ndarray) -> dict[str, Any]:
    per = {}
    for la in LANGS:
        units: dict[str, list[tuple[set[str], set[str]]]] = {}
        for i in np.flatnonzero(langs == la):
            units.setdefault(groups[i], []).append(({TECHNIQUES[k] for k in np.flatnonzero(y[i])},
                                                    {TECHNIQUES[k] for k in np.flatnonzero(pred[i])}))
        u = list(units.values())
        lo, hi = bootstrap(u, micro_metric)
        per[la] = {"score": round(micro_metric(u), 4), "lo": round(lo, 3), "hi": round(hi, 3), "n": len(u),
                   "paragraphs": int((langs == la).sum())}
    return {"per_language": per, "mean": round(float(np.mean([per[la]["score"] for la in LANGS])), 4)}


def decide(probs: np.ndarray, y: np.ndarray, langs: np.ndarray, outer: np.ndarray, rule: str) -> np.ndarray:
    target = np.isin(langs, LANGS)
    pred = np.zeros_like(y)
    for f in range(5):
        tr, te = target & (outer != f), outer == f
        if rule == "global":
            pred[te] = probs[te] >= best_threshold(y[tr], probs[tr], micro_f1)[0]
        else:
            th = {la: best_threshold(y[tr & (langs == la)], probs[tr & (langs == la)], micro_f1)[0] for la in LANGS}
            pred[te] = probs[te] >= np.array([th[la] for la in langs[te]])[:, None]
    return pred


def main() -> None:
    items = [it for it in load_items(arg("--caches"), arg("--store") or "/tmp/ml19/items.pkl") if it.paragraphs]
    proj = paragraph_projection(items, LANGXP_COMPONENTS)
    out: dict[str, Any] = {}
    probs_of: dict[str, np.ndarray] = {}
    for recipe in (arg("--recipes") or "paragraph+mean+langxp,paragraph+mean+langxp+pshape").split(","):
        x, y, groups, langs = rows(items, recipe, proj)
        outer = outer_folds(groups)
        outer[~np.isin(langs, LANGS)] = -1
        print(f"{recipe}: rows {len(x)} " + " ".join(f"{la} {(langs == la).sum()}" for la in sorted(set(langs))),
              file=sys.stderr, flush=True)
        path = Path(f"{arg('--probs') or '/tmp/ml19/probs'}_{recipe.replace('+', '_')}.npy")
        probs = np.load(path) if path.is_file() else cross_fitted(x, y, outer)
        np.save(path, probs)
        probs_of[recipe] = probs
        for rule in ("global", "perlang"):
            r = score(y, decide(probs, y, langs, outer, rule), groups, langs)
            out[f"{recipe} {rule}"] = r
            print(f"{recipe} {rule}: mean {r['mean']:.3f} " + " ".join(
                f"{la} {r['per_language'][la]['score']:.3f} [{r['per_language'][la]['lo']:.2f}-"
                f"{r['per_language'][la]['hi']:.2f}]" for la in LANGS), flush=True)
        if "--choice" in sys.argv:  # the command's recipe choice: inner out-of-fold score in each outer fold
            inner = {}
            for f in range(5):
                tr = outer != f
                oof = out_of_fold(x[tr], y[tr].astype(int), [g for g, t in zip(groups, tr, strict=True) if t], C,
                                  multilabel=True)
                inner[f] = best_threshold(y[tr], oof, micro_f1)[1]
            out[f"{recipe} inner"] = inner
            print(f"{recipe} inner out-of-fold: {inner}", flush=True)
    if arg("--json"):
        Path(arg("--json") or "").write_text(json.dumps(out, indent=1, default=float), encoding="utf-8")


if __name__ == "__main__":
    main()
