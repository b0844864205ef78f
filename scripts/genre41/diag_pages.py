"""Genre round 47, after the decision (decides nothing): where main's calls on the 50 webnews pages come from.

``python scripts/genre41/diag_pages.py --work /tmp/genre41/base`` (the folder ``webnews.py`` made: ``articles/``
and ``st1.txt``, main's ``predict semeval2023 --subtask 1`` calls). For the packaged genre model, each page's
opinion-minus-reporting logit margin split into the TF-IDF block, the structural block and the intercepts (before
temperature and offsets, as round 38's ``diag.py``), averaged by cell of gold label x main's call, with each cell's
five largest mean structural contributions to the margin (standardized value x weight x style weight). Figures
only: no page name, text or per-page call is printed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from webnews import LABELS, load_gold


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, required=True)
    args = parser.parse_args()
    from spinscope.cli.train import _component, _document
    from spinscope.components.persuasion_models import linear_features
    from spinscope.components.style import genre_features
    from spinscope.training.data import read_article_dir

    gold = [r["label"] for r in load_gold()]
    calls = dict(line.split("\t") for line in (args.work / "st1.txt").read_text(encoding="utf-8").splitlines())
    component = _component("genre", None, satire_share=None)
    config, bundle = component.config, component.bundle
    names = config["style_features"]
    mean, std = np.array(config["style_mean"]), np.array(config["style_std"])
    coef, icpt = bundle["classifier"].coef_, bundle["classifier"].intercept_
    n_text = coef.shape[1] - len(names)
    weight = (coef[0, n_text:] - coef[1, n_text:]) * config["style_weight"]
    texts = read_article_dir(args.work / "articles")
    parts, contribs, cells = [], [], []
    for aid in sorted(texts, key=int):
        doc = _document(texts[aid])
        sentences = [(s.start, s.end) for s in doc.sentences]
        paragraphs = [(p.start, p.end) for p in doc.paragraphs]
        row = genre_features(doc.text, sentences, paragraphs, language="en", names=names)
        z = np.clip((row - mean) / std, -2.5, 2.5)
        x = linear_features(
            bundle, [doc.text], np.zeros((1, 1)), dense_weight=0.0, style=(z * config["style_weight"])[None, :]
        )
        x = np.asarray(x.todense())[0] if hasattr(x, "todense") else np.asarray(x)[0]
        text_part = coef[:, :n_text] @ x[:n_text]
        style_part = coef[:, n_text:] @ x[n_text:]
        parts.append([text_part[0] - text_part[1], style_part[0] - style_part[1], icpt[0] - icpt[1]])
        contribs.append(z * weight)
        cells.append(f"gold {gold[int(aid) - 1]} / called {calls[aid]}")
    p, c = np.array(parts), np.array(contribs)
    out: dict[str, object] = {}
    for cell in sorted(set(cells)):
        m = np.array([x == cell for x in cells])
        mc = c[m].mean(0)
        top = np.argsort(-np.abs(mc))[:5]
        out[cell] = {
            "pages": int(m.sum()),
            "margin": dict(zip(("tfidf", "style", "intercept"), np.round(p[m].mean(0), 3).tolist(), strict=True)),
            "top_structural": {names[k]: round(float(mc[k]), 3) for k in top},
        }
    print(json.dumps({"labels": LABELS, "cells": out}))


if __name__ == "__main__":
    main()
