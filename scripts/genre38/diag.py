"""Genre round 38 (issue 15), after every decision (decides nothing): where main's opinion calls on Lee come from.

``python scripts/genre38/diag.py --articles /tmp/genre38/lee_base/articles --cache /tmp/genre38/h``
    For the packaged genre model, each Lee article's opinion-minus-reporting logit margin split into the TF-IDF
    block, the structural block and the intercepts (the predict semeval2023 path, before temperature and
    offsets), averaged over all 343 and over those called opinion; and the mean standardized structural feature
    of the Lee articles beside that of the SemEval-2023 English reporting and opinion articles (round 12's cache,
    standardized with the model's statistics). Prints figures only.
    ``--bands`` (round 39) adds ``by_sentences``: the same margin split, the raw opinion calls and each structural
    feature's mean contribution to the margin (standardized value x weight x style weight) in bands of the
    article's sentence count (the sentences the predict path splits).
"""

from __future__ import annotations

import argparse
import json
import pickle
from pathlib import Path

import numpy as np

#: ``--bands``: sentence-count bands, inclusive (round 39).
BANDS = ((1, 4), (5, 6), (7, 9), (10, 14), (15, 10_000))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=Path, required=True)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--bands", action="store_true", help="add the figures by sentence-count band (round 39)")
    args = parser.parse_args()
    from spinscope.cli.train import _component, _document
    from spinscope.components.persuasion_models import linear_features
    from spinscope.components.style import genre_features
    from spinscope.training.data import read_article_dir

    component = _component("genre", None, satire_share=None)
    config, bundle = component.config, component.bundle
    names = config["style_features"]
    mean, std = np.array(config["style_mean"]), np.array(config["style_std"])
    coef, icpt = bundle["classifier"].coef_, bundle["classifier"].intercept_
    n_text = coef.shape[1] - len(names)
    texts = read_article_dir(args.articles)
    parts, zs, called, counts = [], [], [], []
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
        zs.append(z)
        called.append(int(np.argmax(text_part + style_part + icpt)))
        counts.append(len(sentences))
    p, zz, c = np.array(parts), np.array(zs), np.array(called)
    out = {
        "articles": len(p),
        "margin_opinion_minus_reporting": {
            "all": dict(zip(("tfidf", "style", "intercept"), np.round(p.mean(0), 3).tolist(), strict=True)),
            "raw_opinion_calls": int((c == 0).sum()),
            "raw_called_opinion": dict(
                zip(("tfidf", "style", "intercept"), np.round(p[c == 0].mean(0), 3).tolist(), strict=True)
            ),
        },
    }
    d = pickle.loads((args.cache / "feats.pkl").read_bytes())
    from spinscope.components.style import STANCE_FEATURES, STYLE_FEATURES, VOICE_FEATURES

    cache_names = list(STYLE_FEATURES + STANCE_FEATURES + VOICE_FEATURES)
    en = d["en"]
    cols = [cache_names.index(n) for n in names]
    ez = np.clip((en["x"][:, cols] - mean) / std, -2.5, 2.5)
    weight = coef[0, n_text:] - coef[1, n_text:]
    out["features"] = {
        n: {
            "lee": round(float(zz[:, k].mean()), 2),
            "semeval_reporting": round(float(ez[en["y"] == 1, k].mean()), 2),
            "semeval_opinion": round(float(ez[en["y"] == 0, k].mean()), 2),
            "opinion_minus_reporting_weight": round(float(weight[k] * config["style_weight"]), 3),
        }
        for k, n in enumerate(names)
    }
    if args.bands:
        n = np.array(counts)
        out["by_sentences"] = []
        for lo, hi in BANDS:
            m = (n >= lo) & (n <= hi)
            if not m.any():
                continue
            contrib = zz[m].mean(0) * weight * config["style_weight"]
            out["by_sentences"].append(
                {
                    "sentences": [lo, hi],
                    "articles": int(m.sum()),
                    "raw_opinion_calls": int((c[m] == 0).sum()),
                    "margin": dict(
                        zip(("tfidf", "style", "intercept"), np.round(p[m].mean(0), 3).tolist(), strict=True)
                    ),
                    "feature_contribution": {k: round(float(v), 3) for k, v in zip(names, contrib, strict=True)},
                    "called_opinion_margin": dict(
                        zip(("tfidf", "style", "intercept"), np.round(p[m & (c == 0)].mean(0), 3).tolist(), strict=True)
                    )
                    if (m & (c == 0)).any()
                    else None,
                }
            )
        called_contrib = zz[c == 0].mean(0) * weight * config["style_weight"]
        out["called_opinion_feature_contribution"] = {
            k: round(float(v), 3) for k, v in zip(names, called_contrib, strict=True)
        }
    print(json.dumps(out))


if __name__ == "__main__":
    main()
