"""Round 26 (narr26): the choice the shipped model's own selection (`spinscope train narratives`: the grid on the
5 grouped folds over all 319 articles) makes with and without `otherdense` (RULE.md addendum 2) offered: whether
the shipped model's output would change. Folds as training/semeval2025.py:_oof_narratives builds them
(scripts/narr14/cache_folds.py:fold_of); MiniLM sentence cache at $EMBED_CACHE.
Usage: python scripts/narr26/full_choice.py"""

import os
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr14"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr17"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import cache_folds
import levers as L
from otherdense import DENSE_C, SHIPPED_C, dense_other, with_dense

from spinscope.training import semeval2025 as S


def main():
    arts_all, _ = S.load_task(Path("/work/shared/data"))
    arts = [a for a in arts_all.values() if a.narratives]
    S.embed(arts, cache=Path(os.environ.get("EMBED_CACHE", "/tmp/narr26/semeval2025-cache")))
    labels = S.label_vectors()
    params = {k: v[0] for k, v in S.NARRATIVE_GRID.items()}
    texts, dense = S.narrative_rows(arts, labels, params["label_weight"])
    _, mean = S.narrative_rows(arts, None, 0.0)
    mean = np.asarray(mean, dtype=np.float64)
    is_other = np.array(["Other" in a.narratives for a in arts], dtype=int)
    ids = [a.id for a in arts]
    parts = []
    for tr, te in S._folds(ids):
        arrays = cache_folds.arrays_of(cache_folds.fold_of(texts, dense, arts, params, labels, tr, te), arts)
        parts.append(L.prepare(with_dense(arrays, dense_other(mean, is_other, tr, te)), "base"))
    S.OTHER_C = SHIPPED_C
    (obj_s, shipped), _ = L.choose(parts, "base")
    S.OTHER_C = (*SHIPPED_C, *(("d", c) for c in DENSE_C))
    (obj_v, chosen), _ = L.choose(parts, "base")
    print(f"all {len(arts)} articles: shipped grid {shipped} objective {obj_s:.4f}")
    print(f"with otherdense offered: {chosen} objective {obj_v:.4f}; changed: {chosen != shipped}")


if __name__ == "__main__":
    main()
