"""Does fitting the tagger's thresholds on more articles help? On the out-of-fold scores of round 28's third device
call (every one of the 446 articles scored by a tagger that did not see it), for each of 5 folds: thresholds fitted
on (a) all other four folds' articles, (b) a random 87 of them (the size of the validation split the shipped
thresholds were fitted on), several draws; ST3 micro-F1 pooled over the held-out folds.

    python scripts/tech29/calib_size.py OOF_DIR [DRAWS]
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import numpy as np

from spinscope.training import techniques
from spinscope.training.techniques import REFIT_FOLDS as FOLDS
from spinscope.training.techniques import fold_of, labelled_articles, load_scores


def pooled(articles, scores, fit_of) -> float:
    tp = fp = fn = 0.0
    for k in range(FOLDS):
        fit = fit_of(k)
        test = [a for a in articles if fold_of(a.id) == k]
        _, p_fit, g_fit = techniques.paragraph_matrix(fit, scores, "mean", techniques.ARTICLE_PRIOR)
        thresholds = techniques.calibrate_thresholds(p_fit, g_fit)
        _, p_test, g_test = techniques.paragraph_matrix(test, scores, "mean", techniques.ARTICLE_PRIOR)
        pred = p_test >= thresholds
        tp += float((pred & g_test).sum())
        fp += float((pred & ~g_test).sum())
        fn += float((~pred & g_test).sum())
    return round(2 * tp / (2 * tp + fp + fn), 4)


def main() -> None:
    oof = Path(sys.argv[1])
    draws = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    scores = load_scores(oof / "oof_r28.npz")
    articles = [a for a in labelled_articles(None) if a.id in scores]
    report = {"all_other_folds": pooled(articles, scores, lambda k: [a for a in articles if fold_of(a.id) != k])}
    small = []
    for d in range(draws):
        rng = random.Random(f"calib-{d}")

        def sample(k: int, rng: random.Random = rng) -> list:
            return rng.sample([a for a in articles if fold_of(a.id) != k], 87)

        small.append(pooled(articles, scores, sample))
    report["random_87_of_them"] = small
    report["random_87_mean"] = round(float(np.mean(small)), 4)
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
