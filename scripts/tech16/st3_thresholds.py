"""Round 16 (docs/EVALUATION.md, "Techniques, round 16"): how should the ST3 paragraph thresholds be fitted?

Run from the project root (the scores cached by ``scripts/one_word_spans.py --build``):

    python scripts/tech16/st3_thresholds.py --scores /tmp/tech16/val_scores.pkl [--json out.json]

Same test articles, paragraph scores and halves as rounds 9 and 13 (``scripts/tech9/st3_multilingual.py``'s
``Bench``: the 87 English validation articles, the tagger's mean of head and token scores + 0.1 x the article mean,
no repetition rule; thresholds fitted on one half and scored on the other, both splits, counts pooled per split,
mean of the two splits; "news" weighs articles to the hidden set's genre mix). The shipped procedure
(``training.techniques.calibrate_thresholds``: coordinate ascent on micro-F1 from the best global threshold, a
technique's own threshold once it has 4 positive paragraphs) against variants with fewer degrees of freedom:
one global threshold; own thresholds shrunk towards the global one; a higher positive count before a technique
gets its own; own thresholds bagged over bootstrap resamples of the fitting articles (median). Each variant is
scored fixed, then chosen nested (on the fitting half by its own inner even/odd cross-fit); a paired bootstrap
over the 87 articles gives the nested choice's gain.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tech9"))

from st3_multilingual import Bench, counts, f1c, genre

from spinscope.training import techniques as T
from spinscope.training.data import load_semeval2023

Calibrate = Callable[[np.ndarray, np.ndarray], np.ndarray]


def global_only(p: np.ndarray, g: np.ndarray) -> np.ndarray:
    best = max(T.THRESHOLD_GRID, key=lambda t: T._micro_f1(p, g, np.full(p.shape[1], t)))
    return np.full(p.shape[1], best, dtype=np.float64)


def shrunk(lam: float) -> Calibrate:
    def cal(p: np.ndarray, g: np.ndarray) -> np.ndarray:
        base = global_only(p, g)
        return base + lam * (T.calibrate_thresholds(p, g) - base)
    return cal


def min_positives(m: int) -> Calibrate:
    def cal(p: np.ndarray, g: np.ndarray) -> np.ndarray:
        old = T.MIN_POSITIVES_FOR_OWN_THRESHOLD
        T.MIN_POSITIVES_FOR_OWN_THRESHOLD = m
        try:
            return T.calibrate_thresholds(p, g)
        finally:
            T.MIN_POSITIVES_FOR_OWN_THRESHOLD = old
    return cal


def bagged(n: int, seed: int = 0) -> Calibrate:
    """Median of the shipped thresholds over ``n`` bootstrap resamples of the fitting paragraphs."""
    def cal(p: np.ndarray, g: np.ndarray) -> np.ndarray:
        rng = np.random.default_rng(seed)
        runs = [T.calibrate_thresholds(p[i], g[i]) for i in (rng.integers(0, len(p), len(p)) for _ in range(n))]
        return np.median(np.array(runs), axis=0)
    return cal


VARIANTS: dict[str, Calibrate] = {
    "shipped": T.calibrate_thresholds,
    "global": global_only,
    "shrink 0.25": shrunk(0.25),
    "shrink 0.5": shrunk(0.5),
    "shrink 0.75": shrunk(0.75),
    "min positives 8": min_positives(8),
    "min positives 15": min_positives(15),
    "min positives 30": min_positives(30),
    "bagged 15": bagged(15),
}


def per_article(b: Bench, cal: Calibrate, halves_of: list[Any]) -> list[dict[str, np.ndarray]]:
    out = []
    for halves in halves_of:
        arts = {}
        for x, y in ((0, 1), (1, 0)):
            pf, gf, _ = b.stack(halves[x], b.tagger)
            th = cal(pf, gf)
            for art in halves[y]:
                arts[art.id] = counts(b.tagger[art.id], b.gold[art.id], th)
        out.append(arts)
    return out


def score(b: Bench, per: list[dict[str, np.ndarray]], news: bool = False) -> tuple[float, list[float]]:
    means, halves = [], []
    for arts in per:
        means.append(f1c(sum((b.weight[genre(a)] if news else 1.0) * arts[a.id] for a in b.val)))
    return round(float(np.mean(means)), 4), halves


def nested(b: Bench, names: list[str]) -> tuple[list[dict[str, np.ndarray]], list[str]]:
    out, chosen = [], []
    for halves in b.splits:
        arts = {}
        for x, y in ((0, 1), (1, 0)):
            fit = halves[x]
            inner = [[fit[0::2], fit[1::2]]]
            best = max(names, key=lambda n: b.crossfit(b.tagger, inner, VARIANTS[n])[0])
            chosen.append(best)
            pf, gf, _ = b.stack(fit, b.tagger)
            th = VARIANTS[best](pf, gf)
            for art in halves[y]:
                arts[art.id] = counts(b.tagger[art.id], b.gold[art.id], th)
        out.append(arts)
    return out, chosen


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scores", type=Path, required=True)
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    saved = pickle.loads(args.scores.read_bytes())  # a cache this project's script wrote, never downloaded
    articles = load_semeval2023(None)
    b = Bench([articles[i] for i in saved["val_ids"]], saved["scores"])
    report: dict[str, Any] = {}
    per = {}
    for name, cal in VARIANTS.items():
        per[name] = per_article(b, cal, b.splits)
        halves = []
        for halves_, arts in zip(b.splits, per[name], strict=True):
            for h in halves_:
                halves.append(round(f1c(sum(arts[a.id] for a in h)), 4))
        report[name] = {"plain": score(b, per[name])[0], "news": score(b, per[name], True)[0], "halves": halves}
        print(name, report[name], flush=True)
    names = list(VARIANTS)
    new, chosen = nested(b, names)
    boot = b.bootstrap(per["shipped"], new)
    report["nested"] = {"plain": score(b, new)[0], "news": score(b, new, True)[0], "chosen": chosen,
                        "bootstrap": boot}
    print("nested", report["nested"], flush=True)
    if args.json:
        args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
