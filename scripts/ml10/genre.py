"""Round-10 genre experiments (a copy of scripts/ml9/genre.py with class-weight modes and per-language style
blocks added). Round-9 text follows.

Round-9 genre experiments: nested 5-fold estimates by article over all fr/de/it/pl/ru articles (training and
validation pooled, the outer folds of scripts/multilingual_round8.py). In each outer training part C (and, for
the recipes that have one, the per-language class offsets) is chosen on inner out-of-fold predictions, three fold
draws, by the mean over languages of each language's macro-F1, as ``train_genre_head`` chooses C.

    python scripts/ml9/genre.py RECIPE[,RECIPE...] [--json OUT]

Round 10 adds the blocks 'stylez' (the 15 structural features z-scored within the article's language, over all
articles of that language: label-free) and 'stylexl' (the style block once more per language: the block times the
language's one-hot, so each language gets its own style weights on top of the shared ones), and the suffixes
':langbal' (class weights balanced within each language: n_lang / (3 * n_lang,class)) and ':sqrtbal' (the square
root of the pooled balanced weights).

Recipes: feature blocks joined by '+': lead, mean, max (of the paragraph vectors), style (the 15 structural
features), techn (mean and max over paragraphs of the technique probabilities of the head fitted on the outer
training part that left the article out: scripts/ml9/st3.py --models); every recipe R is also scored as 'R:prior' (per-language class offsets
chosen inside, from the same inner predictions); suffixes
':en' (English articles added to training), ':nobal' (no class weights).
'auto' ('auto:prior') = the recipe and C chosen in the inner folds among the recipes given before it (with
offsets).
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
from multilingual_round8 import bootstrap, st1_metric

from spinscope.training.data import GENRES
from spinscope.training.multilingual import GENRE_FOLD_SEEDS, fit_multiclass, folds_of, softmax

C_GRID = tuple(float(c) for c in (arg("--cs") or "0.003,0.01,0.03").split(","))
LANGS = ("fr", "de", "it", "pl", "ru")
OFFSETS = np.arange(-1.5, 1.51, 0.25)


def block(it: Any, name: str) -> np.ndarray:
    v = it.vectors
    if name == "lead":
        return v.lead
    if name == "mean":
        return v.mean
    if name == "max":
        return v.paragraphs.max(axis=0)
    if name == "style":
        return v.structure
    if name == "stylez":
        mu, sd = _LANG_STYLE[it.language]
        return (v.structure - mu) / sd
    if name == "stylexl":
        return np.concatenate([v.structure * (it.language == la) for la in LANGS])
    if name == "techn":
        return technique_block(it)
    raise ValueError(name)


_TECH: dict[str, np.ndarray] = {}
_LANG_STYLE: dict[str, tuple[np.ndarray, np.ndarray]] = {}
#: the languages of the rows the next fit() call gets (set by the caller; ':langbal' needs them)
_FIT_LANGS: list[np.ndarray] = []


def set_language_style(items: list[Any]) -> None:
    for la in set(it.language for it in items):
        s = np.stack([it.vectors.structure for it in items if it.language == la and it.genre])
        _LANG_STYLE[la] = (s.mean(axis=0), s.std(axis=0) + 1e-6)


def technique_block(it: Any) -> np.ndarray:
    """Mean and max over the article's paragraphs of the technique probabilities of the head fitted (by
    scripts/ml9/st3.py --models) on the outer training part that left this article out."""
    from spinscope.components.multilingual import features
    from spinscope.training.multilingual import sigmoid

    if not _TECH:
        _TECH.update(dict(np.load(arg("--tech-models") or "/tmp/ml9/st3_models.npz")))
    f = int(outer_folds([f"{it.language}:{it.id}"])[0])
    p = sigmoid(features("paragraph+lead", it.vectors) @ _TECH[f"w{f}"].T + _TECH[f"b{f}"])
    return np.concatenate([p.mean(axis=0), p.max(axis=0)])


def matrix(rows: list[Any], recipe: str) -> np.ndarray:
    names = recipe.split(":")[0].split("+")
    return np.vstack([np.concatenate([block(it, n) for n in names]) for it in rows]).astype(np.float64)


def macro_by_lang(y: np.ndarray, pred: np.ndarray, langs: np.ndarray, only: tuple[str, ...] = LANGS) -> dict[str, float]:
    return {la: st1_metric(list(zip(y[langs == la].tolist(), pred[langs == la].tolist()))) for la in only
            if (langs == la).any()}


def fit(x: np.ndarray, y: np.ndarray, c: float, balanced: bool | str, langs: np.ndarray | None = None) -> Any:
    """balanced: True (the command's pooled class-balanced weights), False (none), 'langbal', 'sqrtbal'."""
    if balanced is True:
        return fit_multiclass(x, y, len(GENRES), c)
    from sklearn.linear_model import LogisticRegression

    from spinscope.training.multilingual import Linear
    mu, sd = x.mean(axis=0), x.std(axis=0) + 1e-6
    sw = np.ones(len(y))
    if balanced == "sqrtbal":
        n = np.bincount(y, minlength=len(GENRES))
        sw = np.sqrt(len(y) / (len(GENRES) * np.maximum(n[y], 1)))
    elif balanced == "langbal":
        assert langs is not None and len(langs) == len(y)
        for la in set(langs.tolist()):
            m = langs == la
            n = np.bincount(y[m], minlength=len(GENRES))
            sw[m] = m.sum() / (len(GENRES) * np.maximum(n[y[m]], 1))
        sw *= len(y) / sw.sum()
    lr = LogisticRegression(C=c, max_iter=2000).fit((x - mu) / sd, y, sample_weight=sw)
    w = np.zeros((len(GENRES), x.shape[1]))
    b = np.full(len(GENRES), -30.0)
    w[lr.classes_] = lr.coef_ / sd
    b[lr.classes_] = lr.intercept_ - (w[lr.classes_] * mu).sum(axis=1)
    return Linear(w, b)


def mode(recipe: str) -> bool | str:
    if ":nobal" in recipe:
        return False
    for m in ("langbal", "sqrtbal"):
        if f":{m}" in recipe:
            return m
    return True


Choice = tuple[float, float, dict[str, np.ndarray]]


def inner_choice(x: np.ndarray, y: np.ndarray, groups: list[str], langs: np.ndarray, scored: np.ndarray,
                 recipe: str) -> tuple[Choice, Choice]:
    """(C, inner score, per-language offsets) chosen on inner out-of-fold predictions of the rows ``scored``
    (the five target languages; English rows, when present, only train): without offsets, and with offsets
    (both from the same out-of-fold predictions)."""
    balanced = mode(recipe)
    best: Choice = (C_GRID[0], -1.0, {})
    best_plain: Choice = (C_GRID[0], -1.0, {})
    for c in C_GRID:
        oofs = []
        for seed in GENRE_FOLD_SEEDS:
            f = folds_of(groups, seed=seed)
            p = np.zeros((len(y), len(GENRES)))
            for k in range(5):
                tr, te = f != k, f == k
                m = fit(x[tr], y[tr], c, balanced, langs[tr])
                p[te] = np.log(softmax(x[te] @ m.weight.T + m.bias) + 1e-12)
            oofs.append(p)
        offsets: dict[str, np.ndarray] = {}
        plain = np.mean([np.mean(list(macro_by_lang(y[scored], p[scored].argmax(1), langs[scored]).values()))
                         for p in oofs])
        if plain > best_plain[1]:
            best_plain = (c, float(plain), {})
        if True:
            for la in LANGS:
                mask = scored & (langs == la)
                bestl = (np.zeros(3), -1.0)
                for a in OFFSETS:
                    for b in OFFSETS:
                        off = np.array([0.0, a, b])
                        s = np.mean([st1_metric(list(zip(y[mask].tolist(), (p[mask] + off).argmax(1).tolist())))
                                     for p in oofs])
                        if s > bestl[1] + 1e-9 or (abs(s - bestl[1]) <= 1e-9 and np.abs(off).sum() < np.abs(bestl[0]).sum()):
                            bestl = (off, s)
                offsets[la] = bestl[0]
        score = np.mean([np.mean(list(macro_by_lang(y[scored], (p[scored] + np.array(
            [offsets.get(la, np.zeros(3)) for la in langs[scored]])).argmax(1), langs[scored]).values()))
            for p in oofs])
        if score > best[1]:
            best = (c, float(score), offsets)
    return best_plain, best


def nested(items: list[Any], recipes: list[str]) -> dict[str, dict[str, Any]]:
    rows = [it for it in items if it.genre and it.language in LANGS]
    en_rows = [it for it in items if it.genre and it.language == "en"]
    y = np.array([GENRES.index(it.genre) for it in rows])
    langs = np.array([it.language for it in rows])
    groups = [f"{it.language}:{it.id}" for it in rows]
    outer = outer_folds(groups)
    recipes = [r for base in recipes for r in (base, base + ":prior")]
    mats = {r: matrix(rows, r) for r in recipes if not r.startswith("auto")}
    en_mats = {r: matrix(en_rows, r) for r in recipes if ":en" in r}
    y_en = np.array([GENRES.index(it.genre) for it in en_rows])
    preds: dict[str, np.ndarray] = {r: np.zeros(len(rows), dtype=int) for r in recipes}
    chosen: dict[str, list[Any]] = {r: [] for r in recipes}
    for f in range(5):
        tr, te = np.flatnonzero(outer != f), np.flatnonzero(outer == f)
        inner: dict[str, tuple[float, float, dict[str, np.ndarray]]] = {}
        for r in recipes:
            t0 = time.time()
            if r.startswith("auto"):
                pool = [k for k in inner if (":prior" in k) == (":prior" in r)]
                pick = max(pool, key=lambda k: inner[k][1])
                preds[r][te] = preds[pick][te]
                chosen[r].append(pick)
                continue
            if ":prior" in r:
                c, s, offsets = inner[r]
                m = fit(mats[r][tr] if ":en" not in r else np.vstack([mats[r][tr], en_mats[r]]),
                        y[tr] if ":en" not in r else np.concatenate([y[tr], y_en]), c, mode(r),
                        langs[tr] if ":en" not in r else np.concatenate([langs[tr], np.array(["en"] * len(y_en))]))
                logp = np.log(softmax(mats[r][te] @ m.weight.T + m.bias) + 1e-12)
                logp += np.array([offsets.get(lang, np.zeros(3)) for lang in langs[te]])
                preds[r][te] = logp.argmax(1)
                chosen[r].append({"C": c, "inner": round(s, 4), "offsets": {k: v.tolist() for k, v in offsets.items()}})
                continue
            x, yy, g, la = mats[r][tr], y[tr], [groups[i] for i in tr], langs[tr]
            scored = np.ones(len(tr), dtype=bool)
            if ":en" in r:
                x = np.vstack([x, en_mats[r]])
                yy = np.concatenate([yy, y_en])
                g = g + [f"en:{it.id}" for it in en_rows]
                la = np.concatenate([la, np.array(["en"] * len(en_rows))])
                scored = np.concatenate([scored, np.zeros(len(en_rows), dtype=bool)])
            (c, s, offsets), inner[r + ":prior"] = inner_choice(x, yy, g, la, scored, r)
            inner[r] = (c, s, offsets)
            m = fit(x, yy, c, mode(r), la)
            logp = np.log(softmax(mats[r][te] @ m.weight.T + m.bias) + 1e-12)
            logp += np.array([offsets.get(lang, np.zeros(3)) for lang in langs[te]])
            preds[r][te] = logp.argmax(1)
            chosen[r].append({"C": c, "inner": round(s, 4),
                              "offsets": {k: v.tolist() for k, v in offsets.items()}})
            print(f"  fold {f} {r}: C={c} inner {s:.4f} [{time.time() - t0:.0f}s]", file=sys.stderr, flush=True)
    out: dict[str, dict[str, Any]] = {}
    for r in recipes:
        per = {}
        for la in LANGS:
            mask = langs == la
            units = list(zip([GENRES[k] for k in y[mask]], [GENRES[k] for k in preds[r][mask]]))
            lo, hi = bootstrap(units, st1_metric)
            per[la] = {"score": round(st1_metric(units), 4), "lo": round(lo, 3), "hi": round(hi, 3), "n": len(units)}
        out[r] = {"per_language": per, "mean": round(float(np.mean([per[la]["score"] for la in LANGS])), 4),
                  "chosen": chosen[r], "pred": {groups[i]: GENRES[preds[r][i]] for i in range(len(rows))}}
        print(f"{r}: mean {out[r]['mean']:.3f} " + " ".join(f"{la} {per[la]['score']:.3f} [{per[la]['lo']:.2f}-"
              f"{per[la]['hi']:.2f}]" for la in LANGS), flush=True)
    return out


if __name__ == "__main__":
    items = load_items(arg("--caches"), arg("--store") or "/tmp/ml10/items23.pkl")
    set_language_style([it for it in items if it.language in LANGS])
    result = nested(items, sys.argv[1].split(","))
    if arg("--json"):
        with open(arg("--json") or "", "w", encoding="utf-8") as fh:
            json.dump(result, fh, indent=1)
