"""Round 13 (docs/EVALUATION.md, "Techniques, round 13"): does a paragraph head over the *frozen* MiniLM sentence
vectors, which the pipeline already computes for every English article (sentence-vectors.v1), add to the tagger's
paragraph scores on SemEval-2023 ST3?

Run from the project root (after the vectors are cached, see ``--vectors``):

    python scripts/tech13/st3_frozen_head.py --scores /tmp/persu4/val_scores.pkl \
        --vectors /tmp/tech13/minilm_paras.pkl [--json out.json]

``--vectors`` is a pickle ``{article id: {"para": (paragraphs x 384) mean of the paragraph's sentence vectors}}``
written by ``--embed`` (the shared encoder over the sentences of each line, split as ``predict semeval2023``
splits them; about 13 min for the 446 articles on the shared 2 cores).

The head (one logistic regression per technique on standardized features) is trained on the paragraphs of the
tagger's training articles (gold labels only; the tagger's scores there are in-sample and are not used); its
regularization C is chosen by 5-fold cross-validation grouped by article on those articles. Test articles: the 87
validation articles with ST3 labels, never seen by the tagger or the head. Blends with the shipped tagger
scores (mean of head and token scores + 0.1 x the article mean), thresholds and weights are scored with
round 9's harness (``scripts/tech9/st3_multilingual.py``: thresholds fitted on one half of the 87 articles,
scored on the other, both splits, news mix, the blend weight nested, paired bootstrap).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tech9"))
from st3_multilingual import LINEAR_GRID, LOGIT_GRID, Bench, counts, f1c, logit

from spinscope.training import techniques as T
from spinscope.training.data import TECHNIQUES, load_semeval2023, paragraph_lines, split_articles
from spinscope.training.multilingual import fit_multilabel, sigmoid

C_GRID = (0.003, 0.01, 0.03)
RIDGE_GRID = (1.0, 10.0, 100.0)
PRIOR_GRID = (0.0, 0.1, 0.2, 0.3, 0.5, 0.8)


def embed(articles: dict[str, Any], out: Path) -> None:
    """Mean frozen MiniLM sentence vector of each line of each ST3 article."""
    from spinscope.components.persuasion_models import shared_sentence_encoder, split_sentences

    encoder = shared_sentence_encoder()
    found: dict[str, Any] = {}
    for aid, art in articles.items():
        if art.paragraph_labels is None:
            continue
        lines = paragraph_lines(art.text)
        sentences, owner = [], []
        for i, line in enumerate(lines):
            for s, e in split_sentences(art.text, line.start, line.end):
                if art.text[s:e].strip():
                    sentences.append(art.text[s:e])
                    owner.append(i)
        vecs = encoder.encode(sentences) if sentences else np.zeros((0, 384), np.float32)
        para = np.zeros((len(lines), 384), np.float32)
        count = np.zeros(len(lines))
        for j, i in enumerate(owner):
            para[i] += vecs[j]
            count[i] += 1
        para[count > 0] /= count[count > 0][:, None]
        found[aid] = {"para": para}
    out.write_bytes(pickle.dumps(found))


def features(kind: str, para: np.ndarray) -> np.ndarray:
    """``para``: the paragraph vectors alone; ``para+article``: with the article's mean paragraph vector;
    ``para+article+position``: and whether the paragraph is the first line (the title) and its relative place."""
    if kind == "para":
        return para
    art = np.repeat(para.mean(axis=0, keepdims=True), len(para), axis=0)
    x = np.c_[para, art]
    if kind == "para+article":
        return x
    n = len(para)
    first = (np.arange(n) == 0).astype(np.float32)
    place = np.arange(n) / max(1, n - 1)
    return np.c_[x, first, place]


def gold_matrix(art: Any) -> np.ndarray:
    index = {t: i for i, t in enumerate(TECHNIQUES)}
    g = np.zeros((len(art.lines), len(TECHNIQUES)), dtype=bool)
    for r, line in enumerate(art.lines):
        for label in art.paragraph_labels.get(line.number, []):
            if label in index:
                g[r, index[label]] = True
    return g


def rows(arts: list[Any], vectors: dict[str, Any], kind: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    x = [features(kind, vectors[a.id]["para"]) for a in arts]
    y = [gold_matrix(a) for a in arts]
    group = np.concatenate([np.full(len(g), i) for i, g in enumerate(y)])
    return np.vstack(x), np.vstack(y), group


def choose_c(x: np.ndarray, y: np.ndarray, group: np.ndarray, folds: int = 3) -> dict[float, float]:
    """Micro-F1 of each C over out-of-fold predictions (folds by article), thresholds calibrated on them."""
    fold = group % folds
    out = {}
    for c in C_GRID:
        oof = np.zeros(y.shape)
        for f in range(folds):
            fit = fit_multilabel(x[fold != f], y[fold != f].astype(int), c)
            oof[fold == f] = sigmoid(x[fold == f] @ fit.weight.T + fit.bias)
        out[c] = round(T._micro_f1(oof, y, T.calibrate_thresholds(oof, y)), 4)
        print("C", c, out[c], flush=True)
    return out


def article_rates(arts: list[Any], vectors: dict[str, Any]) -> tuple[np.ndarray, np.ndarray]:
    """One row per article: its mean paragraph vector, and the share of its paragraphs carrying each technique."""
    x = np.vstack([vectors[a.id]["para"].mean(axis=0) for a in arts])
    y = np.vstack([gold_matrix(a).mean(axis=0) for a in arts])
    return x, y


def fit_rate_model(arts: list[Any], vectors: dict[str, Any]) -> tuple[Any, dict[float, float]]:
    """Ridge regression of each technique's paragraph share on the article vector; alpha by 5-fold CV (MSE)."""
    from sklearn.linear_model import Ridge
    from sklearn.model_selection import cross_val_predict

    x, y = article_rates(arts, vectors)
    cv = {alpha: round(float(((cross_val_predict(Ridge(alpha=alpha), x, y, cv=5) - y) ** 2).mean()), 6)
          for alpha in RIDGE_GRID}
    alpha = min(cv, key=lambda k: cv[k])
    return Ridge(alpha=alpha).fit(x, y), cv


