"""Round 16 (docs/EVALUATION.md, "Techniques, round 16"): per-technique paragraph heads (frozen MiniLM paragraph
and article means, plus the recurrence counts) blended into the tagger's ST3 paragraph scores, the blend chosen on
each fitting half of the 87 validation articles and scored on the other (rounds 9 and 13's ``Bench``).

    python scripts/one_word_spans.py --build /tmp/tech16/val_scores.pkl          # the tagger's scores, 1 min
    python scripts/tech16/st3_heads.py --scores /tmp/tech16/val_scores.pkl --train-vectors /tmp/tech16/train_sent.npz \
        --val-vectors /tmp/tech16/val_sent.npz [--kind both|vec|rec|shipped] [--rule greedy|strict|weak|weakw] \
        [--keep] [--salt S] [--no-fixed]

The vectors: ``training.technique_sentences.sentence_vectors`` of the training and validation articles with ST3
labels (npz keyed by id; 4 min on a quiet machine). ``--rule``: greedy (a weight from 0-1 per technique, greedy on
the fitting half's inner even/odd cross-fit), strict (0.5 where that gains 0.002 or more), weak (0.5 for each
technique whose tagger F1 on the fitting half is under 0.3: the shipped rule, ``--kind shipped`` reads the
shipped features and rule); ``--keep``: the techniques not blended keep the tagger's thresholds (shipped);
``--salt``: one more split, sha256 of the id + S mod 2, in place of the two of rounds 5-15.
"""
from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tech9"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from st3_multilingual import Bench, counts, f1c

from spinscope.components.persuasion_paragraphs import recurrence_features
from spinscope.training import techniques as T
from spinscope.training.data import TECHNIQUES, load_semeval2023, split_articles
from spinscope.training.multilingual import fit_multilabel, sigmoid
from spinscope.training.technique_paragraphs import article_features, weak_techniques
from spinscope.training.technique_sentences import article_sentences

GRID = (0.0, 0.25, 0.5, 0.75, 1.0)


def para_design(a: Any, vecs: np.ndarray, kind: str) -> np.ndarray:
    if kind == "shipped":
        return article_features(a, vecs)
    _, owner = article_sentences(a)
    owner = np.asarray(owner)
    pm = np.zeros((len(a.lines), vecs.shape[1]))
    for i in range(len(a.lines)):
        if (owner == i).any():
            pm[i] = vecs[owner == i].mean(axis=0)
    am = np.repeat(vecs.mean(axis=0, keepdims=True), len(a.lines), axis=0)
    rec = recurrence_features(a.text, [(line.start, line.end) for line in a.lines])
    if kind == "rec":
        return rec
    if kind == "vec":
        return np.c_[pm, am]
    return np.c_[pm, am, rec]


