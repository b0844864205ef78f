"""Round-26 Polish ST3 experiment (docs/EVALUATION.md, "Languages, round 26"; scripts/ml26/RULE.md): the
neighbouring paragraphs' vectors appended to the committed recipe ``paragraph+mean+langxp+pshape``.

- ``pctx`` (X): the mean of the vectors of rows i-1 and i+1 that exist (zeros for a one-row article);
- ``pctx2`` (XS): the two vectors separately (zeros where a row does not exist).

Cross-fitted probabilities as scripts/ml21/st3_rest.py (5 outer folds by article over all fr/de/it/pl/ru articles,
English always in training, C = 0.001), cached as ``PROBS_VARIANT_sSEED.npy``; B = round 25's probabilities of the
committed recipe. Decision rule for every procedure: one global threshold for fr/de/it/ru and Polish's own, both
chosen on outer fold f's training part. Per-language change averaged over the draws, paired bootstrap over each
language's articles (the same resample in every draw, 2,000 draws).

    python scripts/ml26/st3_ctx.py --store /tmp/ml25/items_st3.pkl --base 8=/tmp/ml25/p_base_s8.npy,... \
        --probs /tmp/ml26/p --variants pctx,pctx2 [--json OUT]
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
from st3_shape import LANGS, article_counts, cross_fitted

from spinscope.components.multilingual import features
from spinscope.training.data import TECHNIQUES
from spinscope.training.multilingual import LANGXP_COMPONENTS, best_threshold, micro_f1, paragraph_projection

RECIPE = "paragraph+mean+langxp+pshape"


def neighbours(p: np.ndarray, variant: str) -> np.ndarray:
    """The context block of an article's paragraph rows ``p`` (n, d), in article order."""
    n, d = p.shape
    prev = np.vstack([np.zeros((1, d), p.dtype), p[:-1]]) if n else p
    nxt = np.vstack([p[1:], np.zeros((1, d), p.dtype)]) if n else p
    if variant == "pctx2":
        return np.hstack([prev, nxt])
    if variant != "pctx":
        raise ValueError(f"unknown variant {variant!r}")
    count = np.full((n, 1), 2.0, dtype=p.dtype)
    if n:
        count[0] -= 1
        count[-1] -= 1
    return np.asarray((prev + nxt) / np.maximum(count, 1), dtype=p.dtype)


def rows(items: list[Any], variant: str | None, proj: Any) -> tuple[np.ndarray, np.ndarray, list[str], np.ndarray]:
    xs, ys, gs, ls = [], [], [], []
    for it in items:
        x = features(RECIPE, it.vectors, proj)
        if variant:
            x = np.hstack([x, neighbours(it.vectors.paragraphs, variant)])
        for _, row, labels in it.paragraphs:
            xs.append(x[row])
            ys.append([t in labels for t in TECHNIQUES])
            gs.append(f"{it.language}:{it.id}")
            ls.append(it.language)
    return np.stack(xs), np.array(ys, dtype=bool), gs, np.array(ls)


def committed_rule(probs: np.ndarray, y: np.ndarray, langs: np.ndarray, outer: np.ndarray
                   ) -> tuple[np.ndarray, list[dict[str, float]]]:
    """Global threshold for fr/de/it/ru, Polish's own, chosen on each outer fold's training part; with the tuned
    (training-part) micro-F1 per language."""
    target = np.isin(langs, LANGS)
    pred = np.zeros_like(y)
    log = []
    for f in range(5):
        tr, te = target & (outer != f), outer == f
        t_glob = best_threshold(y[tr], probs[tr], micro_f1)[0]
        m = tr & (langs == "pl")
        t_pl = best_threshold(y[m], probs[m], micro_f1)[0]
        th = np.where(langs == "pl", t_pl, t_glob)[:, None]
        pred[te] = probs[te] >= th[te]
        tuned = {la: micro_f1(y[tr & (langs == la)], probs[tr & (langs == la)] >= th[tr & (langs == la)])
                 for la in LANGS}
        log.append({"global": t_glob, "pl": t_pl, **{f"tuned_{la}": round(v, 4) for la, v in tuned.items()}})
    return pred, log


def f1(c: np.ndarray) -> np.ndarray:
    return np.asarray(2 * c[..., 0] / np.maximum(2 * c[..., 0] + c[..., 1] + c[..., 2], 1))


