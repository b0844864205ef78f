"""Round-22 technique (ST3) experiment (docs/EVALUATION.md, "Multilingual, round 22"): decision rules for Polish
on the cross-fitted probabilities of the committed recipe (scripts/ml19/st3_shape.py writes them: outer folds by
article over all fr/de/it/pl/ru articles, English always in training, C = 0.001), thresholds chosen for outer fold
f on the cross-fitted rows of the other folds:

- ``global``: one threshold (the committed rule);
- ``pl``: Polish gets its own threshold (chosen on the Polish training rows), every other language the global one;
- ``kept``: each language keeps its own threshold only where an inner nested check on the outer training part
  (5 folds by article: thresholds chosen on four fifths, micro-F1 pooled over the held-out fifths) beats the global
  threshold for that language; the others read the global one;
- ``perlang``: every language its own threshold (round 15's rejected rule, for reference).

Changes against ``global`` with the paired bootstrap of scripts/ml19/st3_shape.py (articles resampled within each
language, 2,000 draws).

    python scripts/ml22/st3_thresholds.py --store /tmp/ml22/items.pkl --probs /tmp/ml22/p8 [--outer-seed 8]
        [--alt restpl=/tmp/ml22/p_restpl_s8.npy] [--weighted 3] [--json OUT]

``--probs P`` reads ``P_paragraph_mean_langxp_pshape.npy``. ``--weighted W`` computes (or reads) the cross-fitted
probabilities of the same recipe with every Polish training row weighted W in the fit, and scores the rules on them
too (changes still against the unweighted ``global``). ``--alt NAME=FILE,...`` scores the rules on other
cross-fitted probabilities of the same rows (scripts/ml21/st3_rest.py's ``restpl``, say) likewise.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "ml9"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "ml19"))
from common import arg, load_items, outer_folds
from st3_shape import LANGS, paired, rows, score

from spinscope.training.multilingual import (
    LANGXP_COMPONENTS,
    best_threshold,
    folds_of,
    micro_f1,
    paragraph_projection,
    sigmoid,
)

RECIPE = "paragraph+mean+langxp+pshape"
C = 0.001


def fit_weighted(x: np.ndarray, y: np.ndarray, w: np.ndarray, c: float) -> tuple[np.ndarray, np.ndarray]:
    """training.multilingual.fit_multilabel with sample weights."""
    from sklearn.linear_model import LogisticRegression

    mu, sd = x.mean(axis=0), x.std(axis=0) + 1e-6
    z = (x - mu) / sd
    weight = np.zeros((y.shape[1], x.shape[1]))
    bias = np.full(y.shape[1], -30.0)
    for k in range(y.shape[1]):
        if 0 < y[:, k].sum() < len(y):
            lr = LogisticRegression(C=c, max_iter=2000).fit(z, y[:, k], sample_weight=w)
            weight[k] = lr.coef_[0] / sd
            bias[k] = lr.intercept_[0] - (weight[k] * mu).sum()
    return weight, bias


def own_wins(y: np.ndarray, probs: np.ndarray, langs: np.ndarray, groups: list[str], tr: np.ndarray, la: str) -> bool:
    """Inner nested check on the training rows ``tr``: the language's own threshold against the global one, both
    chosen on four fifths of the articles, micro-F1 of that language pooled over the held-out fifths."""
    inner = folds_of([g for g, t in zip(groups, tr, strict=True) if t])
    fold = np.full(len(y), -1)
    fold[tr] = inner
    pred_own, pred_glob, rows_ = [], [], []
    for g in range(5):
        fit, held = tr & (fold != g), tr & (fold == g) & (langs == la)
        if not held.any():
            continue
        t_glob = best_threshold(y[fit], probs[fit], micro_f1)[0]
        own = fit & (langs == la)
        t_own = best_threshold(y[own], probs[own], micro_f1)[0] if own.any() else t_glob
        pred_own.append(probs[held] >= t_own)
        pred_glob.append(probs[held] >= t_glob)
        rows_.append(y[held])
    yy = np.vstack(rows_)
    return micro_f1(yy, np.vstack(pred_own)) > micro_f1(yy, np.vstack(pred_glob))


def decide(probs: np.ndarray, y: np.ndarray, langs: np.ndarray, groups: list[str], outer: np.ndarray,
           rule: str, log: dict[str, Any]) -> np.ndarray:
    target = np.isin(langs, LANGS)
    pred = np.zeros_like(y)
    for f in range(5):
        tr, te = target & (outer != f), outer == f
        t_glob = best_threshold(y[tr], probs[tr], micro_f1)[0]
        th = {la: t_glob for la in LANGS}
        own_langs: list[str] = []
        if rule == "pl":
            own_langs = ["pl"]
        elif rule == "perlang":
            own_langs = list(LANGS)
        elif rule == "kept":
            own_langs = [la for la in LANGS if own_wins(y, probs, langs, groups, tr, la)]
        for la in own_langs:
            m = tr & (langs == la)
            th[la] = best_threshold(y[m], probs[m], micro_f1)[0]
        log.setdefault(rule, []).append({"global": t_glob, "own": own_langs, "thresholds": th})
        pred[te] = probs[te] >= np.array([th[la] for la in langs[te]])[:, None]
    return pred


def main() -> None:
    items = [it for it in load_items(None, arg("--store") or "/tmp/ml22/items.pkl") if it.paragraphs]
    proj = paragraph_projection(items, LANGXP_COMPONENTS)
    x, y, groups, langs = rows(items, RECIPE, proj)
    seed = int(arg("--outer-seed") or 8)
    outer = outer_folds(groups, seed)
    outer[~np.isin(langs, LANGS)] = -1
    prefix = arg("--probs") or "/tmp/ml22/p8"
    probs = np.load(f"{prefix}_{RECIPE.replace('+', '_')}.npy")
    sets = {"": probs}
    for spec in (arg("--alt") or "").split(","):
        if spec:
            name, path_ = spec.split("=")
            sets[name + " "] = np.load(path_)
    if arg("--weighted"):
        w_pl = float(arg("--weighted") or 1)
        path = Path(f"{prefix}_weighted{w_pl:g}.npy")
        if path.is_file():
            wprobs = np.load(path)
        else:
            wprobs = np.zeros(y.shape)
            w = np.where(langs == "pl", w_pl, 1.0)
            for f in range(5):
                t0 = time.time()
                weight, bias = fit_weighted(x[outer != f], y[outer != f].astype(int), w[outer != f], C)
                wprobs[outer == f] = sigmoid(x[outer == f] @ weight.T + bias)
                print(f"  weighted outer fold {f} [{time.time() - t0:.0f}s]", file=sys.stderr, flush=True)
            np.save(path, wprobs)
        sets[f"w{w_pl:g} "] = wprobs
    out: dict[str, Any] = {"seed": seed, "thresholds": {}}
    first = decide(probs, y, langs, groups, outer, "global", out["thresholds"])
    for name, p in sets.items():
        for rule in ("global", "pl", "kept", "perlang"):
            log: dict[str, Any] = {}
            pred = decide(p, y, langs, groups, outer, rule, log)
            out["thresholds"][name + rule] = log[rule]
            r = score(y, pred, groups, langs)
            r["paired"] = paired(y, first, pred, groups, langs)
            out[name + rule] = r
            print(f"{name}{rule} (seed {seed}): mean {r['mean']:.4f} " + " ".join(
                f"{la} {r['per_language'][la]['score']:.4f}" for la in LANGS), flush=True)
            print("  change: " + " ".join(f"{k} {v['change']:+.4f} [{v['lo']:+.4f},{v['hi']:+.4f}]"
                                          for k, v in r["paired"].items()), flush=True)
            print(f"  own thresholds: {[t['own'] for t in log[rule]]} pl {[t['thresholds']['pl'] for t in log[rule]]}"
                  f" global {[t['global'] for t in log[rule]]}", flush=True)
    if arg("--json"):
        Path(arg("--json") or "").write_text(json.dumps(out, indent=1, default=float), encoding="utf-8")


if __name__ == "__main__":
    main()
