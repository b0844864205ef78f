"""Genre round 22 (issue 15): the training command's recipe chosen by the time blocks, and a cleaner stop list.

Rule and candidates: ``scripts/genre22/RULE.md`` (committed before any figure). Built on rounds 20-21's harness
(``scripts/genre20/measure.py``) and round 12's feature cache (``python scripts/genre12/measure.py cache --work
DIR``).

``python measure.py run NAME --work DIR``
    NAME: ``shipped``, ``stopclean`` (fixed recipes), ``timechoice``, ``timechoice_clean`` (the recipe chosen by
    leave-one-time-block-out inside the outer training blocks). Nested time blocks: each of the 5 English id blocks
    held out in turn, every choice made on the 4 others; offsets with inner seeds 60, 61, 62. Writes
    ``DIR/probs_NAME.npz`` (held-out probabilities per seed) and prints JSON lines.

``python measure.py decide --work DIR``
    The rule of RULE.md: changes against ``shipped`` on the pooled blocks and the last block, the seed noise, and
    (reported only) block-stratified bootstrap intervals and confusions.

``python measure.py full NAME --work DIR``
    What the time-block choice picks on all 433 English articles (a measurement; the command does the same on its
    train split).

Run from the worktree root under ``nice -n 10`` with ``OMP_NUM_THREADS=1`` and ``PYTHONPATH=src``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import time
from pathlib import Path
from typing import Any

import numpy as np


def _load(name: str, folder: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, Path(__file__).resolve().parents[1] / folder / "measure.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


g20 = _load("g20", "genre20")
g12 = g20.g12

#: The content words of sklearn's English stop list that ``stopclean`` keeps in the vocabulary (RULE.md).
CONTENT_WORDS = [
    "amount",
    "back",
    "bill",
    "bottom",
    "call",
    "co",
    "con",
    "cry",
    "describe",
    "detail",
    "done",
    "empty",
    "fill",
    "find",
    "fire",
    "found",
    "front",
    "full",
    "get",
    "give",
    "go",
    "inc",
    "interest",
    "keep",
    "ltd",
    "made",
    "mill",
    "move",
    "name",
    "part",
    "put",
    "see",
    "serious",
    "show",
    "side",
    "sincere",
    "system",
    "take",
    "thick",
    "thin",
    "top",
]
SEEDS = (60, 61, 62)
#: The command's grid: (TF-IDF on, style weight, C); style alone reads no n-gram.
GRID = [(True, sw, c) for sw in (0.3, 1.0) for c in (0.03, 0.1, 0.3, 1.0)] + [(False, 1.0, c) for c in (0.01, 0.1, 1.0)]
SHIPPED = (True, 0.3, 0.1)
TEMPERATURES = tuple(round(x, 2) for x in np.arange(0.5, 3.01, 0.1))
NAMES = {
    "shipped": ("english", False),
    "stopclean": ("clean", False),
    "timechoice": ("english", True),
    "timechoice_clean": ("clean", True),
}


def clean_stop_words() -> list[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    assert set(CONTENT_WORDS) <= set(ENGLISH_STOP_WORDS) and len(CONTENT_WORDS) == 41
    return sorted(set(ENGLISH_STOP_WORDS) - set(CONTENT_WORDS))


def recipe(spec: tuple[bool, float, float]) -> dict[str, Any]:
    tfidf, sw, c = spec
    return {"C": c, "sw": sw, "tw": 1.0 if tfidf else 0.0}


class Harness22(g20.Harness20):
    """Round 20's harness with the stop list of RULE.md and cached fits per set of held-out blocks."""

    def __init__(self, work: Path, stop: str) -> None:
        super().__init__(work, True)
        if stop == "clean":
            from sklearn.feature_extraction.text import TfidfVectorizer

            self.vec = TfidfVectorizer(
                ngram_range=(1, 2),
                min_df=2,
                max_features=40_000,
                sublinear_tf=True,
                strip_accents="unicode",
                stop_words=clean_stop_words(),
                dtype=np.float32,
            ).fit(self.d["en"]["texts"])
            self.xt = self.vec.transform(self.d["en"]["texts"])
        self.g = g20.time_groups(self.d["en"]["ids"])
        self.cache: dict[Any, np.ndarray] = {}

    def held(self, spec: tuple[bool, float, float], out: frozenset[int]) -> np.ndarray:
        """English probabilities of a fit on every block but ``out`` (+ all other languages), for all rows."""
        key = (spec, out)
        if key not in self.cache:
            r = recipe(spec)
            train = np.where(~np.isin(self.g, list(out)))[0]
            self.cache[key] = self.predict_en(r, self.fit(r, train), np.arange(self.n))
        return self.cache[key]

    def block_oof(self, spec: tuple[bool, float, float], blocks: list[int], outer: frozenset[int]) -> np.ndarray:
        """Leave-one-block-out predictions over ``blocks`` (rows of those blocks, in row order)."""
        rows = np.where(np.isin(self.g, blocks))[0]
        out = np.zeros((len(rows), 3))
        for b in blocks:
            m = self.g[rows] == b
            out[m] = self.held(spec, outer | {b})[rows[m]]
        return out


