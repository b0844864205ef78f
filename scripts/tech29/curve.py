"""The nested estimates of round 29's device call (docs/EVALUATION.md, "Techniques on every article, round 29"):
out-of-fold scores of taggers trained on four folds of five (oof_fold.npz) and on three (oof_curve.npz, the fold
after the scored one also left out), each fold scored with a calibration fitted on the other folds' scores.

    python scripts/tech29/curve.py OUT_DIR [ROUND28_OOF_DIR]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from spinscope.training import techniques


def main() -> None:
    out = Path(sys.argv[1])
    articles = techniques.labelled_articles(None)
    report = {"four_folds": techniques.nested_estimate(articles, techniques.load_scores(out / "oof_fold.npz")),
              "three_folds": techniques.nested_estimate(articles, techniques.load_scores(out / "oof_curve.npz"))}
    if len(sys.argv) > 2:  # round 28's third call: the same recipe, seed and folds, trained again
        report["four_folds_round28"] = techniques.nested_estimate(
            articles, techniques.load_scores(Path(sys.argv[2]) / "oof_r28.npz"))
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