def article_rate_report(bench: Bench, base: Any, train: list[Any], val: list[Any], vectors: dict[str, Any]
                        ) -> dict[str, Any]:
    """The tagger's paragraph scores plus beta x the article's predicted technique shares (an article prior learned
    from the article's frozen vector on the training articles), beta fixed and nested."""
    model, cv = fit_rate_model(train, vectors)
    xv, yv = article_rates(val, vectors)
    pred = np.clip(model.predict(xv), 0, 1)
    rate = {a.id: np.repeat(pred[i:i + 1], len(bench.tagger[a.id]), axis=0) for i, a in enumerate(val)}

    def add(beta: float, r: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        return {a.id: bench.tagger[a.id] + beta * r[a.id] for a in val}

    nested = bench.nested(add, PRIOR_GRID, rate)
    corr = float(np.corrcoef(pred.ravel(), yv.ravel())[0, 1])
    return {"ridge_cv_mse": cv, "val_corr_rates": round(corr, 3),
            "fixed": {b: bench.crossfit(add(b, rate)) for b in PRIOR_GRID[1:]},
            "nested": {k: nested[k] for k in ("plain", "news", "w")},
            "bootstrap_nested": bench.bootstrap(base, nested["per_article"])}


def cooccurrence_report(bench: Bench, base: Any) -> dict[str, Any]:
    """Label co-occurrence learned inside the folds: per technique, a logistic regression on the logits of all 23
    tagger paragraph scores and their article means, fitted on the fitting half only (techniques with under
    ``MIN_POSITIVES_FOR_OWN_THRESHOLD`` positives there keep the tagger's score), blended with the tagger's score
    ``(1-w) tagger + w stacked``, w nested (inner even/odd cross-fit of the fitting half)."""
    from sklearn.linear_model import LogisticRegression

    def design(ids: list[str]) -> np.ndarray:
        rows = []
        for i in ids:
            z = logit(np.clip(bench.tagger[i], 0, 1))
            rows.append(np.c_[z, np.repeat(z.mean(axis=0, keepdims=True), len(z), axis=0)])
        return np.vstack(rows)

    def stacked(fit_ids: list[str], score_ids: list[str], c: float) -> dict[str, np.ndarray]:
        xf, gf = design(fit_ids), np.vstack([bench.gold[i] for i in fit_ids])
        mu, sd = xf.mean(axis=0), xf.std(axis=0) + 1e-6
        out = {i: bench.tagger[i].copy() for i in score_ids}
        for k in range(gf.shape[1]):
            if gf[:, k].sum() < T.MIN_POSITIVES_FOR_OWN_THRESHOLD:
                continue
            lr = LogisticRegression(C=c, max_iter=2000).fit((xf - mu) / sd, gf[:, k])
            for i in score_ids:
                out[i][:, k] = lr.predict_proba((design([i]) - mu) / sd)[:, 1]
        return out

    def score(fit: list[Any], test: list[Any], w: float, c: float) -> np.ndarray:
        ids = [a.id for a in fit + test]
        st = stacked([a.id for a in fit], ids, c)
        probs = {i: (1 - w) * np.clip(bench.tagger[i], 0, 1) + w * st[i] for i in ids}
        pf, gf, _ = bench.stack(fit, probs)
        th = T.calibrate_thresholds(pf, gf)
        return np.array([counts(probs[a.id], bench.gold[a.id], th) for a in test])

    grid = [(w, c) for w in (0.0, 0.3, 0.5, 1.0) for c in (0.01, 0.1)]
    plain, news, chosen, fixed = [], [], [], {g: [] for g in grid}
    for halves in bench.splits:
        cp, cn = np.zeros(3), np.zeros(3)
        fp = {g: np.zeros(3) for g in grid}
        for a, b in ((0, 1), (1, 0)):
            fit, test = halves[a], halves[b]
            inner = {g: f1c(score(fit[0::2], fit[1::2], *g).sum(axis=0) + score(fit[1::2], fit[0::2], *g).sum(axis=0))
                     for g in grid}
            best = max(grid, key=lambda g: inner[g])
            chosen.append(best)
            per = score(fit, test, *best)
            wts = np.array([bench.weight[genre] for genre in
                            ("reporting" if t.genre == "reporting" else "opinion" for t in test)])
            cp += per.sum(axis=0)
            cn += (per * wts[:, None]).sum(axis=0)
            for g in grid:
                fp[g] += score(fit, test, *g).sum(axis=0)
        plain.append(f1c(cp))
        news.append(f1c(cn))
        for g in grid:
            fixed[g].append(f1c(fp[g]))
    return {"nested": [round(float(np.mean(plain)), 4), round(float(np.mean(news)), 4)], "chosen": chosen,
            "fixed_plain": {f"w={g[0]},C={g[1]}": round(float(np.mean(v)), 4) for g, v in fixed.items()}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("--scores", type=Path, required=True)
    ap.add_argument("--vectors", type=Path, required=True)
    ap.add_argument("--embed", action="store_true", help="compute the vectors into --vectors first")
    ap.add_argument("--kinds", default="para,para+article,para+article+position")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)
    articles = load_semeval2023(args.data)
    if args.embed:
        embed(articles, args.vectors)
    vectors = pickle.loads(args.vectors.read_bytes())  # a cache this script wrote, never downloaded
    saved = pickle.loads(args.scores.read_bytes())  # a cache this project wrote itself, never downloaded
    val = [articles[i] for i in saved["val_ids"]]
    train, _ = split_articles(articles)
    train = [a for a in train if a.paragraph_labels is not None and a.id not in set(saved["val_ids"])]
    bench = Bench(val, saved["scores"])
    base = bench.per_article_base()
    report: dict[str, Any] = {"train_articles": len(train), "tagger": bench.crossfit(bench.tagger)}
    print("tagger (shipped)", report["tagger"], flush=True)
    if "article-rate" in args.kinds.split(","):
        report["article-rate"] = article_rate_report(bench, base, train, val, vectors)
        print("article-rate", json.dumps(report["article-rate"], default=str), flush=True)
    if "cooccurrence" in args.kinds.split(","):
        report["cooccurrence"] = cooccurrence_report(bench, base)
        print("cooccurrence", json.dumps(report["cooccurrence"], default=str), flush=True)
    for kind in [k for k in args.kinds.split(",") if k not in ("article-rate", "cooccurrence")]:
        t0 = time.time()
        x, y, group = rows(train, vectors, kind)
        cv = choose_c(x, y, group)
        c = max(cv, key=lambda k: cv[k])
        fit = fit_multilabel(x, y.astype(int), c)
        head = {a.id: sigmoid(features(kind, vectors[a.id]["para"]) @ fit.weight.T + fit.bias) for a in val}
        r: dict[str, Any] = {"rows": len(x), "cv": cv, "C": c, "alone": bench.crossfit(head),
                             "linear": {w: bench.crossfit(bench.linear(w, head)) for w in LINEAR_GRID[1:]},
                             "logit": {w: bench.crossfit(bench.logit_blend(w, head)) for w in LOGIT_GRID[1:]}}
        nl = bench.nested(bench.linear, LINEAR_GRID, head)
        r["linear_nested"] = {k: nl[k] for k in ("plain", "news", "w")}
        ng = bench.nested(bench.logit_blend, LOGIT_GRID, head)
        r["logit_nested"] = {k: ng[k] for k in ("plain", "news", "w")}
        r["bootstrap_logit_nested"] = bench.bootstrap(base, ng["per_article"])
        r["bootstrap_linear_nested"] = bench.bootstrap(base, nl["per_article"])
        r["seconds"] = round(time.time() - t0)
        report[kind] = r
        print(kind, json.dumps(r, default=str), flush=True)
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
