"""Figures of the eighth multilingual round (docs/EVALUATION.md, "Multilingual, round 8"): every goal of issue 19
per language, on the validation split and by nested cross-validation, with bootstrap intervals.

Usage (from the project root; the cache is the one `python -m spinscope.training.multilingual --cache` reads):
    python scripts/multilingual_round8.py table --cache /work/wt/cache_multi/shards [--model DIR] [--json OUT]
    python scripts/multilingual_round8.py italian --cache /work/wt/cache_multi/shards [--model DIR]

table:
- validation: the heads of ``--model`` (default: the packaged ones) on the project's validation split
  (``training.data.split_articles``, ``training.semeval2025.is_validation``), never used for a choice, scored by
  ../shared/eval/score.py, with a 95% bootstrap interval (2,000 resamples of the articles of that language);
- nested: 5 outer folds by article over *all* articles (training and validation pooled); on each outer training
  part the training command's own choices are made again (``train_genre_head``, ``train_multilabel_head``: C and
  thresholds, global or per language, on inner out-of-fold predictions), and the outer fifth is predicted; the
  out-of-fold predictions of every article are scored once per language by score.py. No choice sees the article
  it scores.
Vectors are those the cache holds (``--cache-only`` semantics of the training command).
italian: class counts, confusion and per-class F1 of the Italian validation and nested genre predictions.
"""
from __future__ import annotations

import hashlib
import json
import sys
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

warnings.filterwarnings("ignore")
DATA = Path("../shared/data")
OUTER_SEED = 8
BOOT = 2000


def arg(name: str, default: str | None = None) -> str | None:
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def load(cache: str) -> tuple[list[Any], list[Any]]:
    from spinscope.training.multilingual import Encoder, load_cache, load_items_2023, load_items_2025

    enc = Encoder(load_cache(Path(cache)))
    print(f"cache: {len(enc.cache)} vectors", file=sys.stderr, flush=True)
    return (load_items_2023(DATA, enc, cache_only=True), load_items_2025(DATA, enc, cache_only=True))


def outer_folds(groups: Sequence[str]) -> np.ndarray:
    return np.array([int(hashlib.sha1(f"outer{OUTER_SEED}:{g}".encode()).hexdigest(), 16) % 5 for g in groups])


# ------------------------------------------------------------------ metrics as score.py computes them, per unit


def prf(tp: int, fp: int, fn: int) -> float:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def st1_metric(units: Sequence[tuple[str, str]]) -> float:
    """Macro-F1 over the gold classes of (gold, predicted) genre pairs."""
    classes = sorted({g for g, _ in units})
    return float(np.mean([prf(sum(g == c and p == c for g, p in units), sum(g != c and p == c for g, p in units),
                              sum(g == c and p != c for g, p in units)) for c in classes]))


def micro_metric(units: Sequence[list[tuple[set[str], set[str]]]]) -> float:
    """Micro-F1 over the (gold, predicted) label sets of every row of every unit (ST2: one row, ST3: paragraphs)."""
    tp = fp = fn = 0
    for rows in units:
        for g, p in rows:
            tp += len(g & p)
            fp += len(p - g)
            fn += len(g - p)
    return prf(tp, fp, fn)


def samples_metric(units: Sequence[tuple[set[str], set[str]]]) -> float:
    """Samples-F1 (SemEval-2025 ST2 coarse): both empty = 1."""
    out = []
    for g, p in units:
        tp = len(g & p)
        out.append(1.0 if not g and not p else prf(tp, len(p) - tp, len(g) - tp))
    return float(np.mean(out))


def bootstrap(units: Sequence[Any], metric: Callable[[Sequence[Any]], float], seed: int = 0) -> tuple[float, float]:
    rng = np.random.default_rng(seed)
    n = len(units)
    vals = [metric([units[i] for i in rng.integers(0, n, n)]) for _ in range(BOOT)]
    return float(np.percentile(vals, 2.5)), float(np.percentile(vals, 97.5))


# ------------------------------------------------------------------------------------------------ predictions


