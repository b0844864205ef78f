"""Round-10 technique (ST3) experiments: the cross-fitted estimate of scripts/ml9/st3.py (same outer folds by
article, English always in training, one head per outer fold with C fixed at the command's 0.001) with more
decision rules, each chosen for outer fold f on the cross-fitted probabilities of the other folds' fr/de/it/pl/ru
rows and applied to fold f (the same small leak as round 9: the heads that produced those probabilities saw fold
f's labels in training):

- global: one threshold (the command's rule in every fold of round 9);
- perlang: a threshold per language;
- pertech: a threshold per technique, shared by all languages (coordinate ascent on the micro-F1 of those rows,
  two passes from the global threshold); pertechN: only techniques with at least N positive rows get their own;
- pertech+lang: pertech, then one additive offset per language on every technique's threshold;
- stack: label co-occurrence, a second-stage logistic regression per technique over the logits of all 46
  first-stage probabilities and the language one-hot (fitted on the other folds' rows; its threshold chosen on
  its own inner 3-fold out-of-fold predictions there);
- stacken: the same with the English tagger's paragraph scores (--stack-extra, scripts/ml10/en_tagger.py) as
  more inputs (logits);
- entagger: the English tagger's own paragraph probabilities (mean of head and max-word) alone, one threshold;
- top1: global threshold, and a paragraph with no technique above it gets its most probable one when that
  probability reaches a second threshold (chosen inside; equal to the first = off).

The cross-fitted probabilities are cached in --probs (npz) so that rules can be added without refitting.

    python scripts/ml10/st3.py --store /tmp/ml10/items23.pkl --caches A,B,C --probs /tmp/ml10/probs.npz \
        [--recipe paragraph+mean] [--rules global,perlang,...] [--extra FILE.npz] [--json OUT]

--weights balanced|sqrt: class weights per technique in the heads.
--train-store: train the heads on another store's rows (e.g. round 9's), score this store's rows.
--extra: extra feature columns per labelled paragraph (npz with keys 'keys' = 'lang:id:number' and 'x'), appended
to the head's features (e.g. the English technique tagger's paragraph scores).
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
from spinscope.training.multilingual import (
    THRESHOLD_GRID,
    best_threshold,
    fit_multilabel,
    folds_of,
    micro_f1,
    sigmoid,
)

C = float(arg("--c") or 0.001)
LANGS = ("fr", "de", "it", "pl", "ru")
GRID = np.array(THRESHOLD_GRID)


def cross_fitted(recipe: str) -> dict[str, Any]:
    path = Path(arg("--probs") or "/tmp/ml10/probs.npz")
    if path.is_file():
        d = dict(np.load(path, allow_pickle=False))
        return {"probs": d["probs"], "y": d["y"].astype(bool), "groups": d["groups"].tolist(),
                "langs": d["langs"], "numbers": d["numbers"].tolist()}
    items = load_items(arg("--caches"), arg("--store") or "/tmp/ml10/items23.pkl")
    x, y, groups, langs, numbers = rows_of([it for it in items if it.paragraphs], recipe)
    if arg("--extra"):
        e = np.load(arg("--extra") or "")
        table = {k: v for k, v in zip(e["keys"].tolist(), e["x"], strict=True)}
        keys = [f"{g}:{n}" for g, n in zip(groups, numbers, strict=True)]
        missing = sum(k not in table for k in keys)
        print(f"extra columns {e['x'].shape[1]}, rows without: {missing}", file=sys.stderr, flush=True)
        x = np.hstack([x, np.stack([table.get(k, np.zeros(e["x"].shape[1])) for k in keys])])
    y = y.astype(bool)
    print(f"rows {len(x)}: " + ", ".join(f"{la} {(langs == la).sum()}" for la in sorted(set(langs.tolist()))),
          file=sys.stderr, flush=True)
    outer = outer_folds(groups)
    outer[~np.isin(langs, LANGS)] = -1
    probs = np.zeros(y.shape)
    # --train-store: the heads learn from the rows of another item store (round 9's vectors) and score this
    # store's rows, so that two training sets meet the same paragraphs
    xa, ya, oa = x, y, outer
    if arg("--train-store"):
        xa, ya, ga, la_, _ = rows_of([it for it in load_items(None, arg("--train-store") or "") if it.paragraphs],
                                     recipe)
        ya = ya.astype(bool)
        oa = outer_folds(ga)
        oa[~np.isin(la_, LANGS)] = -1
    for f in range(5):
        t0 = time.time()
        m = (fit_weighted(xa[oa != f], ya[oa != f].astype(int), C, arg("--weights") or "")
             if arg("--weights") else fit_multilabel(xa[oa != f], ya[oa != f].astype(int), C))
        probs[outer == f] = sigmoid(x[outer == f] @ m.weight.T + m.bias)
        print(f"  head for outer fold {f} [{time.time() - t0:.0f}s]", file=sys.stderr, flush=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez(path, probs=probs, y=y, groups=np.array(groups), langs=langs, numbers=np.array(numbers))
    return {"probs": probs, "y": y, "groups": groups, "langs": langs, "numbers": numbers}


def fit_weighted(x: np.ndarray, y: np.ndarray, c: float, mode: str) -> Any:
    """fit_multilabel with class weights per technique: 'balanced' (n / (2 n_class)) or 'sqrt' (its square root)."""
    from sklearn.linear_model import LogisticRegression

    from spinscope.training.multilingual import Linear

    mu, sd = x.mean(axis=0), x.std(axis=0) + 1e-6
    z = (x - mu) / sd
    w = np.zeros((y.shape[1], x.shape[1]))
    b = np.full(y.shape[1], -30.0)
    for k in range(y.shape[1]):
        pos = int(y[:, k].sum())
        if 0 < pos < len(y):
            cw = {0: len(y) / (2 * (len(y) - pos)), 1: len(y) / (2 * pos)}
            if mode == "sqrt":
                cw = {key: float(np.sqrt(v)) for key, v in cw.items()}
            lr = LogisticRegression(C=c, max_iter=2000, class_weight=cw).fit(z, y[:, k])
            w[k] = lr.coef_[0] / sd
            b[k] = lr.intercept_[0] - (w[k] * mu).sum()
    return Linear(w.astype(np.float32), b.astype(np.float32))


def counts(y: np.ndarray, pred: np.ndarray) -> np.ndarray:
    """(tp, fp, fn) per technique."""
    return np.stack([(y & pred).sum(0), (~y & pred).sum(0), (y & ~pred).sum(0)], axis=1)


def f1_of(c: np.ndarray) -> float:
    tp, fp, fn = c.sum(0)
    return 2 * tp / max(2 * tp + fp + fn, 1)


def per_technique(y: np.ndarray, p: np.ndarray, start: float, min_pos: int = 0) -> np.ndarray:
    """Per-technique thresholds by coordinate ascent on micro-F1 (two passes, most frequent technique first);
    techniques with fewer than ``min_pos`` positive rows keep ``start``."""
    th = np.full(y.shape[1], start)
    base = counts(y, p >= th)
    order = np.argsort(-y.sum(0))
    for _ in range(2):
        for k in order:
            if y[:, k].sum() < max(min_pos, 1):
                continue
            pk = p[:, k][:, None] >= GRID[None, :]  # rows x grid
            yk = y[:, k][:, None]
            tp, fp, fn = (yk & pk).sum(0), (~yk & pk).sum(0), (yk & ~pk).sum(0)
            rest = base.sum(0) - base[k]
            f = 2 * (rest[0] + tp) / np.maximum(2 * (rest[0] + tp) + rest[1] + fp + rest[2] + fn, 1)
            j = int(np.argmax(f + 1e-9 * (th[k] == GRID)))  # ties keep the current threshold
            th[k] = GRID[j]
            base[k] = (tp[j], fp[j], fn[j])
    return th


def lang_offsets(y: np.ndarray, p: np.ndarray, langs: np.ndarray, th: np.ndarray) -> dict[str, float]:
    out = {}
    for la in set(langs.tolist()):
        m = langs == la
        best = max(np.arange(-0.1, 0.101, 0.025), key=lambda d: (micro_f1(y[m], p[m] >= th + d), -abs(d)))
        out[la] = float(best)
    return out


def logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-4, 1 - 1e-4)
    return np.asarray(np.log(p / (1 - p)))


def stack_x(p: np.ndarray, langs: np.ndarray, extra: np.ndarray | None = None) -> np.ndarray:
    blocks = [logit(p), np.stack([(langs == la).astype(float) for la in LANGS], axis=1)]
    if extra is not None:
        blocks.append(logit(extra))
    return np.hstack(blocks)


def fit_stack(x: np.ndarray, y: np.ndarray, c: float) -> Any:
    return fit_multilabel(x, y.astype(int), c)


def stack_rule(yt: np.ndarray, pt_: np.ndarray, lt: np.ndarray, gt: list[str], pe: np.ndarray, le: np.ndarray,
               c: float, et: np.ndarray | None = None, ee: np.ndarray | None = None) -> tuple[np.ndarray, float]:
    xt, xe = stack_x(pt_, lt, et), stack_x(pe, le, ee)
    inner = folds_of(gt, k=3)
    oof = np.zeros(yt.shape)
    for k in range(3):
        m = fit_stack(xt[inner != k], yt[inner != k], c)
        oof[inner == k] = sigmoid(xt[inner == k] @ m.weight.T + m.bias)
    t = best_threshold(yt, oof, micro_f1)[0]
    m = fit_stack(xt, yt, c)
    return sigmoid(xe @ m.weight.T + m.bias) >= t, t


def top1(p: np.ndarray, t: float, t2: float) -> np.ndarray:
    pred = p >= t
    empty = ~pred.any(1)
    k = p.argmax(1)
    rows = np.flatnonzero(empty & (p.max(1) >= t2))
    pred[rows, k[rows]] = True
    return pred


def main() -> None:
    d = cross_fitted(arg("--recipe") or "paragraph+mean")
    probs, y, groups, langs = d["probs"], d["y"], d["groups"], d["langs"]
    target = np.isin(langs, LANGS)
    outer = outer_folds(groups)
    outer[~target] = -1
    extra = None
    if arg("--stack-extra"):  # e.g. the English tagger's paragraph scores (scripts/ml10/en_tagger.py)
        e = np.load(arg("--stack-extra") or "")
        table = dict(zip(e["keys"].tolist(), e["x"], strict=True))
        keys = [f"{g}:{n}" for g, n in zip(groups, d["numbers"], strict=True)]
        print(f"stack extra: {sum(k in table for k in keys)} of {int(target.sum())} target rows", file=sys.stderr)
        extra = np.stack([table.get(k, np.full(e["x"].shape[1], 1e-3)) for k in keys])
    rules = (arg("--rules") or "global,perlang,pertech,pertech50,pertech+lang,stack,top1").split(",")
    pred = {r: np.zeros_like(y) for r in rules}
    choices: dict[str, list[Any]] = {r: [] for r in rules}
    for f in range(5):
        tr, te = np.flatnonzero(target & (outer != f)), np.flatnonzero(outer == f)
        yt, lt, pt_, pe, le = y[tr], langs[tr], probs[tr], probs[te], langs[te]
        tg = best_threshold(yt, pt_, micro_f1)[0]
        for r in rules:
            t0 = time.time()
            if r == "global":
                pred[r][te] = pe >= tg
                choices[r].append(tg)
            elif r == "perlang":
                th = {la: best_threshold(yt[lt == la], pt_[lt == la], micro_f1)[0] for la in LANGS}
                pred[r][te] = pe >= np.array([th[la] for la in le])[:, None]
                choices[r].append(th)
            elif r.startswith("pertech"):
                min_pos = int(r[7:].split("+")[0] or 0)
                th = per_technique(yt, pt_, tg, min_pos)
                if r.endswith("+lang"):
                    off = lang_offsets(yt, pt_, lt, th)
                    pred[r][te] = pe >= th[None, :] + np.array([off[la] for la in le])[:, None]
                    choices[r].append({"offsets": off})
                else:
                    pred[r][te] = pe >= th[None, :]
                    choices[r].append({"changed": int((th != tg).sum())})
            elif r.startswith("stack"):
                use = r.startswith("stacken")
                c = float(r[7 if use else 5:] or 0.1)
                assert extra is not None or not use, "stacken needs --stack-extra"
                pred[r][te], t = stack_rule(yt, pt_, lt, [groups[i] for i in tr], pe, le, c,
                                            extra[tr] if use and extra is not None else None,
                                            extra[te] if use and extra is not None else None)
                choices[r].append(t)
            elif r == "entagger":  # the English tagger alone: mean of its head and max-word probabilities
                assert extra is not None, "entagger needs --stack-extra"
                n = len(TECHNIQUES)
                et, ee = (extra[tr][:, :n] + extra[tr][:, n:]) / 2, (extra[te][:, :n] + extra[te][:, n:]) / 2
                t = best_threshold(yt, et, micro_f1)[0]
                pred[r][te] = ee >= t
                choices[r].append(t)
            elif r == "top1":
                best = max(((t2, micro_f1(yt, top1(pt_, tg, t2))) for t2 in GRID if t2 <= tg),
                           key=lambda z: (z[1], z[0]))
                pred[r][te] = top1(pe, tg, best[0])
                choices[r].append(best[0])
            print(f"  fold {f} {r} [{time.time() - t0:.0f}s]", file=sys.stderr, flush=True)
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
    if arg("--json"):
        with open(arg("--json") or "", "w", encoding="utf-8") as fh:
            json.dump(out, fh, indent=1, default=float)


if __name__ == "__main__":
    main()
