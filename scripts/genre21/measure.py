"""Genre round 21 (issue 15): the shift-robustness levers re-tested under a rule that the split by time decides.

Rule and candidates: ``scripts/genre21/RULE.md`` (committed before any figure). Built on round 20's harness
(``scripts/genre20/measure.py``) and round 12's feature cache (``python scripts/genre12/measure.py cache --work
DIR``).

``python measure.py run VARIANT --work DIR``
    VARIANT is the TF-IDF vocabulary: ``plain`` (as shipped), ``stop`` (no sklearn English stop words) or
    ``stop_pm`` (that list minus the personal pronouns and modals). Each fit is made once and read with both
    decision rules: the shipped one (offsets for the mean per-language plain macro-F1) and the news prior (offsets
    for the English news-mix macro-F1, wider grid), both chosen on inner out-of-fold predictions only. Estimates:
    the time blocks with inner seed 55 (deciding) and the nested six-language estimate at outer seeds 10, 11, 12
    (guard). Writes ``DIR/probs_NAME.npz`` for the recipes ``shipped``/``newsprior`` (plain), ``stop``/
    ``stop_newsprior`` (stop) and ``stop_pm`` (stop_pm), and prints JSON lines.

``python measure.py decide --work DIR``
    The rule: block-stratified paired bootstrap of each candidate against ``shipped`` on the time blocks, the
    nested guard, the last block, and the calibration (ECE, Brier) of the held-out predictions.

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

#: The personal pronouns and modals of sklearn's English stop list, kept in the vocabulary by ``stop_pm``.
PRONOUNS_MODALS = ("he", "her", "hers", "herself", "him", "himself", "his", "i", "it", "its", "itself", "me", "mine",
                   "my", "myself", "our", "ours", "ourselves", "she", "their", "them", "themselves", "they", "us",
                   "we", "you", "your", "yours", "yourself", "yourselves", "can", "cannot", "could", "may", "might",
                   "must", "should", "will", "would")
NEWS_GRID = [(r, s) for r in np.arange(0.0, 1.51, 0.25) for s in np.arange(-1.0, 0.51, 0.25)]
INNER_SEED = 55
OUTER_SEEDS = (10, 11, 12)
VARIANTS = {"plain": (False, ("shipped", "newsprior")), "stop": (True, ("stop", "stop_newsprior")),
            "stop_pm": ("pm", ("stop_pm",)), "stop_c03": (True, ("stop_c03",))}
#: C of each variant (0.1 unless named): ``stop_c03`` is the diagnostic of the addendum (after the decision).
VARIANT_C = {"stop_c03": 0.3}
CANDIDATES = ("stop", "stop_pm", "newsprior", "stop_newsprior")


def stop_pm_words() -> list[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    assert set(PRONOUNS_MODALS) <= set(ENGLISH_STOP_WORDS) and len(PRONOUNS_MODALS) == 39
    return sorted(set(ENGLISH_STOP_WORDS) - set(PRONOUNS_MODALS))


def choose_news(probs: np.ndarray, lang: np.ndarray, y: np.ndarray) -> tuple[float, tuple[float, float]]:
    """Temperature as shipped; offsets that maximize the English news-mix macro-F1 (smallest |offsets| on ties)."""
    en = lang == "en"
    t = min(g12.TEMPERATURES, key=lambda t: g12.balanced_logloss(g12.shift(probs[en], [0, 0, 0], t), y[en]))

    def score(o: tuple[float, float]) -> tuple[float, float]:
        return g12.news(g12.shift(probs[en], [0.0, *o], t), y[en]), -abs(o[0]) - abs(o[1])

    best = max(NEWS_GRID, key=score)
    return t, (float(best[0]), float(best[1]))


CHOOSERS = {"six": g12.choose_rule, "news": choose_news}


class Harness21(g20.Harness20):
    """Round 20's harness; the ``stop_pm`` vocabulary; each fit read with both decision rules."""

    def __init__(self, work: Path, stop: bool | str) -> None:
        super().__init__(work, stop if stop != "pm" else False)
        if stop == "pm":
            from sklearn.feature_extraction.text import TfidfVectorizer

            self.vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=40_000, sublinear_tf=True,
                                       strip_accents="unicode", stop_words=stop_pm_words(),
                                       dtype=np.float32).fit(self.d["en"]["texts"])
            self.xt = self.vec.transform(self.d["en"]["texts"])

    def blocks2(self, r: dict[str, Any]) -> tuple[dict[str, np.ndarray], dict[str, list[Any]]]:
        """Leave one time block out; the rule chosen on the training part's six-language OOF (seed 55)."""
        g = g20.time_groups(self.d["en"]["ids"])
        out = {k: np.zeros((self.n, 3)) for k in CHOOSERS}
        chosen: dict[str, list[Any]] = {k: [] for k in CHOOSERS}
        others = np.arange(len(self.oy))
        for v in np.unique(g):
            test, train = np.where(g == v)[0], np.where(g != v)[0]
            inner, ilang = self.six_oof(r, train, others, seed=INNER_SEED)
            raw = self.predict_en(r, self.fit(r, train), test)
            for k, choose in CHOOSERS.items():
                t, o = choose(inner, ilang, np.concatenate([self.y[train], self.oy]))
                chosen[k].append((int(v), t, o))
                out[k][test] = g12.shift(raw, [0.0, *o], t)
        return out, chosen

    def nested2(self, r: dict[str, Any], seed: int) -> tuple[dict[str, np.ndarray], dict[str, list[Any]]]:
        """Round 12's nested estimate (outer folds over six languages), the rule chosen inside; English rows."""
        from sklearn.model_selection import StratifiedKFold

        ne = self.n
        lang = np.concatenate([np.full(ne, "en"), self.olang])
        yy = np.concatenate([self.y, self.oy])
        strata = np.array([f"{g}:{k}" for g, k in zip(lang, yy, strict=True)])
        out = {k: np.zeros((ne, 3)) for k in CHOOSERS}
        chosen: dict[str, list[Any]] = {k: [] for k in CHOOSERS}
        for a, b in StratifiedKFold(5, shuffle=True, random_state=seed).split(strata, strata):
            ea, oa = a[a < ne], a[a >= ne] - ne
            inner, ilang = self.six_oof(r, ea, oa)
            be = b[b < ne]
            raw = self.predict_en(r, self.fit(r, ea, oa), be)
            for k, choose in CHOOSERS.items():
                t, o = choose(inner, ilang, np.concatenate([self.y[ea], self.oy[oa]]))
                chosen[k].append((t, o))
                out[k][be] = g12.shift(raw, [0.0, *o], t)
        return out, chosen


