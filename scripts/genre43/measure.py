"""Genre round 48 (genre43, issue 15): measure E of ``scripts/genre43/RULE.md`` for lever ``fw``.

Round 38's harness (``scripts/genre38/measure.py``, through genre42's seed-set wrapper) with the harness's English
TF-IDF matrix replaced by the function-word one (:func:`fw_vectorizer`: main's analyzer with no stop list, 1-2
grams, min_df 2, only the terms every token of which is in sklearn's English stop list), fitted on the 433 English
texts as the harness fits main's.

``python scripts/genre43/measure.py --work DIR --seeds START COUNT [--lever fw|enw]``
    Seed set A is ``--seeds 3800 20``, B ``4200 10``, C ``4210 10``. Prints round 38's JSON lines (lever ``fw``);
    held-out probabilities go to ``DIR/held_fw_<START>.npy``. ``--lever enw`` (RULE.md addendum 1): recipe
    ``main`` with main's offsets rule and lever 2's (English weighted 0.5, satire offsets down to -1.0) on the same
    inner runs, one line each. ``--lever both`` (addendum 2, a diagnostic): main's TF-IDF matrix and fw's side
    by side.

Needs round 12's cache (``python scripts/genre12/measure.py cache --work DIR``). Run from the worktree root under
``nice -n 5`` with ``OMP_NUM_THREADS=1`` and ``PYTHONPATH=src``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import time
from pathlib import Path
from typing import Any

import numpy as np

spec = importlib.util.spec_from_file_location("g42", Path(__file__).resolve().parents[1] / "genre42" / "measure.py")
assert spec is not None and spec.loader is not None
g42 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(g42)
g38 = g42.g38


def fw_vectorizer(texts: list[str]) -> Any:
    """Main's genre analyzer with no stop list, restricted to function-word terms (RULE.md), idf kept per term."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

    options = dict(ngram_range=(1, 2), sublinear_tf=True, strip_accents="unicode", lowercase=True, dtype=np.float32)
    terms = TfidfVectorizer(min_df=2, **options).fit(texts).vocabulary_
    keep = sorted(t for t in terms if all(w in ENGLISH_STOP_WORDS for w in t.split()))
    vec = TfidfVectorizer(vocabulary=keep, **options).fit(texts)
    vec.stop_words_ = None
    return vec


#: Lever 2's grid (RULE.md addendum 1): genre42's gate grid, satire offsets down to -1.0.
ENW_GRID = [(r, o) for r in (0.0, 0.25, 0.5, 0.75, 1.0) for o in (-1.0, -0.75, -0.5, -0.25, 0.0, 0.25, 0.5)]
#: Lever 2's weight of English in the offsets criterion (the five other languages share the rest equally).
ENW_ENGLISH = 0.5


def offsets_enw(runs: list[np.ndarray], lang: np.ndarray, y: np.ndarray, t: float) -> tuple[float, float]:
    """Lever 2: 0.5 x English plain macro-F1 + 0.5 x the mean of the five others, averaged over the runs; main's
    tie rule (smallest offsets)."""
    g24 = g38.g24
    logs = [np.log(np.clip(p, 1e-12, 1)) / t for p in runs]
    en = lang == "en"
    others = [lang == g for g in g24.LANGS if g != "en"]

    def score(o: tuple[float, float]) -> tuple[float, float]:
        off = np.array([0.0, *o])
        f = []
        for lp in logs:
            pred = (lp + off).argmax(1)
            rest = np.mean([g24.fast_macro(pred[m], y[m]) for m in others])
            f.append(ENW_ENGLISH * g24.fast_macro(pred[en], y[en]) + (1 - ENW_ENGLISH) * rest)
        return float(np.mean(f)), -abs(o[0]) - abs(o[1])

    return max(ENW_GRID, key=score)


def held_out_enw(h: Any, started: float) -> dict[str, tuple[np.ndarray, list[Any]]]:
    """Round 38's ``held_out`` for recipe ``main``, with main's and lever 2's offsets rule on the same inner runs."""
    g24, g12 = g38.g24, g38.g12
    r = g38.recipe("main")
    others = np.arange(len(h.oy))
    out = {name: (np.zeros((h.n, 3)), []) for name in ("main", "enw")}
    for v in range(5):
        test, train = np.where(h.g == v)[0], np.where(h.g != v)[0]
        yy = np.concatenate([h.y[train], h.oy])
        raw = h.predict_en(r, h.fit(r, train), test)
        runs = [h.six_oof(r, train, others, seed=s) for s in g38.SEEDS]
        lang = runs[0][1]
        en = lang == "en"
        t = g24.temperature([p[en] for p, _ in runs], yy[en])
        for name, pick in (("main", g24.offsets_f1), ("enw", offsets_enw)):
            o = [0.0, *(float(x) for x in pick([p for p, _ in runs], lang, yy, t))]
            out[name][0][test] = g12.shift(raw, o, t)
            out[name][1].append([t, o])
        print(json.dumps({"block": v, "rules": {k: out[k][1][-1] for k in out}, "s": round(time.time() - started)}),
              flush=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--seeds", type=int, nargs=2, default=(3800, 20), metavar=("START", "COUNT"))
    parser.add_argument("--lever", choices=("fw", "enw", "both"), default="fw")
    args = parser.parse_args()
    g38.SEEDS = tuple(range(args.seeds[0], args.seeds[0] + args.seeds[1]))
    started = time.time()
    h = g38.HarnessFlat(args.work)
    if args.lever == "enw":
        last = h.g == 4
        for name, (probs, rules) in held_out_enw(h, started).items():
            np.save(args.work / f"held_{name}_{args.seeds[0]}.npy", probs)
            out = {"P": g38.figures(probs, h.y), "L": g38.figures(probs[last], h.y[last]), "rules": rules}
            print(json.dumps({"lever": name, "seeds": list(args.seeds), **out}), flush=True)
        return
    texts = h.d["en"]["texts"]
    if args.lever == "both":  # RULE.md addendum 2, a diagnostic: main's block and fw's side by side
        from scipy import sparse

        h.xt = sparse.hstack([h.xt, fw_vectorizer(texts).transform(texts)]).tocsr()
    else:
        h.vec = fw_vectorizer(texts)
        h.xt = h.vec.transform(texts)
    print(json.dumps({"lever": args.lever, "terms": h.xt.shape[1]}), flush=True)
    last = h.g == 4
    probs, rules = g38.held_out(h, "main", started)
    np.save(args.work / f"held_{args.lever}_{args.seeds[0]}.npy", probs)
    out = {"P": g38.figures(probs, h.y), "L": g38.figures(probs[last], h.y[last]), "rules": rules}
    print(json.dumps({"lever": args.lever, "seeds": list(args.seeds), **out}), flush=True)


if __name__ == "__main__":
    main()
