"""Round 17 (docs/EVALUATION.md, "Techniques, round 17"): the shipped ST3 pipeline (the tagger's paragraph
probabilities with the article prior, the paragraph head blended at 0.5 into the techniques the tagger reads
weakly, thresholds fitted on the fitting half) rebuilt on round 16's caches, so that levers on top of it are scored
with thresholds and choices fitted on one half of the 87 validation articles and scored on the other."""
from __future__ import annotations

import pickle
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tech9"))

from st3_multilingual import Bench, counts, f1c  # noqa: E402

from spinscope.training import techniques as T  # noqa: E402
from spinscope.training.data import load_semeval2023, split_articles  # noqa: E402
from spinscope.training.multilingual import fit_multilabel, sigmoid  # noqa: E402
from spinscope.training.technique_paragraphs import C, article_features, paragraph_gold, weak_techniques  # noqa: E402

__all__ = ["Bench", "counts", "f1c", "load", "shipped_rule"]


def load(scores: Path, train_vectors: Path, val_vectors: Path) -> tuple[Bench, list[Any], dict[str, np.ndarray],
                                                                        list[Any], dict[str, np.ndarray]]:
    """The bench over the 87 validation articles, the head's probabilities on them (the shipped recipe refitted
    on the 359 training articles), the training articles and their head features."""
    saved = pickle.loads(scores.read_bytes())  # a cache this project's script wrote
    articles = load_semeval2023(None)
    val = [articles[i] for i in saved["val_ids"]]
    vid = {a.id for a in val}
    train, _ = split_articles(articles)
    train = [a for a in train if a.paragraph_labels is not None and a.id not in vid]
    tv = dict(np.load(train_vectors))
    vv = dict(np.load(val_vectors))
    tx = {a.id: article_features(a, tv[a.id]) for a in train}
    x = np.vstack([tx[a.id] for a in train])
    head = fit_multilabel(x, paragraph_gold(train).astype(np.int64), C)
    b = Bench(val, saved["scores"])
    vx = {a.id: article_features(a, vv[a.id]) for a in val}
    hp = {a.id: sigmoid(vx[a.id] @ head.weight.T + head.bias) for a in val}
    return b, val, hp, train, vx


def shipped_rule(b: Bench, hp: dict[str, np.ndarray], fit: list[Any]) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """The shipped blend and thresholds chosen on ``fit``: (probabilities of every article, thresholds)."""
    pf, gf, _ = b.stack(fit, b.tagger)
    before = T.calibrate_thresholds(pf, gf)
    w = np.where(weak_techniques(pf, gf.astype(bool), before), 0.5, 0.0)
    probs = {k: (1 - w) * b.tagger[k] + w * hp[k] for k in b.tagger}
    mf, _, _ = b.stack(fit, probs)
    th = np.where(w > 0, T.calibrate_thresholds(mf, gf), before)
    return probs, th