def best_temperature(p: np.ndarray, y: np.ndarray) -> float:
    return float(min(TEMPERATURES, key=lambda t: g12.balanced_logloss(g12.shift(p, [0, 0, 0], t), y)))


def offsets_at(probs: np.ndarray, lang: np.ndarray, y: np.ndarray, t: float) -> tuple[float, float]:
    """The shipped offsets rule (mean per-language plain macro-F1, smallest on ties) at temperature ``t``."""

    def mean_f1(o: tuple[float, float]) -> tuple[float, float]:
        p = g12.shift(probs, [0.0, *o], t)
        return float(np.mean([g12.plain(p[lang == g], y[lang == g]) for g in ("en", *g12.LANGS)])), -abs(o[0]) - abs(
            o[1]
        )

    return max(g12.OFFSET_GRID, key=mean_f1)


def choose(h: Harness22, blocks: list[int], outer: frozenset[int]) -> tuple[tuple[bool, float, float], float, dict]:
    """The time-block choice on ``blocks``: best news-mix recipe, then its temperature on the same predictions."""
    rows = np.where(np.isin(h.g, blocks))[0]
    scores = {}
    best: tuple[float, Any] = (-1.0, None)
    for spec in GRID:
        s = g12.news(h.block_oof(spec, blocks, outer), h.y[rows])
        scores[str(spec)] = round(s, 4)
        if s > best[0]:
            best = (s, spec)
    spec = best[1]
    return spec, best_temperature(h.block_oof(spec, blocks, outer), h.y[rows]), scores


def run(name: str, work: Path) -> None:
    stop, timechoice = NAMES[name]
    started = time.time()
    h = Harness22(work, stop)
    out = np.zeros((len(SEEDS), h.n, 3))
    chosen: list[Any] = []
    others = np.arange(len(h.oy))
    for v in range(5):
        test, train = np.where(h.g == v)[0], np.where(h.g != v)[0]
        inner_blocks = [b for b in range(5) if b != v]
        if timechoice:
            spec, t_time, scores = choose(h, inner_blocks, frozenset({v}))
        else:
            spec, t_time, scores = SHIPPED, None, {}
        raw = h.held(spec, frozenset({v}))[test]
        r = recipe(spec)
        for k, seed in enumerate(SEEDS):
            inner, ilang = h.six_oof(r, train, others, seed=seed)
            yy = np.concatenate([h.y[train], h.oy])
            if timechoice:
                t, o = t_time, offsets_at(inner, ilang, yy, t_time)
            else:
                t, o = g12.choose_rule(inner, ilang, yy)
            out[k, test] = g12.shift(raw, [0.0, *o], t)
            chosen.append({"block": v, "seed": seed, "recipe": spec, "T": t, "offsets": o})
        if scores:
            print(json.dumps({"recipe": name, "block": v, "inner_scores": scores, "chosen": spec}), flush=True)
    np.savez(work / f"probs_{name}.npz", probs=out, y=h.y, groups=h.g)
    last = h.g == 4
    print(
        json.dumps(
            {
                "recipe": name,
                "pooled_news_by_seed": [round(g12.news(p, h.y), 4) for p in out],
                "last_news_by_seed": [round(g12.news(p[last], h.y[last]), 4) for p in out],
                "pooled_plain_by_seed": [round(g12.plain(p, h.y), 4) for p in out],
                "pooled_confusion_seed60": g12.confusion(out[0], h.y),
                "last_confusion_seed60": g12.confusion(out[0][last], h.y[last]),
                "chosen": chosen,
                "seconds": round(time.time() - started),
            }
        ),
        flush=True,
    )


def full(name: str, work: Path) -> None:
    """The time-block choice on all five blocks (all 433 English articles), and on the command's train split
    only: what the command would pick."""
    from spinscope.training.data import load_semeval2023, split_articles

    stop, _ = NAMES[name]
    h = Harness22(work, stop)
    spec, t, scores = choose(h, list(range(5)), frozenset())
    print(json.dumps({"recipe": name, "rows": "all 433", "chosen": spec, "T": t, "scores": scores}), flush=True)
    train_ids = {a.id for a in split_articles(load_semeval2023(Path("/work/shared/data")))[0]}
    sub = np.array([i in train_ids for i in h.d["en"]["ids"]])
    h.g = np.where(sub, h.g, -1)  # validation rows: never predicted, never in a fit of the choice
    h.cache = {}
    keep = np.where(sub)[0]
    h.xt, h.ze, h.y, h.late, h.g = h.xt[keep], h.ze[keep], h.y[keep], h.late[keep], h.g[keep]
    h.n = len(keep)
    spec, t, scores = choose(h, list(range(5)), frozenset())
    print(
        json.dumps({"recipe": name, "rows": f"train split {h.n}", "chosen": spec, "T": t, "scores": scores}), flush=True
    )


