"""Round 17 (narr17), `scaledC`: round 16's fold caches with the OUTER arrays refitted with every C (narrative and
sub-narrative classifiers, the Other classifiers of each OTHER_C, keyed by their unscaled C) times FACTOR (default
0.8: the inner training parts' share of the outer training part), so the models the inner CV's thresholds are
applied to carry the same penalty per training article as the models they were chosen on. The inner arrays are
kept. Then: python scripts/narr17/levers.py OUT.pkl base ROWS.npz, and scripts/narr17/compare.py.
Usage: python scripts/narr17/scaled_outer.py CACHE.pkl OUT.pkl"""
import os
import pickle
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr14"))
import cache_folds

from spinscope.training import semeval2025 as S

FACTOR = float(os.environ.get("FACTOR", "0.8"))
EMBED = Path(os.environ.get("EMBED_CACHE", "/tmp/narr16/semeval2025-cache"))


def main():
    cache, out = sys.argv[1], Path(sys.argv[2])
    data = pickle.loads(Path(cache).read_bytes())
    arts_all, _ = S.load_task(cache_folds.DATA)
    arts = [arts_all[i] for i in data["ids"]]
    S.embed(arts, cache=EMBED)
    labels = S.label_vectors()
    params = {**data["params"], "C": float(data["params"]["C"]) * FACTOR}
    texts, dense = S.narrative_rows(arts, labels, params["label_weight"])
    plain = S._other_classifier
    S._other_classifier = lambda x, a, c: plain(x, a, c * FACTOR)
    for n, fold in enumerate(data["folds"], 1):
        t0 = time.time()
        fold["outer"] = cache_folds.arrays_of(cache_folds.fold_of(texts, dense, arts, params, labels, fold["train"],
                                                                  fold["test"]), arts)
        print(f"outer fold {n}: {time.time() - t0:.0f} s", flush=True)
    out.write_bytes(pickle.dumps(data))


if __name__ == "__main__":
    main()
