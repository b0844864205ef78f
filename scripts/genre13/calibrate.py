"""Genre calibration, round 13 (issue 15): do the genre probabilities match the outcomes, and does a temperature
fitted after the class offsets make them match better?

Reads the feature cache of ``scripts/genre12/measure.py cache`` (``--work``) and its harness; writes nothing but
``--out`` (held-out probabilities, for ``diagram``). Run from the worktree root under ``nice -n 10`` with
``OMP_NUM_THREADS=1`` and ``PYTHONPATH=src``; docs/EVALUATION.md, "Genre calibration, round 13".

``python calibrate.py nested``
    Nested estimate over all 1,234 articles of six languages, with the committed recipe (round 12): outer 5 folds
    stratified by language x genre; inside each, on out-of-fold predictions of the outer training part only, the
    command's rule is chosen (temperature by class-balanced log-loss on the English rows, then the reporting/satire
    offsets by mean per-language macro-F1), and then each calibration candidate:

    - ``rule``: the rule as it is (what the model of round 12 ships);
    - ``after``: a second temperature fitted on top of the rule by log-loss over all six languages' rows. The
      offsets are divided by it, so the decisions (the argmax) are the rule's own;
    - ``after_news``: the same, with each language's articles reweighted to the news mix 0.25/0.65/0.10;
    - ``after_en_news``: the same on the English rows only, reweighted to the news mix;
    - ``by_group``: two such temperatures, one for English (TF-IDF and style) and one for the other languages
      (style only), each by log-loss on its own rows (the runtime reads one temperature: measured, not shippable);
    - ``joint``: the temperature and the offsets both refitted by log-loss over six languages (decisions change).

    Each is applied to the outer fold. Reported: ECE of the top probability (10 bins from 1/3 to 1, as the model
    card's ``genre_reliability``) on English as labelled, English reweighted to the news mix, every language, all
    six pooled; log-loss; macro-F1 (mean per language, English news mix); the reliability table.

``python calibrate.py shipped``
    How well the shipped probabilities match the outcomes: 5-fold out-of-fold predictions over all six languages
    (folds stratified by language x genre, 3 fold seeds) with the committed model's fixed rule (temperature and
    offsets of ``config.json``); the same scores, and the second temperature ``after`` would put on top of it.

``python calibrate.py diagram``
    Reliability diagram (PNG) of the first seed of ``shipped``: English on the news mix, and all six languages.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "genre12"))
from measure import LANGS, OFFSET_GRID, Harness, _empty, choose_rule, mix_weights, news, plain, shift

from spinscope.training.articles import genre_reliability

#: The committed recipe of round 12 (feature columns of the genre12 cache).
ROUND12 = {"cols": [0, 1, 7, 8, 9, 10, 11, 13, 15, 16, 17, 19, 20, 21, 22, 23, 24, 25, 26], "off": [0, 0, -0.5],
           "T": 0.9}
CAL_TEMPERATURES = tuple(round(x, 2) for x in np.arange(0.5, 3.001, 0.05))
CANDIDATES = ("rule", "after", "after_news", "after_en_news", "by_group", "joint")
ALL = ("en", *LANGS)


def logloss(p: np.ndarray, y: np.ndarray, w: np.ndarray | None = None) -> float:
    """Mean negative log-probability of the gold genre (weighted by ``w``)."""
    w = np.ones(len(y)) if w is None else w
    return float(-(w * np.log(np.clip(p[np.arange(len(y)), y], 1e-12, 1))).sum() / w.sum())


def news_weights(y: np.ndarray, lang: np.ndarray) -> np.ndarray:
    """Each language's articles reweighted to the news mix; each language keeps its article count."""
    w = np.zeros(len(y))
    for g in np.unique(lang):
        m = lang == g
        w[m] = mix_weights(y[m])
    return w


def rescale(t: float, offsets: list[float], t2: float) -> tuple[float, list[float]]:
    """The rule (t, offsets) with a second temperature on top: softmax((log p / t + o) / t2) is
    softmax(log p / (t t2) + o / t2), the same form the runtime reads, with the same argmax."""
    return t * t2, [o / t2 for o in offsets]


def fit_after(p: np.ndarray, y: np.ndarray, t: float, offsets: list[float], w: np.ndarray | None
              ) -> tuple[float, list[float]]:
    """Second temperature after the rule, by (weighted) log-loss; returned folded into the rule."""
    def loss(t2: float) -> float:
        t_all, o_all = rescale(t, offsets, t2)
        return logloss(shift(p, o_all, t_all), y, w)

    return rescale(t, offsets, min(CAL_TEMPERATURES, key=loss))


def fit_joint(p: np.ndarray, y: np.ndarray) -> tuple[float, list[float]]:
    """Temperature and reporting/satire offsets together, by log-loss over all rows."""
    best = min(((t, [0.0, r, s]) for t in CAL_TEMPERATURES[::2] for r, s in OFFSET_GRID),
               key=lambda ts: logloss(shift(p, ts[1], ts[0]), y))
    return best


