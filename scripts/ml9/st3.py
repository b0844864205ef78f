"""Round-9 technique (ST3) experiments: nested 5-fold estimates by article over all fr/de/it/pl/ru articles with
labelled paragraphs (training and validation pooled, the outer folds of scripts/multilingual_round8.py; English
articles train in every fold, as in the training command). Probabilities are cross-fitted: for each outer fold the
head (one logistic regression per technique over [paragraph, lead], C fixed at the command's 0.001) is fitted on
the other four folds and predicts it. Every decision rule below is chosen, for outer fold f, on the cross-fitted
probabilities of the rows of the other folds (the five languages' rows; thresholds as the command chooses them)
and applied to fold f (the heads that produced those probabilities saw fold f's labels in training: a small
leak, in the threshold choice only; a full nested refit was 6 times the cost on the shared CPU):

- global: one threshold;
- command: the training command's rule (per-language thresholds only if they win its nested check);
- perlang: a threshold per language, always;
- prior A: each technique's logit shifted by A * (logit of its frequency in the language - logit of its frequency
  over all languages) (frequencies of the outer training part), then one threshold (A chosen inside among 0, 0.5,
  1, or fixed when given as prior0.5 / prior1);
- prior+perlang: the same shift, then a threshold per language.

    python scripts/ml9/st3.py [--recipe paragraph+lead|paragraph+mean] [--c 0.001] [--rules global,...] [--json OUT]
"""
from __future__ import annotations

import json
import sys
import time
from typing import Any

import numpy as np
from common import arg, load_items, outer_folds

from multilingual_round8 import bootstrap, micro_metric
from spinscope.components.multilingual import features
from spinscope.training.data import TECHNIQUES
from spinscope.training.multilingual import best_threshold, fit_multilabel, folds_of, micro_f1, sigmoid

C = float(arg("--c") or 0.001)
LANGS = ("fr", "de", "it", "pl", "ru")
ALPHAS = (0.0, 0.5, 1.0)


def rows_of(items: list[Any], recipe: str) -> tuple[np.ndarray, np.ndarray, list[str], np.ndarray, list[Any]]:
    xs, ys, gs, ls, keys = [], [], [], [], []
    for it in items:
        if not it.paragraphs:
            continue
        x = features(recipe, it.vectors)
        for number, row, labels in it.paragraphs:
            xs.append(x[row])
            ys.append([t in labels for t in TECHNIQUES])
            gs.append(f"{it.language}:{it.id}")
            ls.append(it.language)
            keys.append(number)
    return np.stack(xs), np.array(ys), gs, np.array(ls), keys


def logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-3, 1 - 1e-3)
    return np.log(p / (1 - p))


def shift_table(y: np.ndarray, langs: np.ndarray) -> dict[str, np.ndarray]:
    """Per language, logit(frequency in the language) - logit(frequency overall), per technique (add-one)."""
    overall = (y.sum(0) + 1) / (len(y) + 2)
    return {la: logit((y[langs == la].sum(0) + 1) / ((langs == la).sum() + 2)) - logit(overall)
            for la in set(langs.tolist())}


def shifted(p: np.ndarray, langs: np.ndarray, table: dict[str, np.ndarray], alpha: float) -> np.ndarray:
    if alpha == 0:
        return p
    z = logit(np.clip(p, 1e-6, 1 - 1e-6)) + alpha * np.stack([table.get(la, np.zeros(p.shape[1])) for la in langs])
    return sigmoid(z)


def thresholds(y: np.ndarray, p: np.ndarray, langs: np.ndarray, per_language: bool) -> dict[str, float]:
    t = best_threshold(y, p, micro_f1)[0]
    out = {la: t for la in set(langs.tolist())}
    if per_language:
        for la in set(langs.tolist()):
            m = langs == la
            out[la] = best_threshold(y[m], p[m], micro_f1)[0]
    return out


def command_rule(y: np.ndarray, p: np.ndarray, langs: np.ndarray, groups: list[str]) -> dict[str, float]:
    """The training command's rule (train_multilabel_head): per-language thresholds only if they win its nested
    check on the out-of-fold predictions."""
    folds = folds_of(groups)
    ng, nl = [], []
    for f in range(5):
        tr, te = folds != f, folds == f
        tg = best_threshold(y[tr], p[tr])[0]
        pred_l = np.zeros_like(p[te], dtype=bool)
        for la in set(langs.tolist()):
            mtr, mte = tr & (langs == la), langs[te] == la
            tl = best_threshold(y[mtr], p[mtr])[0] if mtr.any() else tg
            pred_l[mte] = p[te][mte] >= tl
        ng.append(micro_f1(y[te], p[te] >= tg))
        nl.append(micro_f1(y[te], pred_l))
    return thresholds(y, p, langs, float(np.mean(nl)) > float(np.mean(ng)))


def apply(p: np.ndarray, langs: np.ndarray, th: dict[str, float]) -> np.ndarray:
    return p >= np.array([th.get(la, 0.5) for la in langs])[:, None]


