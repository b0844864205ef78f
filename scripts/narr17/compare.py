"""Round 17 (narr17): per-article rows of two runs of levers.py on the same articles, the shipped rule's rows of
each (base_c, base_f), merged as (base = the first run's, var = the second's) for scripts/narr16/pooled.py, with a
paired bootstrap printed. Usage: python scripts/narr17/compare.py OLD.npz NEW.npz OUT.npz"""
import sys

import numpy as np


def main():
    old, new = np.load(sys.argv[1]), np.load(sys.argv[2])
    assert old["ids"].tolist() == new["ids"].tolist()
    rows = {"base_c": old["base_c"], "base_f": old["base_f"], "var_c": new["base_c"], "var_f": new["base_f"]}
    np.savez(sys.argv[3], ids=old["ids"], **rows)
    n = len(old["ids"])
    for name in ("c", "f"):
        d = rows[f"var_{name}"] - rows[f"base_{name}"]
        means = d[np.random.default_rng(17).integers(0, n, size=(2000, n))].mean(axis=1)
        print(f"{sys.argv[2]} {name}: {rows[f'base_{name}'].mean():.4f} -> {rows[f'var_{name}'].mean():.4f} gain "
              f"{d.mean():+.4f} [{np.percentile(means, 2.5):+.4f}, {np.percentile(means, 97.5):+.4f}]")


if __name__ == "__main__":
    main()