def rules(p: np.ndarray, y: np.ndarray, lang: np.ndarray) -> dict[str, Any]:
    """Every candidate's (temperature, offsets), chosen on out-of-fold probabilities ``p``; ``by_group`` has one
    pair for English and one for the other languages."""
    t, o = choose_rule(p, lang, y)
    offsets = [0.0, *o]
    return {"rule": (t, offsets), "after": fit_after(p, y, t, offsets, None),
            "after_news": fit_after(p, y, t, offsets, news_weights(y, lang)),
            "after_en_news": fit_after(p, y, t, offsets, np.where(lang == "en", news_weights(y, lang), 0.0)),
            "by_group": {g: fit_after(p[m], y[m], t, offsets, None) for g, m in groups(lang).items()},
            "joint": fit_joint(p, y)}


def groups(lang: np.ndarray) -> dict[str, np.ndarray]:
    """English rows and the other languages' rows."""
    return {"en": lang == "en", "other": lang != "en"}


def nested(h: Harness, seed: int) -> dict[str, Any]:
    """Outer held-out probabilities of every candidate (rows: 433 English, then the other languages)."""
    from sklearn.model_selection import StratifiedKFold

    r, ne = ROUND12, h.n
    lang = np.concatenate([np.full(ne, "en"), h.olang])
    yy = np.concatenate([h.y, h.oy])
    strata = np.array([f"{g}:{k}" for g, k in zip(lang, yy, strict=True)])
    out = {c: np.zeros((len(yy), 3)) for c in CANDIDATES}
    chosen: dict[str, list[Any]] = {c: [] for c in CANDIDATES}
    for a, b in StratifiedKFold(5, shuffle=True, random_state=seed).split(strata, strata):
        ea, oa = a[a < ne], a[a >= ne] - ne
        inner, ilang = h.six_oof(r, ea, oa)
        picked = rules(inner, np.concatenate([h.y[ea], h.oy[oa]]), ilang)
        m = h.fit(r, ea, oa)
        be, bo = b[b < ne], b[b >= ne] - ne
        raw = np.vstack([h.predict_en(r, m, be),
                         m.predict_proba(h.design(r, _empty(len(bo), h.xt.shape[1]), h.oz[bo]))])
        rows = np.concatenate([be, bo + ne])
        for c, rule in picked.items():
            parts = rule if c == "by_group" else {"all": rule}
            masks = groups(lang[rows]) if c == "by_group" else {"all": np.ones(len(rows), dtype=bool)}
            for g, (t, offsets) in parts.items():
                out[c][rows[masks[g]]] = shift(raw[masks[g]], offsets, t)
            chosen[c].append({g: [round(t, 3), [round(o, 3) for o in offsets]] for g, (t, offsets) in parts.items()})
    return {"probs": out, "chosen": chosen, "lang": lang, "y": yy}


def scores(p: np.ndarray, y: np.ndarray, lang: np.ndarray, late: np.ndarray) -> dict[str, Any]:
    """Calibration and macro-F1 of one candidate's held-out probabilities."""
    en = lang == "en"
    rel = {
        "en": genre_reliability(p[en], y[en], bins=10),
        "en_news": genre_reliability(p[en], y[en], bins=10, weights=mix_weights(y[en])),
        "all": genre_reliability(p, y, bins=10),
        "all_news": genre_reliability(p, y, bins=10, weights=news_weights(y, lang)),
    }
    return {
        "ece": {k: v["ece"] for k, v in rel.items()},
        "ece_per_language": {g: genre_reliability(p[lang == g], y[lang == g], bins=10)["ece"] for g in ALL},
        "logloss": {"en": round(logloss(p[en], y[en]), 4),
                    "en_news": round(logloss(p[en], y[en], mix_weights(y[en])), 4),
                    "all": round(logloss(p, y), 4)},
        "macro_f1": {"mean_per_language": round(float(np.mean([plain(p[lang == g], y[lang == g]) for g in ALL])), 4),
                     "en_news": round(news(p[en], y[en]), 4), "en_plain": round(plain(p[en], y[en]), 4),
                     "en_late": round(plain(p[en][late], y[en][late]), 4)},
        "bins": {k: rel[k]["bins"] for k in ("en_news", "all")},
    }


def run_nested(h: Harness, seeds: list[int], out: Path) -> None:
    """Print the scores of every candidate, per seed and averaged; store the first seed's probabilities."""
    per_seed = []
    for seed in seeds:
        started = time.time()
        res = nested(h, seed)
        per_seed.append({c: scores(res["probs"][c], res["y"], res["lang"], h.late) for c in CANDIDATES})
        brief = {c: {"ece": s["ece"], "logloss": s["logloss"]} for c, s in per_seed[-1].items()}
        print(json.dumps({"seed": seed, "chosen": res["chosen"], "scores": brief,
                          "seconds": round(time.time() - started)}), flush=True)
        if seed == seeds[0]:
            out.mkdir(parents=True, exist_ok=True)
            np.savez(out / "nested.npz", y=res["y"], lang=res["lang"], **res["probs"])
    for c in CANDIDATES:
        first = per_seed[0][c]
        mean = {group: {k: round(float(np.mean([s[c][group][k] for s in per_seed])), 4) for k in first[group]}
                for group in ("ece", "ece_per_language", "logloss", "macro_f1")}
        print(json.dumps({"candidate": c, "seeds": seeds, **mean, "bins_first_seed": first["bins"]}), flush=True)