def main() -> None:
    recipe = arg("--recipe") or "paragraph+lead"
    items = load_items(arg("--caches"), arg("--store") or "/tmp/ml9/items23.pkl")
    x, y, groups, langs, numbers = rows_of([it for it in items if it.paragraphs], recipe)
    y = y.astype(bool)
    target = np.isin(langs, LANGS)
    print(f"rows {len(x)}: " + ", ".join(f"{la} {(langs == la).sum()}" for la in sorted(set(langs.tolist()))),
          file=sys.stderr, flush=True)
    outer = outer_folds(groups)
    outer[~target] = -1  # English trains in every fold, is never scored
    rules = (arg("--rules") or "global,command,perlang,prior,prior0.5,prior1,prior+perlang").split(",")
    pred = {r: np.zeros_like(y) for r in rules}
    choices: dict[str, list[Any]] = {r: [] for r in rules}
    fold_models: dict[str, np.ndarray] = {}
    # cross-fitted probabilities: one head per outer fold, fitted on the other four (English always trains);
    # every decision rule for outer fold f is then chosen on the cross-fitted probabilities of the other folds'
    # rows and applied to fold f
    probs = np.zeros(y.shape)
    # --train-store: the heads learn from the rows of another item store (e.g. round 8's vectors: the leads of the
    # training articles) and are scored on this store's rows, so that two training sets meet the same paragraphs
    if arg("--train-store"):
        xa_all, ya_all, ga_all, la_all, _ = rows_of([it for it in load_items(None, arg("--train-store") or "")
                                                     if it.paragraphs], recipe)
        oa = outer_folds(ga_all)
        oa[~np.isin(la_all, LANGS)] = -1
    else:
        xa_all, ya_all, oa = x, y, outer
    for f in range(5):
        t0 = time.time()
        a, b = oa != f, outer == f
        m = fit_multilabel(xa_all[a], ya_all[a].astype(int), C)
        probs[b] = sigmoid(x[b] @ m.weight.T + m.bias)
        fold_models[f"w{f}"], fold_models[f"b{f}"] = m.weight, m.bias
        print(f"  head for outer fold {f} [{time.time() - t0:.0f}s]", file=sys.stderr, flush=True)
    for f in range(5):
        tr, te = np.flatnonzero(target & (outer != f)), np.flatnonzero(outer == f)
        yt, gt, lt, oof, pt = y[tr], [groups[i] for i in tr], langs[tr], probs[tr], probs[te]
        table = shift_table(y[outer != f], langs[outer != f])
        for r in rules:
            if r in ("global", "perlang"):
                th = thresholds(yt, oof, lt, r == "perlang")
                pred[r][te] = apply(pt, langs[te], th)
                choices[r].append(th)
            elif r == "command":
                th = command_rule(yt, oof, lt, gt)
                pred[r][te] = apply(pt, langs[te], th)
                choices[r].append(th)
            else:
                alphas = {"prior0.5": (0.5,), "prior1": (1.0,)}.get(r, ALPHAS)
                best: tuple[float, float, dict[str, float]] = (0.0, -1.0, {})
                for al in alphas:
                    ps = shifted(oof, lt, table, al)
                    th = thresholds(yt, ps, lt, r == "prior+perlang")
                    s = micro_f1(yt, apply(ps, lt, th))
                    if s > best[1]:
                        best = (al, s, th)
                al, _, th = best
                pred[r][te] = apply(shifted(pt, langs[te], table, al), langs[te], th)
                choices[r].append({"alpha": al, "thresholds": th})
    out: dict[str, Any] = {}
    for r in rules:
        per = {}
        for la in LANGS:
            units: dict[str, list[tuple[set[str], set[str]]]] = {}
            for i in np.flatnonzero(langs == la):
                units.setdefault(groups[i], []).append(
                    ({TECHNIQUES[k] for k in np.flatnonzero(y[i])}, {TECHNIQUES[k] for k in np.flatnonzero(pred[r][i])}))
            u = list(units.values())
            lo, hi = bootstrap(u, micro_metric)
            per[la] = {"score": round(micro_metric(u), 4), "lo": round(lo, 3), "hi": round(hi, 3), "n": len(u),
                       "paragraphs": int((langs == la).sum())}
        out[r] = {"per_language": per, "mean": round(float(np.mean([per[la]["score"] for la in LANGS])), 4),
                  "choices": choices[r]}
        print(f"{r}: mean {out[r]['mean']:.3f} " + " ".join(
            f"{la} {per[la]['score']:.3f} [{per[la]['lo']:.2f}-{per[la]['hi']:.2f}]" for la in LANGS), flush=True)
    if arg("--models"):  # each outer fold's head, for the genre stacker (scripts/ml9/genre.py, block techn)
        np.savez(arg("--models") or "", **fold_models)
    if arg("--json"):
        with open(arg("--json") or "", "w", encoding="utf-8") as fh:
            json.dump(out, fh, indent=1, default=float)


if __name__ == "__main__":
    main()
