"""Round-11 genre experiments: choices made per language inside the nested folds (docs/EVALUATION.md,
"Multilingual, round 11").

The nested estimate of scripts/ml10/genre.py (5 outer folds by article over all fr/de/it/pl/ru articles, outer
seed 8; in each outer training part C chosen on inner out-of-fold predictions over three fold draws by the mean over
languages of each language's macro-F1, as ``train_genre_head`` chooses it), with these procedures scored on the
outer folds:

- ``ms``, ``msx``: the recipes ``mean+style`` and ``mean+style+stylexl`` alone;
- ``auto``: the one of the two with the higher inner mean (the training command of round 10: committed);
- ``route``: for each language, the recipe with the higher inner macro-F1 *of that language* (both heads fitted,
  each language read by its own choice);
- ``subset``: one head whose ``stylexl`` has slots only for the languages where ``msx`` won the inner choice of
  that language (``mean+style+stylexl_fr+...``; C chosen again inside for that recipe);
- ``route+off``: per language, among the two recipes with or without class offsets (reporting, satire) for that
  language; the offsets' inner score is itself cross-fitted (chosen on four fifths of the inner articles, applied
  to the fifth), so offsets are kept only where they help out of sample;
- ``auto+off``: ``auto``, then each language's offsets kept only where that cross-fitted check says so.

    python scripts/ml11/genre.py [--recipes ms=mean+style,msx=mean+style+stylexl,...] [--store /tmp/ml10/items23.pkl]
        [--json OUT]

Blocks beyond scripts/ml10/genre.py's: ``stylexl_<lang>`` (one language's slot of ``stylexl``), ``langoh`` (the
language one-hot) and ``meanxlK`` (the mean vector's first K principal components over the articles, no labels, in
the slot of the article's language; ``--pca-inside`` fits the components on each outer training part only). Recipes take the suffixes ":en" (the English articles added to every training part; scored never)
and ":langbal" (class weights balanced within each language; scripts/ml10/genre.py).
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "ml9"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
_spec = importlib.util.spec_from_file_location("genre10", Path(__file__).resolve().parent.parent / "ml10" / "genre.py")
assert _spec is not None and _spec.loader is not None
g10 = importlib.util.module_from_spec(_spec)  # scripts/ml10/genre.py
_spec.loader.exec_module(g10)
from common import arg, load_items, outer_folds
from multilingual_round8 import bootstrap, st1_metric

from spinscope.training.data import GENRES
from spinscope.training.multilingual import GENRE_FOLD_SEEDS, folds_of, softmax

LANGS = g10.LANGS
C_GRID = g10.C_GRID
OFFSETS = g10.OFFSETS
#: every (0, reporting, satire) offset pair of the grid
PAIRS = np.array([[0.0, a, b] for a in OFFSETS for b in OFFSETS])
#: cheapest first (ties keep the smallest total offset)
PAIRS = PAIRS[np.argsort(np.abs(PAIRS).sum(1), kind="stable")]


_PCA: dict[int, tuple[np.ndarray, np.ndarray]] = {}


def set_mean_pca(items: list[Any], k: int) -> None:
    """Centre and first k principal components of the articles' mean vectors (no labels read)."""
    v = np.stack([it.vectors.mean for it in items]).astype(np.float64)
    mu = v.mean(axis=0)
    _, _, vt = np.linalg.svd(v - mu, full_matrices=False)
    _PCA[k] = (mu, vt[:k].T)


def block(it: Any, name: str) -> np.ndarray:
    if name.startswith("meanxl"):  # meanxlK: the mean vector's first K components in the language's slot
        k = int(name[6:])
        mu, comp = _PCA[k]
        low = (it.vectors.mean - mu) @ comp
        return np.concatenate([low * (it.language == la) for la in LANGS])
    if name == "langoh":  # the language one-hot: a class prior per language learned by the pooled head
        return np.array([it.language == la for la in LANGS], dtype=np.float64)
    if name.startswith("stylexl_"):
        return it.vectors.structure * (it.language == name[8:])
    return g10.block(it, name)


def matrix(rows: list[Any], recipe: str) -> np.ndarray:
    return np.vstack([np.concatenate([block(it, n) for n in recipe.split("+")]) for it in rows]).astype(np.float64)


def macro(y: np.ndarray, pred: np.ndarray) -> float:
    """Macro-F1 over the gold classes (score.py's ST1 metric), vectorised."""
    f1s = []
    for c in np.unique(y):
        tp = float(((y == c) & (pred == c)).sum())
        fp, fn = float(((y != c) & (pred == c)).sum()), float(((y == c) & (pred != c)).sum())
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return float(np.mean(f1s)) if f1s else 0.0


