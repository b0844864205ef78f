"""Round-11 technique (ST3) experiment: a head per language blended with the pooled head (docs/EVALUATION.md,
"Multilingual, round 11").

For each outer fold (the folds of scripts/ml10/st3.py) and each language of fr/de/it/pl/ru, one more technique head
(recipe paragraph+mean, C from --cs) is fitted on that language's rows of the other four folds only; the paragraph's
probability is then ``a * pooled + (1 - a) * own``. The weight ``a`` (per language, from 1 = pooled only down to 0)
and C, with one threshold or a threshold per language, are chosen for outer fold f on the cross-fitted
probabilities of the other folds' rows and applied to fold f (the same small leak as rounds 9-10).

    python scripts/ml11/st3_blend.py --probs /tmp/ml10/probs_r10.npz --own /tmp/ml11/own.npz [--cs 0.001,0.01]
        [--json OUT]
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
from st3 import rows_of

from spinscope.training.data import TECHNIQUES
from spinscope.training.multilingual import THRESHOLD_GRID, fit_multilabel, sigmoid

LANGS = ("fr", "de", "it", "pl", "ru")
GRID = np.array(THRESHOLD_GRID)
WEIGHTS = (1.0, 0.75, 0.5, 0.25, 0.0)
CS = tuple(float(c) for c in (arg("--cs") or "0.001,0.01").split(","))


def own_probs(groups: list[str], numbers: list[int]) -> dict[float, np.ndarray]:
    path = Path(arg("--own") or "/tmp/ml11/own.npz")
    if path.is_file():
        d = np.load(path)
        return {c: d[f"c{c}"] for c in CS}
    items = load_items(None, arg("--store") or "/tmp/ml10/items23.pkl")
    x, y, g, langs, nums = rows_of([it for it in items if it.paragraphs], "paragraph+mean")
    assert g == groups and list(nums) == list(numbers), "rows differ from the probabilities' rows"
    outer = outer_folds(g)
    out = {c: np.zeros(y.shape) for c in CS}
    for f in range(5):
        t0 = time.time()
        for la in LANGS:
            tr, te = (langs == la) & (outer != f), (langs == la) & (outer == f)
            for c in CS:
                m = fit_multilabel(x[tr], y[tr].astype(int), c)
                out[c][te] = sigmoid(x[te] @ m.weight.T + m.bias)
        print(f"  own heads, outer fold {f} [{time.time() - t0:.0f}s]", file=sys.stderr, flush=True)
    np.savez(path, **{f"c{c}": v for c, v in out.items()})
    return out


def f1(y: np.ndarray, pred: np.ndarray) -> float:
    tp = int((y & pred).sum())
    return 2 * tp / max(2 * tp + int((~y & pred).sum()) + int((y & ~pred).sum()), 1)


def best_t(y: np.ndarray, p: np.ndarray) -> tuple[float, float]:
    return max(((float(t), f1(y, p >= t)) for t in GRID), key=lambda z: (z[1], -z[0]))


def main() -> None:
    d = dict(np.load(arg("--probs") or "/tmp/ml10/probs_r10.npz", allow_pickle=False))
    pooled, y, groups, langs = d["probs"], d["y"].astype(bool), d["groups"].tolist(), d["langs"]
    own = own_probs(groups, d["numbers"].tolist())
    target = np.isin(langs, LANGS)
    outer = outer_folds(groups)
    outer[~target] = -1
    rules = ("global", "perlang", "blend", "blend+perlang", "own", "own+perlang")
    pred = {r: np.zeros_like(y) for r in rules}
    choices: dict[str, list[Any]] = {r: [] for r in rules}
    for f in range(5):
        tr, te = target & (outer != f), outer == f
        tg = best_t(y[tr], pooled[tr])[0]
        pred["global"][te] = pooled[te] >= tg
        th = {la: best_t(y[tr & (langs == la)], pooled[tr & (langs == la)])[0] for la in LANGS}
        pred["perlang"][te] = pooled[te] >= np.array([th[la] for la in langs[te]])[:, None]
        for rule, weights in (("blend", WEIGHTS), ("own", (0.0,))):
            # per language: C and weight by the language's micro-F1 at its own best threshold; then one threshold
            mix, pick = pooled.copy(), {}
            for la in LANGS:
                m = tr & (langs == la)
                best = max(((c, a, best_t(y[m], a * pooled[m] + (1 - a) * own[c][m])[1]) for c in CS for a in weights),
                           key=lambda z: (z[2], z[1]))
                pick[la] = best[:2]
                ml = langs == la
                mix[ml] = best[1] * pooled[ml] + (1 - best[1]) * own[best[0]][ml]
            t = best_t(y[tr], mix[tr])[0]
            pred[rule][te] = mix[te] >= t
            tl = {la: best_t(y[tr & (langs == la)], mix[tr & (langs == la)])[0] for la in LANGS}
            pred[f"{rule}+perlang"][te] = mix[te] >= np.array([tl[la] for la in langs[te]])[:, None]
            choices[rule].append({"pick": pick, "t": t})
            choices[f"{rule}+perlang"].append({"pick": pick, "t": tl})
        choices["global"].append(tg)
        choices["perlang"].append(th)
        print(f"  fold {f}: {choices['blend'][-1]}", file=sys.stderr, flush=True)
    out: dict[str, Any] = {}
    for r in rules:
        per = {}
        for la in LANGS:
            units: dict[str, list[tuple[set[str], set[str]]]] = {}
            for i in np.flatnonzero(langs == la):
                units.setdefault(groups[i], []).append(
                    ({TECHNIQUES[k] for k in np.flatnonzero(y[i])},
                     {TECHNIQUES[k] for k in np.flatnonzero(pred[r][i])}))
            u = list(units.values())
            lo, hi = bootstrap(u, micro_metric)
            per[la] = {"score": round(micro_metric(u), 4), "lo": round(lo, 3), "hi": round(hi, 3), "n": len(u)}
        out[r] = {"per_language": per, "mean": round(float(np.mean([per[la]["score"] for la in LANGS])), 4),
                  "choices": choices[r]}
        print(f"{r}: mean {out[r]['mean']:.3f} " + " ".join(
            f"{la} {per[la]['score']:.3f} [{per[la]['lo']:.2f}-{per[la]['hi']:.2f}]" for la in LANGS), flush=True)
    if arg("--json"):
        with open(arg("--json") or "", "w", encoding="utf-8") as fh:
            json.dump(out, fh, indent=1, default=float)


if __name__ == "__main__":
    main()