def predict_genre(head: Any, items: Sequence[Any]) -> dict[str, str]:
    from spinscope.components.multilingual import features

    return {f"{it.language}:{it.id}": head.labels[int(np.argmax(head.scores(features(head.recipe, it.vectors))[0]))]
            for it in items}


def predict_frames(head: Any, items: Sequence[Any]) -> dict[str, set[str]]:
    from spinscope.components.multilingual import features

    out = {}
    for it in items:
        probs = head.scores(features(head.recipe, it.vectors))[0]
        out[f"{it.language}:{it.id}"] = {head.labels[k] for k in head.chosen(probs, it.language)}
    return out


def predict_techniques(head: Any, items: Sequence[Any]) -> dict[str, list[tuple[set[str], set[str]]]]:
    from spinscope.components.multilingual import features

    out = {}
    for it in items:
        if not it.paragraphs:
            continue
        probs = head.scores(features(head.recipe, it.vectors))
        out[f"{it.language}:{it.id}"] = [(set(labels), {head.labels[k] for k in head.chosen(probs[row], it.language)})
                                         for _, row, labels in it.paragraphs]
    return out


def predict_narratives(heads: dict[str, Any], items: Sequence[Any]) -> dict[str, set[str]]:
    from spinscope.components.multilingual import features, narratives_of

    class _Model:
        def __init__(self) -> None:
            self.heads = heads

        def predict(self, name: str, article: Any) -> np.ndarray:
            return np.asarray(heads[name].scores(features(heads[name].recipe, article)))

    out = {}
    for it in items:
        _, kept, _, _ = narratives_of(_Model(), it.vectors, it.language)  # type: ignore[arg-type]
        out[f"{it.language}:{it.id}"] = {n for n, _ in kept} or {"Other"}
    return out


# ------------------------------------------------------------------------------------------------ nested folds


def quiet(*_: Any) -> None:
    return None


def nested_genre(items: Sequence[Any]) -> dict[str, str]:
    from spinscope.components.multilingual import features
    from spinscope.training.data import GENRES
    from spinscope.training.multilingual import GENRE_LANGUAGES, GENRE_RECIPE, train_genre_head

    rows = [it for it in items if it.genre and it.language in GENRE_LANGUAGES]
    x = np.vstack([features(GENRE_RECIPE, it.vectors) for it in rows])
    y = np.array([GENRES.index(it.genre) for it in rows])
    groups = [f"{it.language}:{it.id}" for it in rows]
    langs = [it.language for it in rows]
    folds = outer_folds(groups)
    out: dict[str, str] = {}
    for f in range(5):
        tr = np.flatnonzero(folds != f)
        head = train_genre_head(x[tr], y[tr], [groups[i] for i in tr], [langs[i] for i in tr], recipe=GENRE_RECIPE,
                                log=quiet).head
        out.update(predict_genre(head, [rows[i] for i in np.flatnonzero(folds == f)]))
        print(f"  genre outer fold {f}", file=sys.stderr, flush=True)
    return out


def nested_multilabel(name: str, labels: Sequence[str], recipe: str, items: Sequence[Any],
                      gold: Callable[[Any], list[str]], score: Any,
                      predict: Callable[[Any, Sequence[Any]], dict[str, Any]]) -> dict[str, Any]:
    from spinscope.components.multilingual import features
    from spinscope.training.multilingual import technique_rows, train_multilabel_head

    groups_of_items = [f"{it.language}:{it.id}" for it in items]
    item_folds = outer_folds(groups_of_items)
    out: dict[str, Any] = {}
    for f in range(5):
        train = [it for it, k in zip(items, item_folds, strict=True) if k != f]
        test = [it for it, k in zip(items, item_folds, strict=True) if k == f]
        if recipe.startswith("paragraph+"):
            x, y, g, la = technique_rows(train, recipe)
        else:
            x = np.vstack([features(recipe, it.vectors) for it in train])
            y = np.array([[lab in gold(it) for lab in labels] for it in train])
            g, la = [it.id for it in train], [it.language for it in train]
        head = train_multilabel_head(name, labels, recipe, x, y, g, la, score=score, log=quiet).head
        out.update(predict(head, test))
        print(f"  {name} outer fold {f}: threshold {head.threshold} per-language {bool(head.language_thresholds)}",
              file=sys.stderr, flush=True)
    return out


