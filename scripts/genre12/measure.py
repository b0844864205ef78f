"""Genre round 12 (issue 15): does the writer's own voice, read outside quotations, tell news from opinion?

One script, two steps (docs/EVALUATION.md, "Genre, round 12"):

``python measure.py cache``
    Computes the genre features of every article once and stores them in ``--work`` (not committed): the 19
    features the shipped model reads (``components/style.py``, ``genre_features``), and the candidate "voice"
    block (``components/style.py``, ``VOICE_FEATURES``: the writer's first person, second person, questions,
    exclamations, deontic modals, certainty words and evaluative words, counted with the quotations masked out).
    Articles: the 433 English SemEval-2023 ST1 training articles, the 801 of the five other languages, the 84
    polnear_dev texts and the sample opinion article. The last two are read for counting
    predicted genres only; nothing is trained or chosen on them.

``python measure.py eval '{"NAME": {RECIPE}, ...}'``
    For each recipe: (a) late batch leave one article out (the 17 articles of March 2019, the hidden set's period),
    (b) 5-fold over all 433 English articles, plain and reweighted to the news mix 0.25/0.65/0.10, with the ECE of
    the top probability, (c) nested over six languages: outer 5 folds stratified by language x genre, the
    temperature and the log-prior offsets chosen on inner out-of-fold predictions of the outer training part only
    (as ``spinscope train genre`` chooses them), (d) polnear_dev counts and the sample article's call with a model
    fitted on all articles and the recipe's fixed rule. Recipe keys: ``cols`` (feature columns, default the 19
    of round 11; 19-26 are the voice block, 27-29 the writer's hedges, intensifiers and argument markers; round 12
    reads 0,1,7-11,13,15-17,19-26), ``C`` (0.1), ``sw`` (style weight 0.3), ``tw`` (TF-IDF weight 1), ``wl`` (late
    batch weight 5), ``balance`` ("language": genres
    balanced within each language instead of over all rows), ``T`` (temperature, 0.8) and ``off`` (offsets
    opinion/reporting/satire, [0, 0, -0.25]). ``--boot NAME_A NAME_B`` adds a paired bootstrap over articles of
    the difference.

Run from the worktree root under ``nice -n 10`` with ``OMP_NUM_THREADS=1`` and ``PYTHONPATH=src``. The TF-IDF
vocabulary is fitted once on all English texts (no labels), as in the harness of round 11.
"""

from __future__ import annotations

import argparse
import glob
import json
import pickle
import time
from pathlib import Path
from typing import Any

import numpy as np

LANGS = ("fr", "ge", "it", "po", "ru")
NEWS = np.array([0.25, 0.65, 0.10])
CLIP = 2.5
OFFSET_GRID = [(r, s) for r in (0.0, 0.25, 0.5, 0.75, 1.0) for s in (-0.5, -0.25, 0.0, 0.25, 0.5)]
TEMPERATURES = [round(x, 2) for x in np.arange(0.5, 1.51, 0.1)]
SAMPLE = "/work/shared/examples/sample-opinion-article.txt"


def features(articles: list[Any], language: str) -> np.ndarray:
    """The 19 genre features of round 11, the voice block (19-26), then hedges, intensifiers and argument markers
    read on the text with its quotations masked out (27-29; tried, not adopted), of each article as `predict
    semeval2023` reads it."""
    from spinscope.components.persuasion_models import split_sentences
    from spinscope.components.style import (
        STANCE_FEATURES,
        STYLE_FEATURES,
        mask_quotations,
        stance_features,
        voice_features,
    )
    from spinscope.training.articles import style_matrix
    from spinscope.training.data import paragraph_lines

    base = style_matrix(articles, language, names=STYLE_FEATURES + STANCE_FEATURES)
    voice = []
    for a in articles:
        lines = [(line.start, line.end) for line in paragraph_lines(a.text)]
        sentences = [r for s, e in lines for r in split_sentences(a.text, s, e)]
        writer_stance = stance_features(mask_quotations(a.text), sentences, language=language)[[1, 3, 4]]
        voice.append(np.concatenate([voice_features(a.text, sentences, language=language), writer_stance]))
    return np.hstack([base, np.array(voice, dtype=np.float32)])