def gold(a: Any) -> np.ndarray:
    g = np.zeros((len(a.lines), len(TECHNIQUES)), dtype=int)
    for i, line in enumerate(a.lines):
        for lab in a.paragraph_labels.get(line.number, []):
            if lab in TECHNIQUES:
                g[i, TECHNIQUES.index(lab)] = 1
    return g


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scores", type=Path, required=True)
    ap.add_argument("--train-vectors", type=Path, required=True)
    ap.add_argument("--val-vectors", type=Path, required=True)
    ap.add_argument("--kind", default="both", choices=["both", "vec", "rec", "shipped"])
    ap.add_argument("--c", type=float, default=0.003)
    ap.add_argument("--rule", default="greedy", choices=["greedy", "strict", "weak", "weakw"])
    ap.add_argument("--no-fixed", action="store_true")
    ap.add_argument("--keep", action="store_true", help="unblended techniques keep the tagger's thresholds")
    ap.add_argument("--salt", default="", help="a third split: sha256 of the id + salt, mod 2 (both old splits kept)")
    args = ap.parse_args()
    saved = pickle.loads(args.scores.read_bytes())  # a cache this project's script wrote
    articles = load_semeval2023(None)
    val = [articles[i] for i in saved["val_ids"]]
    vid = {a.id for a in val}
    train, _ = split_articles(articles)
    train = [a for a in train if a.paragraph_labels is not None and a.id not in vid]
    tv = dict(np.load(args.train_vectors))
    vv = dict(np.load(args.val_vectors))
    x = np.vstack([para_design(a, tv[a.id], args.kind) for a in train])
    y = np.vstack([gold(a) for a in train])
    head = fit_multilabel(x, y, args.c)
    b = Bench(val, saved["scores"])
    if args.salt:
        import hashlib

        h = [int(hashlib.sha256((a.id + args.salt).encode()).hexdigest(), 16) % 2 for a in val]
        b.splits = [[[a for a, x in zip(val, h, strict=True) if x == 0],
                     [a for a, x in zip(val, h, strict=True) if x == 1]]]
    hp = {a.id: sigmoid(para_design(a, vv[a.id], args.kind) @ head.weight.T + head.bias) for a in val}
    print("base", b.crossfit(b.tagger), flush=True)
    print("head alone", b.crossfit(hp), flush=True)
    K = len(TECHNIQUES)

    def blend(w: np.ndarray) -> dict[str, np.ndarray]:
        return {a.id: (1 - w) * b.tagger[a.id] + w * hp[a.id] for a in val}

    # fixed: one technique at a time at w = 0.5 and 1
    for k in range(K if not args.no_fixed else 0):
        row = []
        for w_ in (0.5, 1.0):
            w = np.zeros(K)
            w[k] = w_
            row.append(b.crossfit(blend(w)))
        print(f"{TECHNIQUES[k]:35s} 0.5 {row[0]} 1.0 {row[1]}", flush=True)

    def choose(fit: list[Any]) -> np.ndarray:
        inner = [[fit[0::2], fit[1::2]]]
        w = np.zeros(K)
        if args.rule == "weakw":  # the weak techniques' weight chosen on the inner cross-fit
            pf, gf, _ = b.stack(fit, b.tagger)
            weak = weak_techniques(pf, gf.astype(bool), T.calibrate_thresholds(pf, gf))
            return max((np.where(weak, w_, 0.0) for w_ in (0.25, 0.5, 0.75)),
                       key=lambda w: b.crossfit(blend(w), inner)[0])
        if args.rule == "weak" and args.kind == "shipped":
            pf, gf, _ = b.stack(fit, b.tagger)
            return np.where(weak_techniques(pf, gf.astype(bool), T.calibrate_thresholds(pf, gf)), 0.5, 0.0)
        if args.rule == "weak":
            pf, gf, _ = b.stack(fit, b.tagger)
            th = T.calibrate_thresholds(pf, gf)
            pred = pf >= th
            for k in range(K):
                tp = (pred[:, k] & gf[:, k]).sum()
                fp, fn = (pred[:, k] & ~gf[:, k]).sum(), (~pred[:, k] & gf[:, k]).sum()
                if gf[:, k].sum() >= T.MIN_POSITIVES_FOR_OWN_THRESHOLD and 2 * tp / max(1, 2 * tp + fp + fn) < 0.3:
                    w[k] = 0.5
            return w
        if args.rule == "strict":
            cur = b.crossfit(blend(w), inner)[0]
            for k in range(K):
                t = w.copy()
                t[k] = 0.5
                f = b.crossfit(blend(t), inner)[0]
                if f >= cur + 0.002:
                    cur, w = f, t
            return w
        cur = b.crossfit(blend(w), inner)[0]
        for k in range(K):
            for w_ in GRID[1:]:
                t = w.copy()
                t[k] = w_
                f = b.crossfit(blend(t), inner)[0]
                if f > cur + 1e-9:
                    cur, w = f, t
        return w

    plain, news, per_article, chosen = [], [], [], []
    for halves in b.splits:
        cp, cn, arts = np.zeros(3), np.zeros(3), {}
        for xh, yh in ((0, 1), (1, 0)):
            w = choose(halves[xh])
            chosen.append({TECHNIQUES[k]: float(w[k]) for k in np.flatnonzero(w)})
            probs = blend(w)
            pf, gf, _ = b.stack(halves[xh], probs)
            th = T.calibrate_thresholds(pf, gf)
            if args.keep:  # the tagger's own thresholds for the techniques not blended
                tf, _, _ = b.stack(halves[xh], b.tagger)
                th = np.where(w > 0, th, T.calibrate_thresholds(tf, gf))
            for art in halves[yh]:
                arts[art.id] = counts(probs[art.id], b.gold[art.id], th)
            pt, gt, wt = b.stack(halves[yh], probs)
            cp += counts(pt, gt, th)
            cn += counts(pt, gt, th, wt)
        plain.append(f1c(cp))
        news.append(f1c(cn))
        per_article.append(arts)
    print("nested", round(float(np.mean(plain)), 4), round(float(np.mean(news)), 4), chosen, flush=True)
    print(b.bootstrap(b.per_article_base(), per_article))


if __name__ == "__main__":
    main()
