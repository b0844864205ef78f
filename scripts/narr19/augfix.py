"""Round 19 (narr19), a POST-HOC diagnostic run after every decision (not a candidate: the mode was picked after
the outer-row AUC of scripts/narr19/diag_auc.py was read): `aug`'s mode both as THE sub-narrative classifiers, with
no choice between it and the shipped ones: the shipped grid searched on the inner rows with the augmented
sub-narrative probabilities (the lift reads them), the outer test articles scored with that choice. This is what a
shipped model trained with the rows would be. Reads scripts/narr19/aug_cache.py's caches.
Usage: python scripts/narr19/augfix.py CACHE.pkl AUG.pkl OUT.npz"""
import dataclasses
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr17"))
import levers as L

from spinscope.training import semeval2025 as S


def swapped(arrays, fine):
    return dataclasses.replace(arrays[0], fine=fine), arrays[1]


def score(p, s):
    kept = L.kept_of(p, s["tc"], s["tq"], s["oc"], s["ot"], None)
    c = S._row_f1(p.a.gold_coarse, p.a.coarse_missing, S._with_none(kept))
    return c, S._fine_f1(p.fine[s["fine"]], kept, np.array([s["tf"]]))[0]


def main():
    data = pickle.loads(Path(sys.argv[1]).read_bytes())
    aug = pickle.loads(Path(sys.argv[2]).read_bytes())
    n = len(data["ids"])
    rows = {k: np.full(n, np.nan) for k in ("base_c", "base_f", "var_c", "var_f")}
    for k, (fold, r) in enumerate(zip(data["folds"], aug, strict=True), 1):
        te = fold["test"]
        (o0, s0), _ = L.choose([L.prepare(x, "base") for x in fold["inner"]], "base")
        (o1, s1), _ = L.choose([L.prepare(swapped(x, b["both"]), "base")
                                for x, b in zip(fold["inner"], r["inner"], strict=True)], "base")
        bc, bf = score(L.prepare(fold["outer"], "base"), s0)
        vc, vf = score(L.prepare(swapped(fold["outer"], r["outer"]["both"]), "base"), s1)
        rows["base_c"][te], rows["base_f"][te], rows["var_c"][te], rows["var_f"][te] = bc, bf, vc, vf
        print(f"  fold {k}: shipped {bc.mean():.4f} / {bf.mean():.4f} -> {vc.mean():.4f} / {vf.mean():.4f} inner "
              f"{o0:.4f} -> {o1:.4f}", flush=True)
    np.savez(sys.argv[3], ids=np.array(data["ids"]), **rows)
    for part in ("c", "f"):
        print(f"{sys.argv[1]} augfix {part}: {rows[f'base_{part}'].mean():.4f} -> {rows[f'var_{part}'].mean():.4f}")


if __name__ == "__main__":
    main()
