"""Round-24 Polish ST3 experiment (docs/EVALUATION.md, "Multilingual, round 24"; rule (P) of scripts/ml24/RULES.md):
a cap on the number of techniques per Polish paragraph, on the cross-fitted probabilities of the committed recipe
(scripts/ml21/st3_rest.py writes them; outer folds by article over all fr/de/it/pl/ru articles).

- ``B``: the committed rule (global threshold for fr/de/it/ru, Polish's own threshold t_pl);
- ``P``: for Polish rows the techniques with p >= t, at most the K highest; (t, K) chosen jointly on the Polish rows
  of the outer training part (t on THRESHOLD_GRID, K in 1, 2, 3; no cap, i.e. B, unless a cap scores higher there).

Polish change P - B averaged over the given outer draws with a paired bootstrap (Polish articles resampled, the same
resample in every draw, 2,000 draws). Round 23's script (scripts/ml23/pl_tech_thresholds.py) is the template.

    python scripts/ml24/pl_cap.py --store /tmp/ml24/items_st3.pkl \
        --draws 8=/tmp/ml24/p_base_s8.npy,9=/tmp/ml24/p_base_s9.npy,10=/tmp/ml24/p_base_s10.npy --json OUT
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "ml9"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "ml19"))
from common import arg, load_items, outer_folds
from st3_shape import LANGS, article_counts, rows

from spinscope.training.multilingual import (
    LANGXP_COMPONENTS,
    THRESHOLD_GRID,
    best_threshold,
    micro_f1,
    paragraph_projection,
)

RECIPE = "paragraph+mean+langxp+pshape"
CAPS = (1, 2, 3)
GRID = np.array(THRESHOLD_GRID)


def capped(p: np.ndarray, t: float, k: int | None) -> np.ndarray:
    """The techniques with p >= t, at most the k highest of each row (k None: no cap)."""
    pred = p >= t
    if k is not None:
        kth = -np.sort(-p, axis=1)[:, k - 1]
        pred &= p >= kth[:, None]
    return pred


def choose(y: np.ndarray, p: np.ndarray) -> tuple[float, int | None, dict[str, float]]:
    """(t, K) on these rows: B's own threshold unless a cap with some t scores strictly higher (ties: larger t)."""
    t_pl = best_threshold(y, p, micro_f1)[0]
    best = (micro_f1(y, p >= t_pl), t_pl, None)
    scores = {"none": round(best[0], 4)}
    for k in CAPS:
        top = max(((micro_f1(y, capped(p, float(t), k)), float(t)) for t in GRID[::-1]), key=lambda s: s[0])
        scores[str(k)] = round(top[0], 4)
        if top[0] > best[0] + 1e-12:
            best = (top[0], top[1], k)
    return best[1], best[2], scores


def run_draw(probs: np.ndarray, y: np.ndarray, langs: np.ndarray, groups: list[str], seed: int,
             log: dict[int, Any]) -> dict[str, np.ndarray]:
    outer = outer_folds(groups, seed)
    outer[~np.isin(langs, LANGS)] = -1
    target = np.isin(langs, LANGS)
    out = {r: np.zeros_like(y) for r in ("B", "P")}
    for f in range(5):
        tr, te = target & (outer != f), outer == f
        t_glob = best_threshold(y[tr], probs[tr], micro_f1)[0]
        m = tr & (langs == "pl")
        t_pl = best_threshold(y[m], probs[m], micro_f1)[0]
        t, k, scores = choose(y[m], probs[m])
        is_pl = langs[te] == "pl"
        for rule, (tt, kk) in (("B", (t_pl, None)), ("P", (t, k))):
            pred = probs[te] >= t_glob
            pred[is_pl] = capped(probs[te][is_pl], tt, kk)
            out[rule][te] = pred
        log.setdefault(seed, []).append({"global": t_glob, "pl": t_pl, "t": t, "K": k, "train": scores})
        print(f"draw {seed} fold {f}: global {t_glob} pl {t_pl} -> t {t} K {k} (training-part F1 {scores})",
              flush=True)
    return out


def f1(c: np.ndarray) -> np.ndarray:
    return 2 * c[..., 0] / np.maximum(2 * c[..., 0] + c[..., 1] + c[..., 2], 1)


def main() -> None:
    items = [it for it in load_items(None, arg("--store") or "/tmp/ml24/items_st3.pkl") if it.paragraphs]
    proj = paragraph_projection(items, LANGXP_COMPONENTS)
    _, y, groups, langs = rows(items, RECIPE, proj)
    draws = {int(k): np.load(v) for k, v in (d.split("=") for d in (arg("--draws") or "").split(","))}
    log: dict[int, Any] = {}
    preds = {seed: run_draw(p, y, langs, groups, seed, log) for seed, p in draws.items()}
    for pr in preds.values():  # other languages: identical predictions
        other = np.isin(langs, LANGS) & (langs != "pl")
        assert (pr["P"][other] == pr["B"][other]).all()
    rows_pl = np.flatnonzero(langs == "pl")
    rng = np.random.default_rng(0)
    n_art = len({groups[i] for i in rows_pl})
    idx = rng.integers(0, n_art, (2000, n_art))
    per_draw, boots = {}, []
    for seed, pr in preds.items():
        cb, cn = article_counts(y, pr["B"], groups, rows_pl), article_counts(y, pr["P"], groups, rows_pl)
        per_draw[seed] = (float(f1(cb.sum(0))), float(f1(cn.sum(0))))
        boots.append(f1(cn[idx].sum(1)) - f1(cb[idx].sum(1)))
    d = np.mean(boots, axis=0)
    change = float(np.mean([v[1] - v[0] for v in per_draw.values()]))
    lo, hi = np.percentile(d, [2.5, 97.5])
    print("P: " + " ".join(f"draw {s} {b:.4f} -> {n:.4f}" for s, (b, n) in per_draw.items())
          + f" | pl mean change {change:+.4f} [{lo:+.4f}, {hi:+.4f}]", flush=True)
    for seed, pr in preds.items():  # labels per Polish paragraph: gold, B, P
        print(f"draw {seed}: labels per Polish paragraph gold {y[rows_pl].sum(1).mean():.2f} "
              f"B {pr['B'][rows_pl].sum(1).mean():.2f} P {pr['P'][rows_pl].sum(1).mean():.2f}", flush=True)
    if arg("--json"):
        Path(arg("--json") or "").write_text(json.dumps({"per_draw": per_draw, "change": change, "lo": float(lo),
                                                         "hi": float(hi), "log": log}, indent=1, default=float),
                                             encoding="utf-8")


if __name__ == "__main__":
    main()