def run_shipped(h: Harness, seeds: list[int], out: Path, config: Path) -> None:
    """Scores of the shipped rule on six-language out-of-fold probabilities; the first seed's stored."""
    c = json.loads(config.read_text(encoding="utf-8"))
    t, offsets = float(c["temperature"]), [float(o) for o in c["class_offsets"]]
    per_seed = []
    for seed in seeds:
        raw, lang = h.six_oof(ROUND12, np.arange(h.n), np.arange(len(h.oy)), seed=seed)
        y = np.concatenate([h.y, h.oy])
        p = shift(raw, offsets, t)
        per_seed.append(scores(p, y, lang, h.late))
        t_after, _ = fit_after(raw, y, t, offsets, None)
        t_news, _ = fit_after(raw, y, t, offsets, news_weights(y, lang))
        print(json.dumps({"seed": seed, "ece": per_seed[-1]["ece"], "logloss": per_seed[-1]["logloss"],
                          "after_temperature": round(t_after, 3), "after_news_temperature": round(t_news, 3)}),
              flush=True)
        if seed == seeds[0]:
            out.mkdir(parents=True, exist_ok=True)
            np.savez(out / "shipped.npz", y=y, lang=lang, shipped=p)
    first = per_seed[0]
    mean = {group: {k: round(float(np.mean([s[group][k] for s in per_seed])), 4) for k in first[group]}
            for group in ("ece", "ece_per_language", "logloss", "macro_f1")}
    print(json.dumps({"shipped": {"temperature": t, "offsets": offsets}, "seeds": seeds, **mean,
                      "bins_first_seed": first["bins"]}), flush=True)


def diagram(out: Path, png: Path) -> None:
    """Reliability diagram of the shipped rule's out-of-fold probabilities (first seed): English reweighted to
    the news mix, and all six languages as labelled."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    d = np.load(out / "shipped.npz")
    y, lang = d["y"], d["lang"]
    en = lang == "en"
    panels = (("English, news mix 0.25/0.65/0.10", en, mix_weights(y[en])),
              ("all six languages, as labelled", np.ones(len(y), dtype=bool), None))
    fig, axes = plt.subplots(1, 2, figsize=(7.2, 3.4), dpi=100, sharey=True)
    for ax, (title, m, w) in zip(axes, panels, strict=True):
        ax.plot([1 / 3, 1], [1 / 3, 1], color="0.6", lw=1, ls="--")
        for c, label, colour in (("shipped", "shipped rule (T 0.9, satire -0.5)", "tab:blue"),):
            rel = genre_reliability(d[c][m], y[m], bins=10, weights=w)
            conf = [b["confidence"] for b in rel["bins"]]
            acc = [b["accuracy"] for b in rel["bins"]]
            size = [8 + 2 * b["articles"] ** 0.5 for b in rel["bins"]]
            ax.plot(conf, acc, color=colour, lw=1)
            ax.scatter(conf, acc, s=size, color=colour, label=f"{label}, ECE {rel['ece']:.3f}")
        ax.set_title(title, fontsize=9)
        ax.set_xlabel("top genre probability (bin mean)", fontsize=8)
        ax.set_xlim(0.3, 1.0)
        ax.set_ylim(0.0, 1.03)
        ax.legend(fontsize=6.5, loc="lower right")
        ax.tick_params(labelsize=7)
    axes[0].set_ylabel("share correct", fontsize=8)
    fig.suptitle("Genre reliability, 5-fold out-of-fold over six languages (10 bins; dot area ~ articles)",
                 fontsize=9)
    fig.tight_layout()
    png.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(png)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("step", choices=("nested", "shipped", "diagram"))
    parser.add_argument("--work", type=Path, default=Path("/tmp/genre13"), help="genre12 feature cache")
    parser.add_argument("--out", type=Path, default=Path("/tmp/genre13/out"))
    parser.add_argument("--seeds", type=int, nargs="+", default=[7, 8, 9])
    parser.add_argument("--config", type=Path, default=Path("src/spinscope/resources/models/genre/config.json"))
    parser.add_argument("--png", type=Path, default=Path("docs/genre_reliability.png"))
    args = parser.parse_args()
    if args.step == "nested":
        run_nested(Harness(args.work), args.seeds, args.out)
    elif args.step == "shipped":
        run_shipped(Harness(args.work), [s + 6 for s in args.seeds], args.out, args.config)
    else:
        diagram(args.out, args.png)


if __name__ == "__main__":
    main()