def nested_narratives(items: Sequence[Any]) -> dict[str, set[str]]:
    from spinscope.components.multilingual import features
    from spinscope.training.multilingual import samples_f1, train_multilabel_head

    folds = outer_folds([f"{it.language}:{it.id}" for it in items])
    out: dict[str, set[str]] = {}
    for f in range(5):
        train = [it for it, k in zip(items, folds, strict=True) if k != f]
        test = [it for it, k in zip(items, folds, strict=True) if k == f]
        x = np.vstack([features("lead", it.vectors) for it in train])
        heads = {}
        for name in ("narratives", "subnarratives"):
            labels = sorted({n for it in train for n in getattr(it, name) or [] if n != "Other"})
            y = np.array([[lab in (getattr(it, name) or []) for lab in labels] for it in train])
            heads[name] = train_multilabel_head(name, labels, "lead", x, y, [it.id for it in train],
                                                [it.language for it in train], score=samples_f1, log=quiet).head
        out.update(predict_narratives(heads, test))
        print(f"  narratives outer fold {f}", file=sys.stderr, flush=True)
    return out


# ------------------------------------------------------------------------------------------------------ table


def units_of(task: str, items: Sequence[Any], pred: dict[str, Any]) -> dict[str, list[Any]]:
    """Per language, the scoring units of ``task`` for the items that have a prediction."""
    by_lang: dict[str, list[Any]] = {}
    for it in items:
        key = f"{it.language}:{it.id}"
        if key not in pred:
            continue
        if task == "st1":
            unit: Any = (it.genre, pred[key])
        elif task == "st2":
            unit = [(set(it.frames or []), pred[key])]
        elif task == "st3":
            unit = pred[key]
        else:
            unit = (set(it.narratives or ["Other"]), pred[key])
        by_lang.setdefault(it.language, []).append(unit)
    return by_lang


METRICS: dict[str, Callable[[Sequence[Any]], float]] = {"st1": st1_metric, "st2": micro_metric,
                                                         "st3": micro_metric, "st25": samples_metric}


def summarize(task: str, items: Sequence[Any], pred: dict[str, Any]) -> dict[str, dict[str, float]]:
    out = {}
    for lang, units in sorted(units_of(task, items, pred).items()):
        lo, hi = bootstrap(units, METRICS[task])
        out[lang] = {"score": round(METRICS[task](units), 4), "lo": round(lo, 3), "hi": round(hi, 3),
                     "n": len(units)}
    return out


def table(cache: str, model: str | None) -> dict[str, Any]:
    from spinscope.components.multilingual import MultilingualModel
    from spinscope.training.data import FRAMES, TECHNIQUES
    from spinscope.training.multilingual import micro_f1

    full23, full25 = load(cache)
    i23 = [it for it in full23 if it.language != "en"]
    i25 = [it for it in full25 if it.language in ("bg", "pt", "ru")]
    m = MultilingualModel(Path(model) if model else None)
    val23 = [it for it in i23 if it.validation]
    val25 = [it for it in i25 if it.validation]
    res: dict[str, Any] = {"validation": {}, "nested": {}}
    only = (arg("--only") or "st1,st2,st3,st25").split(",")
    if "st1" in only:
        res["validation"]["st1"] = summarize("st1", val23, predict_genre(m.heads["genre"],
                                                                         [it for it in val23 if it.genre]))
        res["nested"]["st1"] = summarize("st1", i23, nested_genre([it for it in full23 if it.genre]))
    if "st2" in only:
        res["validation"]["st2"] = summarize("st2", val23, predict_frames(
            m.heads["frames"], [it for it in val23 if it.frames is not None]))
        res["nested"]["st2"] = summarize("st2", i23, nested_multilabel(
            "frames", FRAMES, "lead", [it for it in full23 if it.frames is not None], lambda it: it.frames or [],
            micro_f1, predict_frames))
    if "st3" in only:
        import spinscope.training.multilingual as training

        # techniques: C fixed at the command's choice (0.001; four C values in every inner fold would take an hour
        # on the shared 2 cores); the threshold, global or per language, is still chosen in the inner folds
        grid = training.MULTILABEL_C_GRID
        training.MULTILABEL_C_GRID = tuple(float(c) for c in (arg("--tech-c") or "0.001").split(","))
        res["validation"]["st3"] = summarize("st3", val23, predict_techniques(m.heads["techniques"], val23))
        res["nested"]["st3"] = summarize("st3", i23, nested_multilabel(
            "techniques", TECHNIQUES, training.TECHNIQUE_RECIPE, [it for it in full23 if it.paragraphs], lambda it: [],
            micro_f1, predict_techniques))
        training.MULTILABEL_C_GRID = grid
    if "st25" in only:
        res["validation"]["st25"] = summarize("st25", val25, predict_narratives(m.heads, val25))
        res["nested"]["st25"] = summarize("st25", i25, nested_narratives(full25))
    # the trivial baselines of the issue on the same validation articles
    res["baselines"] = baselines(i23, i25)
    return res