def cache(work: Path, data: Path) -> None:
    """Features of every article, stored in ``work/feats.pkl``."""
    from spinscope.training.articles import late_batch
    from spinscope.training.data import GENRES, Article, load_semeval2023, split_articles

    started = time.time()
    train, val = split_articles(load_semeval2023(data))
    english = [a for a in train + val if a.genre]
    out: dict[str, Any] = {"en": {"ids": [a.id for a in english], "texts": [a.text for a in english],
                                  "y": np.array([GENRES.index(a.genre or "") for a in english]),
                                  "late": np.array([late_batch(a.id) for a in english]),
                                  "x": features(english, "en")}}
    for lang in LANGS:
        labelled = [a for a in load_semeval2023(data, language=lang).values() if a.genre]
        out[lang] = {"y": np.array([GENRES.index(a.genre or "") for a in labelled]), "x": features(labelled, lang)}
    files = sorted(glob.glob(str(data / "polnear_dev" / "text" / "*.txt")))
    texts = [Path(f).read_text(encoding="utf-8") for f in files]
    out["polnear"] = {"texts": texts, "x": features([Article(id=str(k), text=t) for k, t in enumerate(texts)], "en")}
    sample = Path(SAMPLE).read_text(encoding="utf-8")
    out["sample"] = {"texts": [sample], "x": features([Article(id="s", text=sample)], "en")}
    work.mkdir(parents=True, exist_ok=True)
    (work / "feats.pkl").write_bytes(pickle.dumps(out))
    print(f"cached {sum(len(v['x']) for v in out.values())} articles in {time.time() - started:.0f} s")


