"""Round 23 (narr23): the screen of scripts/narr23/RULE.md. For each fold cache (its outer partition), each Other
variant (scripts/narr23/variants.py) is fitted on every outer training part and scores the outer test part; the
AUC of "gold is Other" pooled over the outer rows (and the mean AUC within a test part), at C 3 unless C= given.
The shipped variant's P(Other) is checked against the cache's (round 22's other_auc.py figure).
Usage: python scripts/narr23/screen.py VARIANTS CACHE.pkl... [C=3]"""

import pickle
import sys
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

sys.path.insert(0, str(Path(__file__).resolve().parent))
import variants as V


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("C=")]
    c = float(next((a[2:] for a in sys.argv[1:] if a.startswith("C=")), 3))
    names, paths = args[0].split(","), args[1:]
    ids, _, _, gold, _ = V.load()
    for path in paths:
        data = pickle.loads(Path(path).read_bytes())
        assert data["ids"] == ids, path
        for name in names:
            p = np.full(len(ids), np.nan)
            within = []
            for fold in data["folds"]:
                tr, te = fold["train"], fold["test"]
                p[te] = V.fit(name, tr, te, c)
                if name == "ship" and c in fold["outer"][0].other:
                    assert np.allclose(p[te], fold["outer"][0].other[c], atol=1e-6), "shipped P(Other) differs"
                if 0 < gold[te].sum() < len(te):
                    within.append(roc_auc_score(gold[te], p[te]))
            print(
                f"{Path(path).stem} {name}: AUC {roc_auc_score(gold, p):.3f} (within parts {np.mean(within):.3f}); "
                f"mean P(Other) gold Other {p[gold].mean():.3f}, narrative {p[~gold].mean():.3f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
