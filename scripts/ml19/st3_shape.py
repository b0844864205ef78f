"""Round-15 technique (ST3) experiments (docs/EVALUATION.md, "Multilingual, round 15"): the cross-fitted estimate
of scripts/ml10/st3.py (outer folds by article, seed 8, over all fr/de/it/pl/ru articles; English always in
training; one head per outer fold, C fixed at the command's 0.001; each decision rule chosen for outer fold f on the
cross-fitted probabilities of the other folds' fr/de/it/pl/ru rows), for the committed recipe and recipes with the
paragraph's shape (``pshape``: length, cut, title, position, question / exclamation / quotation marks, digits)
or article blocks in the slot of the language (``+stylexl``, ``+meanxl``: per-language article priors).
``langxp``'s principal components are fitted on every labelled paragraph's vector (no labels), as round 11's rows.

    python scripts/ml19/st3_shape.py --caches A,B --store /tmp/ml19/items.pkl \
        --recipes paragraph+mean+langxp,paragraph+mean+langxp+pshape [--probs /tmp/ml19/probs] [--json OUT]

--outer-seed N: another draw of the outer folds (default 8, the rounds' draw).

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
    article mean vector's first 16 principal components, over every article's mean, no labels, in that slot); or
    ``pshapexl``: each paragraph's shape in the slot of its language."""
    xs, ys, gs, ls = [], [], [], []
    blocks = recipe.split("+")
    cut = max(i for i in range(1, len(blocks) + 1) if "+".join(blocks[:i]) in PARAGRAPH_RECIPES)
    base, extra = "+".join(blocks[:cut]), blocks[cut:]
    mproj = vector_projection(np.stack([it.vectors.mean for it in items]), 16) if "meanxl" in extra else None
    for it in items:
        x = features(base, it.vectors, proj if "langxp" in base else None)
        for block in extra:
            if block == "pshapexl":  # each paragraph's shape once more in the slot of its language
                shape = it.vectors.shape
                x = np.hstack([x] + [shape * (it.language == la) for la in LANGS])
                continue
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


def article_counts(y: np.ndarray, pred: np.ndarray, groups: list[str], rows: np.ndarray) -> np.ndarray:
    """(tp, fp, fn) per article over the given rows, articles in sorted order."""
    arts = sorted({groups[i] for i in rows})
    index = {a: j for j, a in enumerate(arts)}
    out = np.zeros((len(arts), 3))
    for i in rows:
        out[index[groups[i]]] += ((y[i] & pred[i]).sum(), (~y[i] & pred[i]).sum(), (y[i] & ~pred[i]).sum())
    return out


def paired(y: np.ndarray, base: np.ndarray, new: np.ndarray, groups: list[str], langs: np.ndarray,
           boot: int = 2000) -> dict[str, Any]:
    """The change of micro-F1 (new - base) per language and of their mean, with a 95% paired bootstrap interval
    (the same resampled articles for both, resampled within each language)."""
    rng = np.random.default_rng(0)
    def f1(c: np.ndarray) -> np.ndarray:
        return 2 * c[..., 0] / np.maximum(2 * c[..., 0] + c[..., 1] + c[..., 2], 1)
    out: dict[str, Any] = {}
    draws = []
    for la in LANGS:
        rows = np.flatnonzero(langs == la)
        cb, cn = article_counts(y, base, groups, rows), article_counts(y, new, groups, rows)
        idx = rng.integers(0, len(cb), (boot, len(cb)))
        d = f1(cn[idx].sum(1)) - f1(cb[idx].sum(1))
        draws.append(d)
        out[la] = {"change": round(float(f1(cn.sum(0)) - f1(cb.sum(0))), 4),
                   "lo": round(float(np.percentile(d, 2.5)), 4), "hi": round(float(np.percentile(d, 97.5)), 4)}
    m = np.mean(draws, axis=0)
    out["mean"] = {"change": round(float(np.mean([out[la]["change"] for la in LANGS])), 4),
                   "lo": round(float(np.percentile(m, 2.5)), 4), "hi": round(float(np.percentile(m, 97.5)), 4)}
    return out


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


def build_store(caches: str, store: Path) -> list[Any]:
    """Items over the cache folders, English read as the committed heads were trained (its title and first
    paragraph: vectors of its later paragraphs, which another run may have cached, are left out)."""
    import pickle

    from spinscope.components.multilingual import cut_paragraph, text_key
    from spinscope.training.data import load_semeval2023
    from spinscope.training.multilingual import Encoder, load_cache, load_items_2023

    cache = load_cache([Path(c) for c in caches.split(",")])
    lead, later = set(), set()
    for art in load_semeval2023(Path("/work/shared/data"), language="en").values():
        lines = [cut_paragraph(x) for x in art.text.split("\n") if x.strip()]
        lead.update(text_key(c) for c in lines[:2] if c)
        later.update(text_key(c) for c in lines[2:] if c)
    for key in later - lead:
        cache.pop(key, None)
    print(f"cache: {len(cache)} vectors", file=sys.stderr, flush=True)
    items = load_items_2023(Path("/work/shared/data"), Encoder(cache), cache_only=True)
    store.write_bytes(pickle.dumps(items))
    return items


def main() -> None:
    store = Path(arg("--store") or "/tmp/ml19/items.pkl")
    items = build_store(arg("--caches") or "", store) if arg("--caches") else load_items(None, str(store))
    items = [it for it in items if it.paragraphs]
    proj = paragraph_projection(items, LANGXP_COMPONENTS)
    out: dict[str, Any] = {}
    probs_of: dict[str, np.ndarray] = {}
    first: np.ndarray | None = None
    for recipe in (arg("--recipes") or "paragraph+mean+langxp,paragraph+mean+langxp+pshape").split(","):
        x, y, groups, langs = rows(items, recipe, proj)
        outer = outer_folds(groups, int(arg("--outer-seed") or 8))
        outer[~np.isin(langs, LANGS)] = -1
        print(f"{recipe}: rows {len(x)} " + " ".join(f"{la} {(langs == la).sum()}" for la in sorted(set(langs))),
              file=sys.stderr, flush=True)
        path = Path(f"{arg('--probs') or '/tmp/ml19/probs'}_{recipe.replace('+', '_')}.npy")
        probs = np.load(path) if path.is_file() else cross_fitted(x, y, outer)
        np.save(path, probs)
        probs_of[recipe] = probs
        for rule in ("global", "perlang"):
            pred = decide(probs, y, langs, outer, rule)
            r = score(y, pred, groups, langs)
            if rule == "global" and first is None:
                first = pred
            elif rule == "global":
                r["paired"] = paired(y, first, pred, groups, langs)
                print("  change against the first recipe: " + " ".join(
                    f"{k} {v['change']:+.3f} [{v['lo']:+.3f},{v['hi']:+.3f}]" for k, v in r["paired"].items()),
                    flush=True)
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