def run(variant: str, work: Path) -> None:
    stop, names = VARIANTS[variant]
    started = time.time()
    h = Harness21(work, stop)
    r: dict[str, Any] = {"stop": stop} if stop else {}
    r["C"] = VARIANT_C.get(variant, 0.1)
    blk, blk_chosen = h.blocks2(r)
    nes = [h.nested2(r, seed=s) for s in OUTER_SEEDS]
    g = g20.time_groups(h.d["en"]["ids"])
    for name, key in zip(names, CHOOSERS, strict=False):
        nested = np.stack([e[0][key] for e in nes])
        np.savez(work / f"probs_{name}.npz", nested=nested, blocks=blk[key], y=h.y, late=h.late, groups=g)
        print(json.dumps({
            "recipe": name, "blocks_en_news": round(g12.news(blk[key], h.y), 4),
            "blocks_en_plain": round(g12.plain(blk[key], h.y), 4),
            "last_block_news": round(g12.news(blk[key][g == 4], h.y[g == 4]), 4),
            "blocks_confusion": g12.confusion(blk[key], h.y),
            "last_block_confusion": g12.confusion(blk[key][g == 4], h.y[g == 4]),
            "blocks_chosen": blk_chosen[key],
            "nested_en_news": round(float(np.mean([g12.news(p, h.y) for p in nested])), 4),
            "nested_en_news_by_seed": [round(g12.news(p, h.y), 4) for p in nested],
            "nested_en_plain": round(float(np.mean([g12.plain(p, h.y) for p in nested])), 4),
            "nested_confusion_seed10": g12.confusion(nested[0], h.y),
            "nested_chosen_seed10": nes[0][1][key], "seconds": round(time.time() - started)}), flush=True)


def brier(p: np.ndarray, y: np.ndarray, w: np.ndarray | None = None) -> float:
    """Multiclass Brier score (sum over the 3 genres of the squared gap), weighted mean over articles."""
    w = np.ones(len(y)) if w is None else w
    return float(np.average(((p - np.eye(3)[y]) ** 2).sum(1), weights=w))


def decide(work: Path) -> None:
    base = np.load(work / "probs_shipped.npz")
    y, g = base["y"], base["groups"]
    rng = np.random.default_rng(21)
    members = [np.where(g == v)[0] for v in np.unique(g)]
    draws = [np.concatenate([rng.choice(m, len(m)) for m in members]) for _ in range(2000)]
    last = g == 4
    for name in ("shipped", *CANDIDATES, "stop_c03"):
        path = work / f"probs_{name}.npz"
        if not path.is_file():
            print(json.dumps({"recipe": name, "missing": True}))
            continue
        c = np.load(path)
        calib = {}
        for label, p in (("blocks", c["blocks"]), ("nested_seed10", c["nested"][0])):
            mw = g12.mix_weights(y)
            calib[label] = {"ece_plain": round(g12.ece(p, y), 3), "ece_news": round(g12.ece(p, y, mw), 3),
                            "brier_plain": round(brier(p, y), 3), "brier_news": round(brier(p, y, mw), 3)}
        row: dict[str, Any] = {"recipe": name, "blocks_en_news": round(g12.news(c["blocks"], y), 4),
                               "nested_en_news": round(float(np.mean([g12.news(p, y) for p in c["nested"]])), 4),
                               "last_block_news": round(g12.news(c["blocks"][last], y[last]), 4),
                               "calibration": calib}
        if name != "shipped":
            d_blocks = g12.news(c["blocks"], y) - g12.news(base["blocks"], y)
            diffs = np.array([g12.news(c["blocks"][i], y[i]) - g12.news(base["blocks"][i], y[i]) for i in draws])
            lo, hi = np.quantile(diffs, [0.025, 0.975])
            d_nested = float(np.mean([g12.news(c["nested"][s], y) - g12.news(base["nested"][s], y)
                                      for s in range(len(OUTER_SEEDS))]))
            d_last = g12.news(c["blocks"][last], y[last]) - g12.news(base["blocks"][last], y[last])
            row.update({"blocks_change": round(float(d_blocks), 4), "blocks_95": [round(float(lo), 4),
                                                                                  round(float(hi), 4)],
                        "ahead_share": round(float((diffs > 0).mean()), 3),
                        "a": bool(d_blocks >= 0.03 and lo > 0), "nested_change": round(d_nested, 4),
                        "b": bool(d_nested >= -0.02), "last_block_change": round(float(d_last), 4),
                        "c": bool(d_last >= 0)})
        print(json.dumps(row), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("step", choices=("run", "decide"))
    parser.add_argument("variant", nargs="?", choices=tuple(VARIANTS))
    parser.add_argument("--work", type=Path, default=Path("/tmp/genre21"))
    args = parser.parse_args()
    if args.step == "run":
        run(args.variant, args.work)
    else:
        decide(args.work)


if __name__ == "__main__":
    main()