def baselines(i23: Sequence[Any], i25: Sequence[Any]) -> dict[str, Any]:
    from spinscope.training.data import FRAMES, GENRES

    out: dict[str, Any] = {}
    for lang in sorted({it.language for it in i23}):
        tr = [it for it in i23 if it.language == lang and not it.validation]
        va = [it for it in i23 if it.language == lang and it.validation]
        maj = max(GENRES, key=lambda x: sum(it.genre == x for it in tr))
        top3 = set(sorted(FRAMES, key=lambda x: -sum(x in (it.frames or []) for it in tr))[:3])
        out[lang] = {
            "st1_majority": round(st1_metric([(it.genre, maj) for it in va if it.genre]), 4),
            "st2_top3": round(micro_metric([[(set(it.frames or []), top3)] for it in va if it.frames is not None]),
                              4),
            "st3_loaded": round(micro_metric([[(set(lab), {"Loaded_Language"}) for _, _, lab in it.paragraphs]
                                              for it in va if it.paragraphs]), 4)}
    for lang in ("bg", "pt", "ru"):
        va = [it for it in i25 if it.language == lang and it.validation]
        out.setdefault(lang, {})["st25_other"] = round(samples_metric([(set(it.narratives or ["Other"]), {"Other"})
                                                                       for it in va]), 4)
    return out


def italian(cache: str, model: str | None) -> None:
    from spinscope.components.multilingual import MultilingualModel
    from spinscope.training.data import GENRES

    i23, _ = load(cache)
    m = MultilingualModel(Path(model) if model else None)
    for lang in ("it", "fr", "de", "pl", "ru"):
        tr = [it for it in i23 if it.language == lang and it.genre and not it.validation]
        va = [it for it in i23 if it.language == lang and it.genre and it.validation]
        print(lang, "training", {g: sum(it.genre == g for it in tr) for g in GENRES},
              "validation", {g: sum(it.genre == g for it in va) for g in GENRES})
    va = [it for it in i23 if it.language == "it" and it.genre and it.validation]
    pred = predict_genre(m.heads["genre"], va)
    units = [(it.genre, pred[f"it:{it.id}"]) for it in va]
    print("validation confusion (gold -> predicted):")
    for g in GENRES:
        print(f"  {g:10s}", {p: sum(u == (g, p) for u in units) for p in GENRES})
    lo, hi = bootstrap(units, st1_metric)
    print(f"validation macro-F1 {st1_metric(units):.3f}, 95% bootstrap interval {lo:.3f}-{hi:.3f}")


if __name__ == "__main__":
    cmd = sys.argv[1]
    cache_dir = arg("--cache", "/work/wt/cache_multi/shards") or ""
    if cmd == "table":
        result = table(cache_dir, arg("--model"))
        text = json.dumps(result, indent=1)
        print(text)
        out = arg("--json")
        if out:
            Path(out).write_text(text + "\n", encoding="utf-8")
    elif cmd == "italian":
        italian(cache_dir, arg("--model"))
