"""Round 27 (narr27), a diagnostic that decides nothing (after both candidates' figures): on a `lobo` fold cache,
main's procedure (scripts/narr27/batchshift.py's base), then per held-out batch the outer score at every Other
threshold of a fine grid with everything else as chosen, and the best of them (an oracle that reads the batch's
gold). It bounds what any per-batch threshold or level rule (batchshift, a transductive rate) could give.
Usage: python scripts/narr27/oracle_diag.py /tmp/narr26/lobo.pkl"""

import os
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr17"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr22"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr26"))
import levers as L
from cache_n22 import batch
from otherdense import DENSE_C, dense_other, with_dense

from spinscope.training import semeval2025 as S

DATA = Path("/work/shared/data")
SHIPPED_C = S.OTHER_C
GRID = tuple(round(float(t), 2) for t in np.arange(0.20, 0.81, 0.05))


def main():
    data = pickle.loads(Path(sys.argv[1]).read_bytes())
    ids = data["ids"]
    arts_all, _ = S.load_task(DATA)
    arts = [arts_all[i] for i in ids]
    S.embed(arts, cache=Path(os.environ.get("EMBED_CACHE", "/tmp/narr26/semeval2025-cache")))
    _, dense = S.narrative_rows(arts, None, 0.0)
    dense = np.asarray(dense, dtype=np.float64)
    is_other = np.array(["Other" in a.narratives for a in arts], dtype=int)
    total = {"chosen": np.zeros(2), "oracle": np.zeros(2)}
    for fold in data["folds"]:
        tr, te = fold["train"], fold["test"]
        splits = S._folds([ids[i] for i in tr])
        inner = [L.prepare(with_dense(x, dense_other(dense, is_other, tr[itr], tr[ite])), "base")
                 for x, (itr, ite) in zip(fold["inner"], splits, strict=True)]
        outer = L.prepare(with_dense(fold["outer"], dense_other(dense, is_other, tr, te)), "base")
        S.OTHER_C = (*SHIPPED_C, *(("d", c) for c in DENSE_C))
        _, (_, chosen) = L.choose(inner, "base")
        S.OTHER_C = SHIPPED_C
        bc, bf = L.outer_rows(outer, chosen)
        g = "+".join(sorted({batch(ids[i]) for i in te}))
        if chosen["oc"] is None:
            print(f"  {g}: no Other classifier chosen")
            continue
        scores = []
        for t in GRID:
            c, f = L.outer_rows(outer, {**chosen, "ot": t})
            called = float((outer.a.other[chosen["oc"]] >= t).mean())
            scores.append((c.mean() + f.mean(), t, c.mean(), f.mean(), called))
        best = max(scores)
        print(f"  {g} ({len(te)}): chosen {chosen['oc']}@{chosen['ot']} {bc.mean():.4f} / {bf.mean():.4f}; best "
              f"threshold on the batch {best[1]} {best[2]:.4f} / {best[3]:.4f} (called {best[4]:.2f}, gold "
              f"{is_other[te].mean():.2f})", flush=True)
        total["chosen"] += len(te) * np.array([bc.mean(), bf.mean()])
        total["oracle"] += len(te) * np.array([best[2], best[3]])
    n = len(ids)
    print(f"lobo, every article: chosen {total['chosen'][0] / n:.4f} / {total['chosen'][1] / n:.4f}; the batch's best "
          f"Other threshold {total['oracle'][0] / n:.4f} / {total['oracle'][1] / n:.4f}")


if __name__ == "__main__":
    main()
