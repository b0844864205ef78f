"""Diagnostics of the Other decision on the multilingual narrative path (round 14, branch ``narrml``): plain 5-fold
out-of-fold figures over all SemEval-2025 subtask-2 articles (not nested; they explain the nested result of
``other_gate.py``, they choose nothing).

    python scripts/narrml/diagnostics.py auc --cache /tmp/narrml/leads
    python scripts/narrml/diagnostics.py neutral --cache /tmp/narrml/leads --neutral /tmp/narrml/neutral

``auc``: per-language AUC of an Other head on the lead vector (as is, centred on its language's mean lead vector, or
with the language one-hot), and its mean P(Other) per language. ``neutral``: for each text of the folder (its
language: the file name's first two letters), P(Other) of the head fitted on every article and the share of that
language's articles with a lower out-of-fold P(Other); then the committed model's best narrative probability for
the text and the share of that language's articles (and of its gold-Other ones) whose out-of-fold best narrative
probability (heads on bg, en, pt, ru at C 0.01) is lower.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

import spinscope.training.multilingual as ml
from spinscope.components.multilingual import Encoder, MultilingualModel, article_vectors

LANGS = ("bg", "en", "hi", "pt", "ru")


def oof_other(x: np.ndarray, y: np.ndarray, folds: np.ndarray, c: float) -> np.ndarray:
    p = np.zeros(len(y))
    for f in range(ml.FOLDS):
        m = ml.fit_multilabel(x[folds != f], y[folds != f, None].astype(int), c)
        p[folds == f] = ml.sigmoid(x[folds == f] @ m.weight.T + m.bias)[:, 0]
    return p


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=("auc", "neutral"))
    ap.add_argument("--cache", type=Path, required=True)
    ap.add_argument("--neutral", type=Path, default=None)
    args = ap.parse_args()
    items = ml.load_items_2025(Path("/work/shared/data"), Encoder(ml.load_cache(args.cache)), cache_only=True)
    x = np.vstack([it.vectors.lead for it in items])
    y = np.array([(it.narratives or []) == ["Other"] for it in items])
    langs = np.array([it.language for it in items])
    folds = ml.folds_of([it.id for it in items])
    centres = {lang: x[langs == lang].mean(axis=0) for lang in LANGS}
    centred = x - np.vstack([centres[lang] for lang in langs])
    if args.what == "auc":
        onehot = np.hstack([x, np.array([[lang == k for k in LANGS] for lang in langs], dtype=float)])
        for name, xx in (("lead", x), ("centred", centred), ("lead+onehot", onehot)):
            for c in (0.003, 0.01, 0.03, 0.1):
                p = oof_other(xx, y, folds, c)
                auc = {lang: round(roc_auc_score(y[langs == lang], p[langs == lang]), 3) for lang in LANGS
                       if y[langs == lang].any()}
                mean_p = {lang: round(float(p[langs == lang].mean()), 3) for lang in LANGS}
                print(name, c, "AUC", auc, "pooled", round(roc_auc_score(y, p), 3), "mean P(Other)", mean_p)
        return
    assert args.neutral is not None
    encoder = Encoder()
    texts = {p.stem: article_vectors([ln for ln in p.read_text(encoding="utf-8").split("\n") if ln.strip()],
                                     encoder).lead for p in sorted(args.neutral.glob("*.txt"))}
    for name, xx in (("lead", x), ("centred", centred)):
        for c in (0.003, 0.01):
            p = oof_other(xx, y, folds, c)
            m = ml.fit_multilabel(xx, y[:, None].astype(int), c)
            for stem, v in texts.items():
                lang = stem[:2]
                row = v - centres[lang] if name == "centred" else v
                pk = float(ml.sigmoid(row @ m.weight.T + m.bias)[0])
                print(name, c, stem, "P(Other)", round(pk, 3), "share of its language below",
                      round(float((p[langs == lang] < pk).mean()), 3))
    heads = [i for i, lang in enumerate(langs) if lang in ("bg", "en", "pt", "ru")]
    labels = sorted({n for i in heads for n in items[i].narratives or [] if n != "Other"})
    yn = np.array([[lab in (items[i].narratives or []) for lab in labels] for i in heads]).astype(int)
    xn, ln, fn = x[heads], langs[heads], folds[heads]
    best = np.zeros(len(heads))
    for f in range(ml.FOLDS):
        m = ml.fit_multilabel(xn[fn != f], yn[fn != f], 0.01)
        best[fn == f] = ml.sigmoid(xn[fn == f] @ m.weight.T + m.bias).max(axis=1)
    model = MultilingualModel()
    for p in sorted(args.neutral.glob("*.txt")):
        lang = p.stem[:2]
        v = article_vectors([ln_ for ln_ in p.read_text(encoding="utf-8").split("\n") if ln_.strip()], encoder)
        b = float(model.predict("narratives", v)[0].max())
        other = (ln == lang) & (yn.sum(axis=1) == 0)
        print(p.stem, "committed best narrative", round(b, 3), "share of its language below",
              round(float((best[ln == lang] < b).mean()), 3), "of its gold-Other articles",
              round(float((best[other] < b).mean()), 3) if other.any() else "-")


if __name__ == "__main__":
    main()
