"""Round-25 Polish ST3 experiment, rule (Q) of scripts/ml25/RULES.md: the committed (shared) head's probability
blended with a head fitted on the Polish rows alone, on the cross-fitted probabilities of the committed recipe
(scripts/ml21/st3_rest.py writes them).

- ``B``: the committed rule (Polish's own threshold on the shared head);
- ``Q``: p' = (1 - a) p_shared + a p_pl; (C, a, t) chosen jointly on the Polish rows of the outer training part
  (a = 0, i.e. B, unless a blend scores strictly higher there; ties to the smaller a). p_pl of a training-part row in
  fold g: a Polish head fitted on the Polish rows of the folds other than g and f; of a test-fold row: one fitted on
  every Polish training-part row.

    python scripts/ml25/pl_own.py --store /tmp/ml25/items_st3.pkl \
        --draws 8=/tmp/ml25/p_base_s8.npy,9=/tmp/ml25/p_base_s9.npy,10=/tmp/ml25/p_base_s10.npy [--json OUT]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "ml9"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "ml19"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import arg, load_items, outer_folds
from pl_knn import RECIPE, pooled
from st3_shape import LANGS, rows

from spinscope.training.multilingual import (
    LANGXP_COMPONENTS,
    best_threshold,
    fit_multilabel,
    micro_f1,
    paragraph_projection,
    sigmoid,
)

CS = (0.001, 0.003, 0.01)
ALPHAS = (0.0, 0.25, 0.5, 0.75, 1.0)


def polish_probs(x: np.ndarray, y: np.ndarray, fit: np.ndarray, at: np.ndarray, c: float) -> np.ndarray:
    m = fit_multilabel(x[fit], y[fit].astype(int), c)
    return sigmoid(x[at] @ m.weight.T + m.bias)


def run_draw(probs: np.ndarray, x: np.ndarray, y: np.ndarray, groups: list[str], langs: np.ndarray, seed: int,
             log: list[Any]) -> tuple[np.ndarray, np.ndarray]:
    outer = outer_folds(groups, seed)
    rows_l = np.flatnonzero(langs == "pl")
    xl, yl, pl_, fold = x[rows_l], y[rows_l], probs[rows_l], outer[rows_l]
    keep = xl.std(0) > 0  # the other languages' slots are zero on Polish rows
    xl = xl[:, keep]
    base, new = np.zeros_like(yl), np.zeros_like(yl)
    for f in range(5):
        tr, te = fold != f, fold == f
        t_own = best_threshold(yl[tr], pl_[tr], micro_f1)[0]
        best = (micro_f1(yl[tr], pl_[tr] >= t_own), 0.0, CS[0], t_own)
        scores = {"a0": round(best[0], 4)}
        for c in CS:
            inner = np.zeros((int(tr.sum()), y.shape[1]))
            idx = np.flatnonzero(tr)
            for g in sorted(set(fold[tr].tolist())):
                rg = fold[idx] == g
                inner[rg] = polish_probs(xl, yl, tr & (fold != g), idx[rg], c)
            for a in ALPHAS[1:]:
                t, s = best_threshold(yl[tr], (1 - a) * pl_[tr] + a * inner, micro_f1)
                scores[f"C{c}a{a}"] = round(s, 4)
                if s > best[0] + 1e-12:
                    best = (s, a, c, t)
        _, a, c, t = best
        base[te] = pl_[te] >= t_own
        if a == 0.0:
            new[te] = pl_[te] >= t_own
        else:
            own = polish_probs(xl, yl, tr, np.flatnonzero(te), c)
            new[te] = (1 - a) * pl_[te] + a * own >= t
        log.append({"draw": seed, "fold": f, "a": a, "C": c, "t": t, "t_base": t_own, "train": scores})
        print(f"draw {seed} fold {f}: a {a} C {c} t {t} (base t {t_own}; training-part a0 {scores['a0']} "
              f"best {max(scores.values())})", flush=True)
    return base, new


def main() -> None:
    items = [it for it in load_items(None, arg("--store") or "/tmp/ml25/items_st3.pkl") if it.paragraphs]
    proj = paragraph_projection(items, LANGXP_COMPONENTS)
    x, y, groups, langs = rows(items, RECIPE, proj)
    assert "pl" in LANGS
    draws = {int(k): np.load(v) for k, v in (d.split("=") for d in (arg("--draws") or "").split(","))}
    log: list[Any] = []
    preds = {seed: run_draw(p, x, y, groups, langs, seed, log) for seed, p in draws.items()}
    r = pooled(y, groups, np.flatnonzero(langs == "pl"), preds)
    r["log"] = log
    print("pl: " + " ".join(f"draw {s} {b:.4f} -> {n:.4f}" for s, (b, n) in r["per_draw"].items())
          + f" | mean change {r['change']:+.4f} [{r['lo']:+.4f}, {r['hi']:+.4f}] (DECIDING)", flush=True)
    if arg("--json"):
        Path(arg("--json") or "").write_text(json.dumps(r, indent=1, default=float), encoding="utf-8")


if __name__ == "__main__":
    main()
