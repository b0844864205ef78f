"""Round-11 technique (ST3) decision rules over cross-fitted probabilities (docs/EVALUATION.md, "Multilingual,
round 11").

Reads the cross-fitted technique probabilities of scripts/ml10/st3.py (--probs: one head per outer fold, C=0.001,
English always in training) and adds a *gate*: one more logistic regression on the same features (paragraph +
article mean) for "the paragraph carries at least one technique", cross-fitted with the same outer folds. About
half of the Polish paragraphs carry none (47%, against 19-37% in the other languages), and a threshold on each
technique's probability alone cannot tell an empty paragraph from one with several weak labels.

Rules (each chosen for outer fold f on the other folds' fr/de/it/pl/ru rows, applied to fold f; the same small leak
as rounds 9-10: the heads that produced those rows' probabilities saw fold f's labels):
- global / perlang: one technique threshold / one per language (rounds 9-10);
- gate: one technique threshold and one gate threshold, chosen jointly;
- gate+lang: one technique threshold, a gate threshold per language;
- perlang+gate: per language, both thresholds.

    python scripts/ml11/st3.py --probs /tmp/ml10/probs_r10.npz [--store /tmp/ml10/items23.pkl] [--extra X.npz]
        [--gate-probs /tmp/ml11/gate.npz] [--rules global,perlang,gate,gate+lang,perlang+gate] [--json OUT]
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
GATE_GRID = np.round(np.arange(0.0, 0.91, 0.05), 2)


def gate_probs(groups: list[str], numbers: list[int]) -> np.ndarray:
    path = Path(arg("--gate-probs") or "/tmp/ml11/gate.npz")
    if path.is_file():
        return np.load(path)["gate"]
    items = load_items(None, arg("--store") or "/tmp/ml10/items23.pkl")
    x, y, g, langs, nums = rows_of([it for it in items if it.paragraphs], arg("--recipe") or "paragraph+mean")
    if arg("--extra"):
        e = np.load(arg("--extra") or "")
        table = dict(zip(e["keys"].tolist(), e["x"], strict=True))
        x = np.hstack([x, np.stack([table[f"{a}:{n}"] for a, n in zip(g, nums, strict=True)])])
    assert g == groups and list(nums) == list(numbers), "rows differ from the probabilities' rows"
    outer = outer_folds(g)
    outer[~np.isin(langs, LANGS)] = -1
    anyy = y.any(1).astype(int)[:, None]
    out = np.zeros(len(x))
    for f in range(5):
        m = fit_multilabel(x[outer != f], anyy[outer != f], float(arg("--gate-c") or 0.001))
        out[outer == f] = sigmoid(x[outer == f] @ m.weight.T + m.bias)[:, 0]
    np.savez(path, gate=out)
    return out


def counts(y: np.ndarray, pred: np.ndarray) -> tuple[int, int, int]:
    return int((y & pred).sum()), int((~y & pred).sum()), int((y & ~pred).sum())


def f1(c: tuple[int, int, int]) -> float:
    return 2 * c[0] / max(2 * c[0] + c[1] + c[2], 1)


def best_pair(y: np.ndarray, p: np.ndarray, gate: np.ndarray, ts: np.ndarray | None = None) -> tuple[float, float]:
    """The (technique threshold, gate threshold) with the best micro-F1 on these rows (ties: the lower gate)."""
    best = (-1.0, 0.0, 0.0)
    for t in (GRID if ts is None else ts):
        above = p >= t
        for tg in GATE_GRID:
            s = f1(counts(y, above & (gate >= tg)[:, None]))
            if s > best[0] + 1e-12:
                best = (s, float(t), float(tg))
    return best[1], best[2]


def best_t(y: np.ndarray, p: np.ndarray) -> float:
    return float(max(GRID, key=lambda t: (f1(counts(y, p >= t)), -t)))


def main() -> None:
    d = dict(np.load(arg("--probs") or "/tmp/ml10/probs_r10.npz", allow_pickle=False))
    probs, y, groups, langs = d["probs"], d["y"].astype(bool), d["groups"].tolist(), d["langs"]
    numbers = d["numbers"].tolist()
    gate = gate_probs(groups, numbers)
    target = np.isin(langs, LANGS)
    outer = outer_folds(groups)
    outer[~target] = -1
    rules = (arg("--rules") or "global,perlang,gate,gate+lang,perlang+gate").split(",")
    pred = {r: np.zeros_like(y) for r in rules}
    choices: dict[str, list[Any]] = {r: [] for r in rules}
    for f in range(5):
        t0 = time.time()
        tr, te = np.flatnonzero(target & (outer != f)), np.flatnonzero(outer == f)
        yt, pt, gt, lt = y[tr], probs[tr], gate[tr], langs[tr]
        pe, ge, le = probs[te], gate[te], langs[te]
        tg = best_t(yt, pt)
        for r in rules:
            if r == "global":
                pred[r][te] = pe >= tg
                choices[r].append(tg)
            elif r == "perlang":
                th = {la: best_t(yt[lt == la], pt[lt == la]) for la in LANGS}
                pred[r][te] = pe >= np.array([th[la] for la in le])[:, None]
                choices[r].append(th)
            elif r == "gate":
                t, g = best_pair(yt, pt, gt)
                pred[r][te] = (pe >= t) & (ge >= g)[:, None]
                choices[r].append([t, g])
            elif r == "gate+lang":
                t, _ = best_pair(yt, pt, gt)
                gl = {la: best_pair(yt[lt == la], pt[lt == la], gt[lt == la], np.array([t]))[1] for la in LANGS}
                pred[r][te] = (pe >= t) & (ge >= np.array([gl[la] for la in le]))[:, None]
                choices[r].append([t, gl])
            elif r == "perlang+gate":
                both = {la: best_pair(yt[lt == la], pt[lt == la], gt[lt == la]) for la in LANGS}
                pred[r][te] = ((pe >= np.array([both[la][0] for la in le])[:, None])
                               & (ge >= np.array([both[la][1] for la in le]))[:, None])
                choices[r].append(both)
        print(f"  fold {f} [{time.time() - t0:.0f}s]", file=sys.stderr, flush=True)
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
            per[la] = {"score": round(micro_metric(u), 4), "lo": round(lo, 3), "hi": round(hi, 3), "n": len(u),
                       "paragraphs": int((langs == la).sum())}
        out[r] = {"per_language": per, "mean": round(float(np.mean([per[la]["score"] for la in LANGS])), 4),
                  "choices": choices[r]}
        print(f"{r}: mean {out[r]['mean']:.3f} " + " ".join(
            f"{la} {per[la]['score']:.3f} [{per[la]['lo']:.2f}-{per[la]['hi']:.2f}]" for la in LANGS), flush=True)
    if arg("--json"):
        with open(arg("--json") or "", "w", encoding="utf-8") as fh:
            json.dump(out, fh, indent=1, default=float)


if __name__ == "__main__":
    main()
