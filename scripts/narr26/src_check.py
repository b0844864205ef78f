"""Round 26 (narr26): the branch's own selection (training/semeval2025.py:select_narratives, the dense Other
classifier offered) on all 319 articles, as `spinscope train narratives` makes its final choice, compared with the
shipped model's config.json: equal means the retrain would ship the same choice (and the same model).
Usage: python scripts/narr26/src_check.py   (MiniLM sentence cache at $EMBED_CACHE)"""

import json
import os
from pathlib import Path

from spinscope.training import semeval2025 as S


def main():
    arts_all, _ = S.load_task(Path("/work/shared/data"))
    arts = [a for a in arts_all.values() if a.narratives]
    S.embed(arts, cache=Path(os.environ.get("EMBED_CACHE", "/tmp/narr26/semeval2025-cache")))
    labels = S.label_vectors()
    w = S.NARRATIVE_GRID["label_weight"][0]
    texts, dense = S.narrative_rows(arts, labels, w)
    params, (tc, tf), per_label, scores = S.select_narratives(texts, {w: dense}, arts, labels, lambda _m: None)
    shipped = json.loads((Path(S.__file__).parents[1] / "resources/models/narratives/config.json").read_text())
    print(f"branch: {params} thresholds {tc} / {tf} per-label {per_label} CV {scores}")
    print(f"shipped: {shipped['params']} thresholds {shipped['thresholds']} CV {shipped['cv_on_all']}")
    same = params == shipped["params"] and [tc, tf] == [shipped["thresholds"]["coarse"], shipped["thresholds"]["fine"]]
    print(f"same choice: {same}")


if __name__ == "__main__":
    main()