class Harness:
    """The estimates of one feature cache."""

    def __init__(self, work: Path) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.d = pickle.loads((work / "feats.pkl").read_bytes())
        en = self.d["en"]
        self.y, self.late, self.n = en["y"], en["late"], len(en["y"])
        self.raw = en["x"]
        self.ze = self.z(self.raw, self.raw)
        self.oz = np.vstack([self.z(self.d[g]["x"], self.d[g]["x"]) for g in LANGS])
        self.oy = np.concatenate([self.d[g]["y"] for g in LANGS])
        self.olang = np.concatenate([np.full(len(self.d[g]["y"]), g) for g in LANGS])
        self.vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=40_000, sublinear_tf=True,
                                   strip_accents="unicode", dtype=np.float32).fit(en["texts"])
        self.xt = self.vec.transform(en["texts"])

    @staticmethod
    def z(m: np.ndarray, ref: np.ndarray) -> np.ndarray:
        """Standardized with ``ref``'s statistics and clipped, as training and runtime do."""
        return np.clip((m - ref.mean(0)) / (ref.std(0) + 1e-3), -CLIP, CLIP)

    def design(self, r: dict[str, Any], tfidf: Any, z: np.ndarray) -> Any:
        from scipy import sparse

        cols = r.get("cols", list(range(19)))
        return sparse.hstack([tfidf * r.get("tw", 1.0), sparse.csr_matrix(z[:, cols] * r.get("sw", 0.3))]).tocsr()

    def fit(self, r: dict[str, Any], en_idx: np.ndarray, other_idx: np.ndarray | None = None) -> Any:
        """Class-balanced logistic regression on English rows ``en_idx`` and other-language rows ``other_idx``
        (default all), late batch weighted ``wl``."""
        from scipy import sparse
        from sklearn.linear_model import LogisticRegression

        other_idx = np.arange(len(self.oy)) if other_idx is None else other_idx
        empty = sparse.csr_matrix((len(other_idx), self.xt.shape[1]), dtype=np.float32)
        x = sparse.vstack([self.design(r, self.xt[en_idx], self.ze[en_idx]),
                           self.design(r, empty, self.oz[other_idx])]).tocsr()
        yy = np.concatenate([self.y[en_idx], self.oy[other_idx]])
        w = np.concatenate([np.where(self.late[en_idx], r.get("wl", 5.0), 1.0), np.ones(len(other_idx))])
        if r.get("balance") == "language":
            balanced = balance_within(w, yy, np.concatenate([np.full(len(en_idx), "en"), self.olang[other_idx]]))
        else:
            cnt = np.array([w[yy == k].sum() for k in range(3)])
            balanced = w * (w.sum() / (3 * cnt))[yy]
        return LogisticRegression(C=r.get("C", 0.1), max_iter=3000).fit(x, yy, sample_weight=balanced)

    def predict_en(self, r: dict[str, Any], m: Any, idx: np.ndarray) -> np.ndarray:
        return np.asarray(m.predict_proba(self.design(r, self.xt[idx], self.ze[idx])))

    def late_loo(self, r: dict[str, Any]) -> np.ndarray:
        late = np.where(self.late)[0]
        out = np.zeros((len(late), 3))
        for k, i in enumerate(late):
            out[k] = self.predict_en(r, self.fit(r, np.setdiff1d(np.arange(self.n), [i])), np.array([i]))[0]
        return out

    def kfold(self, r: dict[str, Any], seed: int = 13) -> np.ndarray:
        from sklearn.model_selection import StratifiedKFold

        out = np.zeros((self.n, 3))
        for a, b in StratifiedKFold(5, shuffle=True, random_state=seed).split(np.zeros(self.n), self.y):
            out[b] = self.predict_en(r, self.fit(r, a), b)
        return out

    def six_oof(self, r: dict[str, Any], en_idx: np.ndarray, other_idx: np.ndarray, seed: int = 13
                ) -> tuple[np.ndarray, np.ndarray]:
        """Out-of-fold probabilities over English rows ``en_idx`` and other rows ``other_idx`` (in that order),
        folds stratified by language x genre; returns the probabilities and each row's language."""
        from sklearn.model_selection import StratifiedKFold

        lang = np.concatenate([np.full(len(en_idx), "en"), self.olang[other_idx]])
        yy = np.concatenate([self.y[en_idx], self.oy[other_idx]])
        strata = np.array([f"{g}:{k}" for g, k in zip(lang, yy, strict=True)])
        out = np.zeros((len(yy), 3))
        ne = len(en_idx)
        for a, b in StratifiedKFold(5, shuffle=True, random_state=seed).split(strata, strata):
            m = self.fit(r, en_idx[a[a < ne]], other_idx[a[a >= ne] - ne])
            be, bo = b[b < ne], b[b >= ne]
            if len(be):
                out[be] = self.predict_en(r, m, en_idx[be])
            if len(bo):
                z = self.oz[other_idx[bo - ne]]
                out[bo] = m.predict_proba(self.design(r, _empty(len(bo), self.xt.shape[1]), z))
        return out, lang

    def nested(self, r: dict[str, Any], seed: int = 7) -> dict[str, Any]:
        """Outer folds over all six languages; temperature (class-balanced log-loss on English inner OOF) and
        offsets (mean per-language plain macro-F1 on inner OOF) chosen inside, applied to the outer fold."""
        from sklearn.model_selection import StratifiedKFold

        ne = self.n
        lang = np.concatenate([np.full(ne, "en"), self.olang])
        yy = np.concatenate([self.y, self.oy])
        strata = np.array([f"{g}:{k}" for g, k in zip(lang, yy, strict=True)])
        out = np.zeros((len(yy), 3))
        chosen = []
        for a, b in StratifiedKFold(5, shuffle=True, random_state=seed).split(strata, strata):
            ea, oa = a[a < ne], a[a >= ne] - ne
            inner, ilang = self.six_oof(r, ea, oa)
            t, o = choose_rule(inner, ilang, np.concatenate([self.y[ea], self.oy[oa]]))
            chosen.append((t, o))
            m = self.fit(r, ea, oa)
            be, bo = b[b < ne], b[b >= ne] - ne
            out[b[b < ne]] = shift(self.predict_en(r, m, be), [0.0, *o], t)
            other = m.predict_proba(self.design(r, _empty(len(bo), self.xt.shape[1]), self.oz[bo]))
            out[b[b >= ne]] = shift(other, [0.0, *o], t)
        per = {g: round(plain(out[lang == g], yy[lang == g]), 3) for g in ("en", *LANGS)}
        return {"mean": round(float(np.mean(list(per.values()))), 3), "per": per,
                "en_news": round(news(out[:ne], self.y), 3),
                "en_late": round(plain(out[:ne][self.late], self.y[self.late]), 3),
                "chosen": chosen, "probs_en": out[:ne]}

    def counts(self, r: dict[str, Any]) -> tuple[dict[str, int], list[float], np.ndarray]:
        """Predicted genres on polnear_dev and the sample article, model fitted on everything, fixed rule."""
        m = self.fit(r, np.arange(self.n))
        rule = (r.get("off", [0.0, 0.0, -0.25]), r.get("T", 0.8))
        res = []
        for key in ("polnear", "sample"):
            d = self.d[key]
            p = m.predict_proba(self.design(r, self.vec.transform(d["texts"]), self.z(d["x"], self.raw)))
            res.append(shift(p, *rule))
        pol = res[0].argmax(1)
        return ({g: int((pol == k).sum()) for k, g in enumerate(("opinion", "reporting", "satire"))},
                [round(float(x), 2) for x in res[1][0]], res[0])