def diagnostics(work: Path) -> None:
    """The addendum of RULE.md: (i) shipped at inner seed 55; (ii) ``bag5``, the rule chosen on five seeds."""
    h = Harness22(work, "english")
    r = recipe(SHIPPED)
    last = h.g == 4
    others = np.arange(len(h.oy))
    seed_sets = {
        "seed55": (55,),
        "bag60-64": tuple(range(60, 65)),
        "bag65-69": tuple(range(65, 70)),
        "bag70-74": tuple(range(70, 75)),
    }
    for label, seeds in seed_sets.items():
        out = np.zeros((h.n, 3))
        chosen = []
        for v in range(5):
            test, train = np.where(h.g == v)[0], np.where(h.g != v)[0]
            yy = np.concatenate([h.y[train], h.oy])
            inners = [h.six_oof(r, train, others, seed=s) for s in seeds]
            ilang = inners[0][1]
            en = ilang == "en"
            t = min(
                g12.TEMPERATURES,
                key=lambda t: float(
                    np.mean([g12.balanced_logloss(g12.shift(p[en], [0, 0, 0], t), yy[en]) for p, _ in inners])
                ),
            )

            def mean_f1(
                o: tuple[float, float], t: float = t, inners: Any = inners, ilang: Any = ilang, yy: Any = yy
            ) -> tuple[float, float]:
                f = [
                    np.mean([g12.plain(q[ilang == g], yy[ilang == g]) for g in ("en", *g12.LANGS)])
                    for q in (g12.shift(p, [0.0, *o], t) for p, _ in inners)
                ]
                return float(np.mean(f)), -abs(o[0]) - abs(o[1])

            o = max(g12.OFFSET_GRID, key=mean_f1)
            chosen.append((v, t, o))
            out[test] = g12.shift(h.held(SHIPPED, frozenset({v}))[test], [0.0, *o], t)
        print(
            json.dumps(
                {
                    "diagnostic": label,
                    "pooled_news": round(g12.news(out, h.y), 4),
                    "last_news": round(g12.news(out[last], h.y[last]), 4),
                    "pooled_plain": round(g12.plain(out, h.y), 4),
                    "chosen": chosen,
                    "pooled_confusion": g12.confusion(out, h.y),
                }
            ),
            flush=True,
        )


def decide(work: Path) -> None:
    base = np.load(work / "probs_shipped.npz")
    y, g = base["y"], base["groups"]
    last = g == 4
    rng = np.random.default_rng(22)
    members = [np.where(g == v)[0] for v in np.unique(g)]
    draws = [np.concatenate([rng.choice(m, len(m)) for m in members]) for _ in range(1000)]

    def figs(p: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return (np.array([g12.news(q, y) for q in p]), np.array([g12.news(q[last], y[last]) for q in p]))

    bp, bl = figs(base["probs"])
    print(
        json.dumps(
            {
                "recipe": "shipped",
                "pooled": round(float(bp.mean()), 4),
                "last": round(float(bl.mean()), 4),
                "pooled_range": round(float(np.ptp(bp)), 4),
                "last_range": round(float(np.ptp(bl)), 4),
            }
        )
    )
    for name in ("stopclean", "timechoice", "timechoice_clean"):
        path = work / f"probs_{name}.npz"
        if not path.is_file():
            print(json.dumps({"recipe": name, "missing": True}))
            continue
        c = np.load(path)["probs"]
        cp, cl = figs(c)
        noise_p = max(0.01, float(np.ptp(bp)), float(np.ptp(cp)))
        noise_l = max(0.01, float(np.ptp(bl)), float(np.ptp(cl)))
        dp, dl = float((cp - bp).mean()), float((cl - bl).mean())
        diffs = np.array(
            [
                np.mean([g12.news(c[s][i], y[i]) - g12.news(base["probs"][s][i], y[i]) for s in range(len(SEEDS))])
                for i in draws
            ]
        )
        print(
            json.dumps(
                {
                    "recipe": name,
                    "pooled": round(float(cp.mean()), 4),
                    "last": round(float(cl.mean()), 4),
                    "pooled_by_seed": [round(float(x), 4) for x in cp],
                    "last_by_seed": [round(float(x), 4) for x in cl],
                    "pooled_change": round(dp, 4),
                    "pooled_noise": round(noise_p, 4),
                    "last_change": round(dl, 4),
                    "last_noise": round(noise_l, 4),
                    "pooled_95_info": [round(float(x), 4) for x in np.quantile(diffs, [0.025, 0.975])],
                    "passes_pooled": dp > noise_p,
                    "passes_last": dl > noise_l,
                }
            ),
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("step", choices=("run", "decide", "full", "diagnostics"))
    parser.add_argument("name", nargs="?", choices=tuple(NAMES))
    parser.add_argument("--work", type=Path, default=Path("/tmp/genre22"))
    args = parser.parse_args()
    if args.step == "run":
        run(args.name, args.work)
    elif args.step == "full":
        full(args.name, args.work)
    elif args.step == "diagnostics":
        diagnostics(args.work)
    else:
        decide(args.work)


if __name__ == "__main__":
    main()