def main() -> None:
    items = [it for it in load_items(None, arg("--store") or "/tmp/ml25/items_st3.pkl") if it.paragraphs]
    proj = paragraph_projection(items, LANGXP_COMPONENTS)
    _, y, groups, langs = rows(items, None, proj)
    base = {int(k): np.load(v) for k, v in (d.split("=") for d in (arg("--base") or "").split(","))}
    prefix = arg("--probs") or "/tmp/ml26/p"
    Path(prefix).parent.mkdir(parents=True, exist_ok=True)
    variants = [v for v in (arg("--variants") or "pctx,pctx2").split(",") if v and v != "none"]
    rng = np.random.default_rng(0)
    rows_of = {la: np.flatnonzero(langs == la) for la in LANGS}
    n_art = {la: len({groups[i] for i in r}) for la, r in rows_of.items()}
    idx = {la: rng.integers(0, n_art[la], (2000, n_art[la])) for la in LANGS}
    preds: dict[str, dict[int, np.ndarray]] = {"B": {}}
    logs: dict[str, dict[int, Any]] = {"B": {}}
    for seed, p in base.items():
        outer = outer_folds(groups, seed)
        outer[~np.isin(langs, LANGS)] = -1
        preds["B"][seed], logs["B"][seed] = committed_rule(p, y, langs, outer)
    for v in variants:
        x, y2, groups2, _ = rows(items, v, proj)
        assert (y2 == y).all() and groups2 == groups
        preds[v], logs[v] = {}, {}
        for seed in base:
            outer = outer_folds(groups, seed)
            outer[~np.isin(langs, LANGS)] = -1
            path = Path(f"{prefix}_{v}_s{seed}.npy")
            if path.is_file():
                probs = np.load(path)
            else:
                print(f"{v} draw {seed}: fitting ({x.shape[1]} columns)", file=sys.stderr, flush=True)
                probs = cross_fitted(x, y, outer)
                np.save(path, probs)
            preds[v][seed], logs[v][seed] = committed_rule(probs, y, langs, outer)
    out: dict[str, Any] = {"per_draw": {}, "change": {}, "tuned": {}, "thresholds": logs}
    for name in ["B", *variants]:
        out["per_draw"][name] = {str(s): {la: round(float(f1(article_counts(y, pr, groups, rows_of[la]).sum(0))), 4)
                                          for la in LANGS} for s, pr in preds[name].items()}
        out["tuned"][name] = {la: round(float(np.mean([g[f"tuned_{la}"] for lg in logs[name].values() for g in lg])),
                                        4) for la in LANGS}
        print(f"{name}: " + " | ".join(f"draw {s} " + " ".join(f"{la} {v:.4f}" for la, v in d.items())
                                      for s, d in out["per_draw"][name].items()), flush=True)
        print(f"{name} tuned (training parts, mean of 15): "
              + " ".join(f"{la} {v:.4f}" for la, v in out["tuned"][name].items()), flush=True)
    for v in variants:
        res: dict[str, Any] = {}
        lang_boots = []
        for la in LANGS:
            boots, changes = [], []
            for seed in base:
                cb = article_counts(y, preds["B"][seed], groups, rows_of[la])
                cn = article_counts(y, preds[v][seed], groups, rows_of[la])
                changes.append(float(f1(cn.sum(0)) - f1(cb.sum(0))))
                boots.append(f1(cn[idx[la]].sum(1)) - f1(cb[idx[la]].sum(1)))
            d = np.mean(boots, axis=0)
            lang_boots.append(d)
            lo, hi = np.percentile(d, [2.5, 97.5])
            res[la] = {"change": round(float(np.mean(changes)), 4), "lo": round(float(lo), 4),
                       "hi": round(float(hi), 4)}
        m = np.mean(lang_boots, axis=0)
        lo, hi = np.percentile(m, [2.5, 97.5])
        res["mean"] = {"change": round(float(np.mean([res[la]["change"] for la in LANGS])), 4),
                       "lo": round(float(lo), 4), "hi": round(float(hi), 4)}
        res["adopt"] = bool(res["pl"]["lo"] > 0 and res["mean"]["change"] >= 0
                            and all(res[la]["change"] >= -0.005 for la in LANGS if la != "pl"))
        out["change"][v] = res
        print(f"{v} - B, mean over draws [paired 95%]: " + " ".join(
            f"{k} {r['change']:+.4f} [{r['lo']:+.4f}, {r['hi']:+.4f}]" for k, r in res.items() if k != "adopt")
            + f" | adopt: {res['adopt']}", flush=True)
    if arg("--json"):
        Path(arg("--json") or "").write_text(json.dumps(out, indent=1, default=float), encoding="utf-8")


if __name__ == "__main__":
    main()
