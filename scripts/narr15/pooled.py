"""Round 15 (narr15): a variant's gain over the shipped rule pooled over several partitions' nested runs: each
article's gain averaged over the partitions (each partition scores every article once, on its outer test part),
then a bootstrap over the articles (2000 draws).
Usage: python scripts/narr15/pooled.py VARIANT CACHE.pkl..."""
import pickle
import sys
from pathlib import Path

import numpy as np
from narr_levers import bootstrap, run


def per_article(cache, variant):
    """Coarse and fine F1 of each article (in the cache's id order) on its outer test part."""
    data = pickle.loads(Path(cache).read_bytes())
    c, f, _ = run(cache, variant)
    out_c, out_f = np.zeros(len(data["ids"])), np.zeros(len(data["ids"]))
    for fold, fc, ff in zip(data["folds"], c, f, strict=True):
        out_c[fold["test"]], out_f[fold["test"]] = fc, ff
    return out_c, out_f


def main():
    variant, caches = sys.argv[1], sys.argv[2:]
    gains_c, gains_f = [], []
    for cache in caches:
        bc, bf = per_article(cache, "base")
        vc, vf = per_article(cache, variant)
        gains_c.append(vc - bc)
        gains_f.append(vf - bf)
    zero = np.zeros(len(gains_c[0]))
    for name, gains in (("coarse", gains_c), ("fine", gains_f)):
        mean, lo, hi, below = bootstrap(zero, np.mean(gains, axis=0), 2000)
        print(f"{variant} over {len(caches)} partitions, {name}: {mean:+.4f} [{lo:+.4f}, {hi:+.4f}] P(<=0) {below:.3f}")


if __name__ == "__main__":
    main()