def inner(x: np.ndarray, y: np.ndarray, groups: list[str], langs: np.ndarray, balanced: bool | str = True
          ) -> dict[str, Any]:
    """C chosen as the command chooses it; the per-language inner macro-F1 and the out-of-fold log-probabilities
    (three draws) at that C."""
    best: dict[str, Any] = {"score": -1.0}
    for c in C_GRID:
        oofs = []
        for seed in GENRE_FOLD_SEEDS:
            f = folds_of(groups, seed=seed)
            p = np.zeros((len(y), len(GENRES)))
            for k in range(5):
                tr, te = f != k, f == k
                m = g10.fit(x[tr], y[tr], c, balanced, langs[tr])
                p[te] = np.log(softmax(x[te] @ m.weight.T + m.bias) + 1e-12)
            oofs.append(p)
        per = {la: float(np.mean([macro(y[langs == la], p[langs == la].argmax(1)) for p in oofs])) for la in LANGS}
        s = float(np.mean(list(per.values())))
        if s > best["score"]:
            best = {"C": c, "score": s, "per": per, "oofs": oofs}
    return best


def offset_scores(y: np.ndarray, oofs: list[np.ndarray], groups: list[str]) -> tuple[float, float, np.ndarray]:
    """For one language's inner rows: (macro-F1 without offsets, macro-F1 with offsets cross-fitted over five
    groups of articles, the offsets chosen on all rows), each the mean over the fold draws."""
    part = np.array([int(hashlib.sha1(f"off:{g}".encode()).hexdigest(), 16) % 5 for g in groups])
    plain, fitted = [], []
    # predictions of every offset pair, per draw: (draws, pairs, rows)
    preds = np.stack([(p[None, :, :] + PAIRS[:, None, :]).argmax(2) for p in oofs])
    for d in range(len(oofs)):
        plain.append(macro(y, preds[d, 0]))
        out = np.zeros(len(y), dtype=int)
        for k in range(5):
            tr, te = part != k, part == k
            s = [macro(y[tr], preds[d, j, tr]) for j in range(len(PAIRS))]
            out[te] = preds[d, int(np.argmax(s)), te]
        fitted.append(macro(y, out))
    alls = [np.mean([macro(y, preds[d, j]) for d in range(len(oofs))]) for j in range(len(PAIRS))]
    return float(np.mean(plain)), float(np.mean(fitted)), PAIRS[int(np.argmax(alls))]


