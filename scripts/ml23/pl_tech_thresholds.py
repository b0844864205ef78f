"""Round-23 Polish ST3 experiment (docs/EVALUATION.md, "Multilingual, round 23"; rule (P) of scripts/ml23/RULES.md):
per-technique thresholds for Polish, shrunk toward Polish's own threshold, the shrinkage chosen by an inner check,
on the cross-fitted probabilities of the committed recipe (scripts/ml21/st3_rest.py / scripts/ml19/st3_shape.py
write them; outer folds by article over all fr/de/it/pl/ru articles).

- ``B``: the committed rule (global threshold for fr/de/it/ru, Polish's own threshold t_pl);
- ``P``: Polish per-technique thresholds t_pl + lam * (t_k* - t_pl), lam chosen inside (inner 5-fold check by
  Polish article on the outer training part);
- ``P1``: the same with lam = 1 (for reference).

Polish change P - B averaged over the given outer draws with a paired bootstrap (Polish articles resampled, the same
resample in every draw, 2,000 draws).

    python scripts/ml23/pl_tech_thresholds.py --store /tmp/ml22/items.pkl \
        --draws 8=/tmp/ml22/p_base_s8.npy,9=/tmp/ml22/p_base_s9.npy,10=/tmp/ml22/p_base_s10.npy --json OUT
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
    folds_of,
    micro_f1,
    paragraph_projection,
)

RECIPE = "paragraph+mean+langxp+pshape"
LAMS = (0.0, 0.25, 0.5, 0.75, 1.0)
MIN_POSITIVES = 5
GRID = np.array(THRESHOLD_GRID)


def per_technique(y: np.ndarray, p: np.ndarray, t0: float) -> np.ndarray:
    """t_k*: for each column with >= MIN_POSITIVES positives, the grid threshold maximising micro-F1 when only that
    column moves (every other column at t0); t0 for the others."""
    base = p >= t0
    tp, fp, fn = (y & base).sum(), (~y & base).sum(), (y & ~base).sum()
    out = np.full(y.shape[1], t0)
    for k in range(y.shape[1]):
        if y[:, k].sum() < MIN_POSITIVES:
            continue
        pk = p[:, k][:, None] >= GRID[None, :]  # rows x grid
        yk = y[:, k][:, None]
        tpk, fpk, fnk = (yk & pk).sum(0), (~yk & pk).sum(0), (yk & ~pk).sum(0)
        t_ = tp - (y[:, k] & base[:, k]).sum() + tpk
        f_ = fp - (~y[:, k] & base[:, k]).sum() + fpk
        n_ = fn - (y[:, k] & ~base[:, k]).sum() + fnk
        f1 = 2 * t_ / np.maximum(2 * t_ + f_ + n_, 1)
        cur = 2 * tp / max(2 * tp + fp + fn, 1)
        j = int(np.argmax(f1))
        if f1[j] > cur + 1e-12:
            out[k] = GRID[j]
    return out


def fit_pl(y: np.ndarray, p: np.ndarray) -> tuple[float, np.ndarray]:
    t_pl = best_threshold(y, p, micro_f1)[0]
    return t_pl, per_technique(y, p, t_pl)


def choose_lam(y: np.ndarray, p: np.ndarray, groups: list[str]) -> tuple[float, dict[float, float]]:
    inner = folds_of(groups)
    preds = {lam: np.zeros_like(y) for lam in LAMS}
    for g in range(5):
        fit, held = inner != g, inner == g
        if not held.any():
            continue
        t_pl, tk = fit_pl(y[fit], p[fit])
        for lam in LAMS:
            preds[lam][held] = p[held] >= (t_pl + lam * (tk - t_pl))[None, :]
    scores = {lam: micro_f1(y, preds[lam]) for lam in LAMS}
    best = max(LAMS, key=lambda lam: (round(scores[lam], 10), -lam))
    return best, scores


def run_draw(probs: np.ndarray, y: np.ndarray, langs: np.ndarray, groups: list[str], seed: int,
             log: dict[str, Any]) -> dict[str, np.ndarray]:
    outer = outer_folds(groups, seed)
    outer[~np.isin(langs, LANGS)] = -1
    target = np.isin(langs, LANGS)
    out = {r: np.zeros_like(y) for r in ("B", "P", "P1")}
    for f in range(5):
        tr, te = target & (outer != f), outer == f
        t_glob = best_threshold(y[tr], probs[tr], micro_f1)[0]
        m = tr & (langs == "pl")
        t_pl, tk = fit_pl(y[m], probs[m])
        g_pl = [groups[i] for i in np.flatnonzero(m)]
        lam, scores = choose_lam(y[m], probs[m], g_pl)
        th_other = np.where(langs[te] == "pl", np.nan, t_glob)
        for rule, lam_r in (("B", 0.0), ("P", lam), ("P1", 1.0)):
            th = np.repeat(th_other[:, None], y.shape[1], axis=1)
            is_pl = langs[te] == "pl"
            th[is_pl] = (t_pl + lam_r * (tk - t_pl))[None, :]
            out[rule][te] = probs[te] >= th
        log.setdefault(seed, []).append({"global": t_glob, "pl": t_pl, "lam": lam,
                                         "inner": {str(k): round(v, 4) for k, v in scores.items()},
                                         "moved": {str(k): round(float(tk[k]), 3) for k in np.flatnonzero(tk != t_pl)}})
        print(f"draw {seed} fold {f}: global {t_glob} pl {t_pl} lam {lam} inner "
              f"{ {k: round(v, 4) for k, v in scores.items()} } moved {int((tk != t_pl).sum())}", flush=True)
    return out


def f1(c: np.ndarray) -> np.ndarray:
    return 2 * c[..., 0] / np.maximum(2 * c[..., 0] + c[..., 1] + c[..., 2], 1)


def main() -> None:
    items = [it for it in load_items(None, arg("--store") or "/tmp/ml22/items.pkl") if it.paragraphs]
    proj = paragraph_projection(items, LANGXP_COMPONENTS)
    _, y, groups, langs = rows(items, RECIPE, proj)
    draws = {int(k): np.load(v) for k, v in (d.split("=") for d in (arg("--draws") or "").split(","))}
    log: dict[str, Any] = {}
    preds = {seed: run_draw(p, y, langs, groups, seed, log) for seed, p in draws.items()}
    # other languages: identical predictions
    for pr in preds.values():
        other = np.isin(langs, LANGS) & (langs != "pl")
        assert (pr["P"][other] == pr["B"][other]).all() and (pr["P1"][other] == pr["B"][other]).all()
    rows_pl = np.flatnonzero(langs == "pl")
    summary: dict[str, Any] = {"log": log}
    rng = np.random.default_rng(0)
    n_art = len({groups[i] for i in rows_pl})
    idx = rng.integers(0, n_art, (2000, n_art))
    for rule in ("P", "P1"):
        per_draw, boots = {}, []
        for seed, pr in preds.items():
            cb, cn = article_counts(y, pr["B"], groups, rows_pl), article_counts(y, pr[rule], groups, rows_pl)
            per_draw[seed] = (float(f1(cb.sum(0))), float(f1(cn.sum(0))))
            boots.append(f1(cn[idx].sum(1)) - f1(cb[idx].sum(1)))
        d = np.mean(boots, axis=0)
        change = float(np.mean([v[1] - v[0] for v in per_draw.values()]))
        lo, hi = np.percentile(d, [2.5, 97.5])
        summary[rule] = {"per_draw": per_draw, "change": change, "lo": float(lo), "hi": float(hi)}
        print(f"{rule}: " + " ".join(f"draw {s} {b:.4f} -> {n:.4f}" for s, (b, n) in per_draw.items())
              + f" | pl mean change {change:+.4f} [{lo:+.4f}, {hi:+.4f}]", flush=True)
    if arg("--json"):
        Path(arg("--json") or "").write_text(json.dumps(summary, indent=1, default=float), encoding="utf-8")


if __name__ == "__main__":
    main()
