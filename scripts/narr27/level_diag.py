"""Round 27 (narr27), a diagnostic that decides nothing (after batchshift's figures): on a `lobo` fold cache, per
held-out release batch, the mean logit of the shipped Other classifier's P(Other) (C 3) on the batch against the
mean over the inner out-of-fold rows of its training part (the reference batchshift moves it to), beside the
batch's gold Other rate and the training part's. Does the batch's P(Other) level carry its Other rate?
Usage: python scripts/narr27/level_diag.py /tmp/narr26/lobo.pkl"""

import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr22"))
from batchshift import logit
from cache_n22 import batch

from spinscope.training import semeval2025 as S

DATA = Path("/work/shared/data")


def main():
    data = pickle.loads(Path(sys.argv[1]).read_bytes())
    ids = data["ids"]
    arts_all, _ = S.load_task(DATA)
    is_other = np.array(["Other" in arts_all[i].narratives for i in ids], dtype=float)
    level, rate = [], []
    for fold in data["folds"]:
        tr, te = fold["train"], fold["test"]
        ref = float(np.mean(np.concatenate([logit(x[0].other[3.0]) for x in fold["inner"]])))
        m = float(logit(fold["outer"][0].other[3.0]).mean())
        g = "+".join(sorted({batch(ids[i]) for i in te}))
        print(f"  {g:6s} {len(te):3d}: mean logit P(Other) {m:+.3f} (reference {ref:+.3f}, offset {m - ref:+.3f}); "
              f"gold Other {is_other[te].mean():.2f} (training part {is_other[tr].mean():.2f}, difference "
              f"{is_other[te].mean() - is_other[tr].mean():+.2f})")
        if len(te) >= 10:
            level.append(m - ref)
            rate.append(is_other[te].mean() - is_other[tr].mean())
    print(f"  batches with >= 10 articles: correlation of offset and gold-rate difference "
          f"{np.corrcoef(level, rate)[0, 1]:+.3f} over {len(level)} batches")


if __name__ == "__main__":
    main()
