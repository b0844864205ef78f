"""Round 20 (narr20), variant `maxcal` (added after maxpool's results; scripts/narr20/RULE.md): maxpool's refitted
sub-narrative probabilities (scripts/narr20/subfeat_cache.py) mapped per fine label onto the shipped classifiers'
scale by quantile matching, label-free. For each outer fold and g: for each fine label of the outer model, the
variant's and the shipped classifiers' probabilities on the inner out-of-fold rows of the outer training part
(pooled over the inner splits whose model has the label, by name) give two sorted samples of the same rows; a value
maps to np.interp(value, variant's sorted, shipped's sorted). The map is applied to the inner rows and the outer rows.
Writes a refit pickle with keys "none" and ("maxcal", g), for scripts/narr20/decode20.py with VARIANT=maxcal.
Usage: python scripts/narr20/maxcal.py CACHE.pkl SUBFEAT.pkl OUT.pkl"""
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr18"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr17"))
import sent_cache as SC
from sent_fine_cache import fine_labels

from spinscope.training import semeval2025 as S

GAINS = (0.5, 1.0)


def main():
    cache, subfeat, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    data = pickle.loads(Path(cache).read_bytes())
    found = pickle.loads(Path(subfeat).read_bytes())
    arts_all, _ = S.load_task(SC.DATA)
    ids = data["ids"]
    arts = [arts_all[i] for i in ids]
    result = []
    for fold, refit in zip(data["folds"], found, strict=True):
        tr = fold["train"]
        splits = S._folds([ids[i] for i in tr])
        inner_names = [fine_labels([arts[i] for i in tr[itr]]) for itr, _ in splits]
        outer_names = fine_labels([arts[i] for i in tr])
        assert refit["outer"]["none"].shape[1] == len(outer_names)
        new_inner = [{"none": r["none"]} for r in refit["inner"]]
        new_outer = {"none": refit["outer"]["none"]}
        for g in GAINS:
            key = ("maxpool", g)
            maps = {}
            for name in set(outer_names).union(*inner_names):
                var = [r[key][:, names.index(name)] for r, names in zip(refit["inner"], inner_names, strict=True)
                       if name in names]
                base = [r["none"][:, names.index(name)] for r, names in zip(refit["inner"], inner_names, strict=True)
                        if name in names]
                if var:
                    maps[name] = (np.sort(np.concatenate(var)), np.sort(np.concatenate(base)))

            def mapped(block, names, maps=maps):
                cols = []
                for j, name in enumerate(names):
                    xs, ys = maps.get(name, (None, None))
                    cols.append(block[:, j] if xs is None else np.interp(block[:, j], xs, ys))
                return np.stack(cols, axis=1) if cols else block

            for r, new, names in zip(refit["inner"], new_inner, inner_names, strict=True):
                new[("maxcal", g)] = mapped(r[key], names)
            new_outer[("maxcal", g)] = mapped(refit["outer"][key], outer_names)
        result.append({"inner": new_inner, "outer": new_outer,
                       "inner_auc": {k: v for k, v in refit["inner_auc"].items() if k == "none"}})
    out.write_bytes(pickle.dumps(result))


if __name__ == "__main__":
    main()
