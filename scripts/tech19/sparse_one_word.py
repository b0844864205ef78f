"""Round 19 (docs/EVALUATION.md, "Techniques, round 19"), step 2, second lever: a higher bar for one-word spans on
sparse articles.

Why a second lever. The first (``sparse.py``: every span threshold raised on sparse articles) kept SI (nested
-0.0002, fresh +0.0010, recall 0.4964 -> 0.4963) but cut the held-out reporting articles' findings on no gold by
only 9% (108 -> 98; its rule asked 15%): it was rejected. Its run showed where the reporting noise is (held-out
halves of the two original splits, findings lying on no gold span of any technique / on gold): one-word model spans
22 / 5 on the 9 reporting articles against 371 / 309 on the other 78; multi-word model spans 74 / 52 against
1,221 / 1,426. So this lever was written from that run's held-out figures on the same 87 articles: the choice inside
each fitting half below is honest, the choice of the lever is a second look at these articles.

Lever. On an article whose technique density (`persuasion_models.article_density`) is under ``below``, a one-word
model span (one content word, any technique; before a sentence-level technique's span is widened) needs its
one-word threshold (span threshold + ONE_WORD_MARGIN) plus ``extra`` (`TechniqueSpans.sparse_one_word`). Grid: off,
or ``below`` in {1.0, 1.35, 1.8} x ``extra`` in {0.1, 0.2, 1.0 (no one-word span at all)}. Harness, choice on a
fitting half (fewest findings among the values within 0.001 of the fitting half's SI with the lever off) and the
value shipped (the same choice on all 87 articles, shipped thresholds): as ``sparse.py``.

Decision rule (written and committed before the first run of this script): adopted when all hold
  1. nested SI, mean of the two original splits, at least the base's minus 0.002 (base 0.4317);
  2. the mean nested SI change over the three fresh splits at least -0.002;
  3. nested SI recall (two original splits pooled) at least the base's minus 0.005;
  4. on the held-out reporting articles (two original splits pooled) the one-word findings on no gold fall by at
     least 50%, and the findings on no gold of every kind do not rise;
  5. ST3 not lower: `spinscope predict semeval2023 --subtask 3` on the 87 validation articles scores at least 0.4647.

    python scripts/tech19/sparse_one_word.py [--out /tmp/tech19/sparse_one_word.pkl]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import sparse

if __name__ == "__main__":
    sparse.LEVER = "sparse_one_word"
    sparse.GRID[:] = [None] + [(b, x) for b in (1.0, 1.35, 1.8) for x in (0.1, 0.2, 1.0)]
    if "--out" not in sys.argv:
        sys.argv += ["--out", "/tmp/tech19/sparse_one_word.pkl"]
    sparse.main()