def balance_within(w: np.ndarray, y: np.ndarray, group: np.ndarray) -> np.ndarray:
    """``w`` rescaled so that within each language the genres present weigh the same, and each language keeps its
    total weight: no language's own genre mix (English 88% opinion) is learnt as evidence of a genre."""
    out = np.zeros(len(w))
    for g in np.unique(group):
        m = group == g
        present = np.unique(y[m])
        for k in present:
            mk = m & (y == k)
            out[mk] = w[mk] * w[m].sum() / (len(present) * w[mk].sum())
    return out


def choose_rule(probs: np.ndarray, lang: np.ndarray, y: np.ndarray) -> tuple[float, tuple[float, float]]:
    """The temperature (class-balanced log-loss on the English rows) and then the offsets (mean per-language plain
    macro-F1, smallest on ties), as the training command chooses them."""
    en = lang == "en"
    t = min(TEMPERATURES, key=lambda t: balanced_logloss(shift(probs[en], [0, 0, 0], t), y[en]))

    def mean_f1(o: tuple[float, float]) -> tuple[float, float]:
        p = shift(probs, [0.0, *o], t)
        return float(np.mean([plain(p[lang == g], y[lang == g]) for g in ("en", *LANGS)])), -abs(o[0]) - abs(o[1])

    return t, max(OFFSET_GRID, key=mean_f1)


def _empty(rows: int, cols: int) -> Any:
    from scipy import sparse

    return sparse.csr_matrix((rows, cols), dtype=np.float32)


def shift(p: np.ndarray, offsets: Any, t: float) -> np.ndarray:
    """Temperature, then log-prior offsets, as `shift_genre` at run time."""
    logp = np.log(np.clip(p, 1e-12, 1)) / t + np.asarray(offsets, dtype=float)
    logp -= logp.max(1, keepdims=True)
    e = np.exp(logp)
    return np.asarray(e / e.sum(1, keepdims=True))


def mix_weights(y: np.ndarray, mix: np.ndarray = NEWS) -> np.ndarray:
    c = np.bincount(y, minlength=3).astype(float)
    return np.asarray(mix[y] / np.maximum(c[y], 1) * len(y))


def plain(p: np.ndarray, y: np.ndarray) -> float:
    from sklearn.metrics import f1_score

    return float(f1_score(y, p.argmax(1), labels=[0, 1, 2], average="macro", zero_division=0))


def news(p: np.ndarray, y: np.ndarray) -> float:
    from sklearn.metrics import f1_score

    return float(f1_score(y, p.argmax(1), labels=[0, 1, 2], average="macro", sample_weight=mix_weights(y),
                          zero_division=0))


def balanced_logloss(p: np.ndarray, y: np.ndarray) -> float:
    w = 1.0 / np.bincount(y, minlength=3).astype(float)[y]
    return float(-(w * np.log(np.clip(p[np.arange(len(y)), y], 1e-12, 1))).sum() / w.sum())