def main() -> None:
    items = load_items(None, arg("--store") or "/tmp/ml10/items23.pkl")
    g10.set_language_style([it for it in items if it.language in LANGS])
    rows = [it for it in items if it.genre and it.language in LANGS]
    pca_ks = {int(b[6:]) for r in (arg("--recipes") or "").split(",") for b in r.split("=")[-1].split(":")[0].split("+")
              if b.startswith("meanxl")}
    for k in pca_ks:  # on every article's mean vector (no labels); --pca-inside: per outer training part
        set_mean_pca(rows, k)
    y = np.array([GENRES.index(it.genre) for it in rows])
    langs = np.array([it.language for it in rows])
    groups = [f"{it.language}:{it.id}" for it in rows]
    outer = outer_folds(groups)
    base = dict(kv.split("=") for kv in (arg("--recipes") or "ms=mean+style,msx=mean+style+stylexl").split(","))
    mats = {k: matrix(rows, r.split(":")[0]) for k, r in base.items()}
    en_rows = [it for it in items if it.genre and it.language == "en"]
    en_mats = {k: matrix(en_rows, r.split(":")[0]) for k, r in base.items() if ":en" in r}
    y_en = np.array([GENRES.index(it.genre) for it in en_rows])
    en_groups = [f"en:{it.id}" for it in en_rows]
    procs = (*base, "auto", "route", "subset", "route+off", "auto+off")
    preds = {p: np.zeros(len(rows), dtype=int) for p in procs}
    chosen: dict[str, list[Any]] = {p: [] for p in procs}
    for f in range(5):
        t0 = time.time()
        tr, te = np.flatnonzero(outer != f), np.flatnonzero(outer == f)
        if "--pca-inside" in sys.argv and pca_ks:  # meanxl's components from the outer training part only
            for k in pca_ks:
                set_mean_pca([rows[i] for i in tr], k)
            for k_, r in base.items():
                if "meanxl" in r:
                    mats[k_] = matrix(rows, r.split(":")[0])
        g_tr, l_tr, l_te = [groups[i] for i in tr], langs[tr], langs[te]
        res, logp = {}, {}
        for k in base:
            x_k, y_k, g_k, l_k = mats[k][tr], y[tr], g_tr, l_tr
            if ":en" in base[k]:  # English articles only train (inner scores read the five languages)
                x_k, y_k = np.vstack([x_k, en_mats[k]]), np.concatenate([y_k, y_en])
                g_k, l_k = g_k + en_groups, np.concatenate([l_k, np.array(["en"] * len(y_en))])
            res[k] = inner(x_k, y_k, g_k, l_k, g10.mode(base[k]))
            res[k]["n"] = len(tr)  # the first n rows of the inner predictions are the five languages'
            m = g10.fit(x_k, y_k, res[k]["C"], g10.mode(base[k]), l_k)
            logp[k] = np.log(softmax(mats[k][te] @ m.weight.T + m.bias) + 1e-12)
            preds[k][te] = logp[k].argmax(1)
            chosen[k].append({"C": res[k]["C"], "inner": round(res[k]["score"], 4)})
        auto = max(base, key=lambda k: res[k]["score"])
        preds["auto"][te] = preds[auto][te]
        chosen["auto"].append(auto)
        # per language: recipe, and offsets where their cross-fitted inner check says so
        pick = {la: max(base, key=lambda k: (res[k]["per"][la], k == auto)) for la in LANGS}
        off: dict[str, dict[str, tuple[float, float, np.ndarray]]] = {k: {} for k in base}
        for k in base:
            for la in LANGS:
                m_la = l_tr == la
                off[k][la] = offset_scores(y[tr][m_la], [p[:len(tr)][m_la] for p in res[k]["oofs"]],
                                           [g for g, keep in zip(g_tr, m_la, strict=True) if keep])
        route_off: dict[str, tuple[str, bool]] = {}
        for la in LANGS:
            options = [(res[k]["per"][la], k, False) for k in base] + [(off[k][la][1], k, True) for k in base]
            _, k, use = max(options, key=lambda o: (o[0], o[1] == auto, not o[2]))
            route_off[la] = (k, use)
        for i, la in zip(te, l_te, strict=True):
            j = int(np.flatnonzero(te == i)[0])
            preds["route"][i] = logp[pick[la]][j].argmax()
            k, use = route_off[la]
            preds["route+off"][i] = (logp[k][j] + (off[k][la][2] if use else 0)).argmax()
            use_a = off[auto][la][1] > off[auto][la][0]
            preds["auto+off"][i] = (logp[auto][j] + (off[auto][la][2] if use_a else 0)).argmax()
        chosen["route"].append(pick)
        chosen["route+off"].append({la: [k, use, off[k][la][2].tolist() if use else None]
                                    for la, (k, use) in route_off.items()})
        chosen["auto+off"].append({la: [round(off[auto][la][0], 4), round(off[auto][la][1], 4),
                                        off[auto][la][2].tolist()] for la in LANGS})
        # one head with the stylexl slots of the languages msx won
        slots = [la for la in LANGS if "stylexl" in base[pick[la]]]
        recipe = "mean+style" + "".join(f"+stylexl_{la}" for la in slots)
        x = matrix(rows, recipe)
        r = inner(x[tr], y[tr], g_tr, l_tr)
        m = g10.fit(x[tr], y[tr], r["C"], True)
        preds["subset"][te] = (x[te] @ m.weight.T + m.bias).argmax(1)
        chosen["subset"].append({"recipe": recipe, "C": r["C"], "inner": round(r["score"], 4)})
        print(f"fold {f}: auto {auto} pick {pick} route+off {route_off} subset {recipe} "
              f"inner per language {[(k, {la: round(v, 3) for la, v in res[k]['per'].items()}) for k in base]} "
              f"[{time.time() - t0:.0f}s]",
              file=sys.stderr, flush=True)
    out: dict[str, Any] = {}
    for p in procs:
        per = {}
        for la in LANGS:
            mask = langs == la
            units = list(zip([GENRES[k] for k in y[mask]], [GENRES[k] for k in preds[p][mask]], strict=True))
            lo, hi = bootstrap(units, st1_metric)
            per[la] = {"score": round(st1_metric(units), 4), "lo": round(lo, 3), "hi": round(hi, 3), "n": len(units)}
        out[p] = {"per_language": per, "mean": round(float(np.mean([per[la]["score"] for la in LANGS])), 4),
                  "chosen": chosen[p], "pred": {groups[i]: GENRES[preds[p][i]] for i in range(len(rows))}}
        print(f"{p}: mean {out[p]['mean']:.3f} " + " ".join(
            f"{la} {per[la]['score']:.3f} [{per[la]['lo']:.2f}-{per[la]['hi']:.2f}]" for la in LANGS), flush=True)
    if arg("--json"):
        with open(arg("--json") or "", "w", encoding="utf-8") as fh:
            json.dump(out, fh, indent=1, default=float)


if __name__ == "__main__":
    main()
