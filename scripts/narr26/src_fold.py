"""Round 26 (narr26): the branch's code on one `lobo` outer fold (a release batch held out): select_narratives on
the other batches (the dense Other classifier offered), the chosen model fitted there, the held-out batch scored
with predict_narratives (the nested rows' path); to check against scripts/narr26/otherdense.py's fold.
Usage: python scripts/narr26/src_fold.py BATCH   (e.g. CC1; MiniLM sentence cache at $EMBED_CACHE)"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr22"))
from cache_n22 import batch

from spinscope.training import semeval2025 as S


def main():
    held = sys.argv[1]
    arts_all, _ = S.load_task(Path("/work/shared/data"))
    arts = [a for a in arts_all.values() if a.narratives]
    S.embed(arts, cache=Path(os.environ.get("EMBED_CACHE", "/tmp/narr26/semeval2025-cache")))
    labels = S.label_vectors()
    w = S.NARRATIVE_GRID["label_weight"][0]
    texts, dense = S.narrative_rows(arts, labels, w)
    tr = [i for i, a in enumerate(arts) if batch(a.id) != held]
    te = [i for i, a in enumerate(arts) if batch(a.id) == held]
    tr_arts, tr_texts = [arts[i] for i in tr], [texts[i] for i in tr]
    params, thresholds, per_label, _ = S.select_narratives(tr_texts, {w: dense[tr]}, tr_arts, labels,
                                                           lambda _m: None)
    bundle = S._fit_chosen(tr_texts, dense[tr], tr_arts, params, thresholds, per_label, labels)
    found = S.predict_narratives(bundle, [texts[i] for i in te], dense[te])
    print(f"{held}: chosen {params} thresholds {thresholds}: {S.score_narratives([arts[i] for i in te], found)}")


if __name__ == "__main__":
    main()