def ece(p: np.ndarray, y: np.ndarray, w: np.ndarray | None = None) -> float:
    """Expected calibration error of the top probability, bins <0.45 / 0.45-0.55 / 0.55-0.65 / 0.65-0.75 / >=0.75."""
    w = np.ones(len(y)) if w is None else w
    conf, ok = p.max(1), (p.argmax(1) == y).astype(float)
    total = 0.0
    for lo, hi in zip((0, .45, .55, .65, .75), (.45, .55, .65, .75, 1.01), strict=True):
        m = (conf >= lo) & (conf < hi)
        if m.any():
            total += w[m].sum() / w.sum() * abs(np.average(conf[m], weights=w[m]) - np.average(ok[m], weights=w[m]))
    return total


def confusion(p: np.ndarray, y: np.ndarray) -> list[list[int]]:
    return [[int(((y == i) & (p.argmax(1) == j)).sum()) for j in range(3)] for i in range(3)]


def evaluate(h: Harness, recipes: dict[str, dict[str, Any]], boot: list[str] | None, repeats: int) -> None:
    """Print every estimate of every recipe (and store the held-out probabilities for the bootstrap); the 5-fold
    and nested estimates are repeated with ``repeats`` fold seeds and averaged (first seed's figures stored)."""
    held: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
    for name, r in recipes.items():
        started = time.time()
        rule = (r.get("off", [0.0, 0.0, -0.25]), r.get("T", 0.8))
        late = shift(h.late_loo(r), *rule)
        kfs = [shift(h.kfold(r, seed=13 + k), *rule) for k in range(repeats)]
        nes = [h.nested(r, seed=7 + k) for k in range(repeats)]
        kf, ne = kfs[0], nes[0]
        pol, sample, _ = h.counts(r)
        held[name] = (late, kf, ne["probs_en"])
        yl = h.y[h.late]
        print(json.dumps({
            "recipe": name, "late_loo": round(plain(late, yl), 3), "late_confusion": confusion(late, yl),
            "kfold_news": _mean([news(p, h.y) for p in kfs]), "kfold_plain": _mean([plain(p, h.y) for p in kfs]),
            "kfold_confusion": confusion(kf, h.y),
            "ece_kfold": round(ece(kf, h.y), 3), "ece_kfold_news": round(ece(kf, h.y, mix_weights(h.y)), 3),
            "ece_late": round(ece(late, yl), 3),
            "nested_mean": _mean([e["mean"] for e in nes]), "nested_per_language": ne["per"],
            "nested_en_news": _mean([e["en_news"] for e in nes]),
            "nested_en_plain": _mean([e["per"]["en"] for e in nes]),
            "nested_en_late": _mean([e["en_late"] for e in nes]), "nested_chosen": ne["chosen"],
            "polnear": pol, "sample_o_r_s": sample, "seconds": round(time.time() - started)}), flush=True)
    if boot:
        a, b = boot
        rng = np.random.default_rng(0)
        yl = h.y[h.late]
        estimates = (("late", yl, plain), ("kfold_news", h.y, news), ("nested_en_news", h.y, news))
        for k, (label, y, f) in enumerate(estimates):
            diffs = []
            for _ in range(2000):
                i = rng.integers(0, len(y), len(y))
                diffs.append(f(held[b][k][i], y[i]) - f(held[a][k][i], y[i]))
            d = np.array(diffs)
            print(f"bootstrap {label} {b} - {a}: mean {d.mean():+.3f} 90% [{np.quantile(d, .05):+.3f}, "
                  f"{np.quantile(d, .95):+.3f}] ahead in {(d > 0).mean():.0%} of draws", flush=True)


def _mean(values: list[float]) -> float:
    return round(float(np.mean(values)), 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("step", choices=("cache", "eval"))
    parser.add_argument("recipes", nargs="?", default='{"shipped": {}}', help="JSON: name -> recipe (eval)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/genre12"))
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    parser.add_argument("--repeats", type=int, default=3, help="fold seeds of the 5-fold and nested estimates")
    parser.add_argument("--boot", nargs=2, metavar=("BASE", "NEW"), help="paired bootstrap of NEW - BASE")
    args = parser.parse_args()
    if args.step == "cache":
        cache(args.work, args.data)
    else:
        evaluate(Harness(args.work), json.loads(args.recipes), args.boot, args.repeats)


if __name__ == "__main__":
    main()
