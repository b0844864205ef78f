"""Round 22 (narr22): the shipped rule's per-article rows on two or more partitions (scripts/narr22/pair.py's
output, the "base" rows) set side by side: mean coarse / fine, the paired difference of each against the first
(2000 bootstrap draws over the articles), and the Other decision (gold Other articles called Other, narrative
articles called Other) with the score of each kind of article.
Usage: python scripts/narr22/compare.py FIRST.npz OTHER.npz..."""

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cache_n22 import batch


def main():
    runs = [np.load(p) for p in sys.argv[1:]]
    ids = runs[0]["ids"].tolist()
    rows = []
    for r in runs:
        order = dict(zip(r["ids"].tolist(), range(len(ids)), strict=True))
        at = [order[i] for i in ids]
        rows.append({k: r[k][at] for k in ("base_c", "base_f", "base_o", "gold_other")})
    gold = rows[0]["gold_other"].astype(bool)
    rng = np.random.default_rng(22)
    draws = rng.integers(0, len(ids), size=(2000, len(ids)))
    for path, row in zip(sys.argv[1:], rows, strict=True):
        o = row["base_o"].astype(bool)
        line = (
            f"{path}: {row['base_c'].mean():.4f} / {row['base_f'].mean():.4f}; gold Other called Other "
            f"{o[gold].mean():.3f}, narrative articles called Other {o[~gold].mean():.3f}; Other articles "
            f"{row['base_c'][gold].mean():.4f}, narrative articles {row['base_c'][~gold].mean():.4f} / "
            f"{row['base_f'][~gold].mean():.4f}"
        )
        if row is not rows[0]:
            for name in ("c", "f"):
                d = rows[0][f"base_{name}"] - row[f"base_{name}"]
                m = d[draws].mean(axis=1)
                line += (
                    f"; first minus this, {name}: {d.mean():+.4f} [{np.percentile(m, 2.5):+.4f}, "
                    f"{np.percentile(m, 97.5):+.4f}]"
                )
        print(line)
    groups = np.array([batch(i) for i in ids])
    print("per batch (coarse / fine / called Other), gold Other rate first; runs in the order given")
    for g in sorted(set(groups)):
        at = groups == g
        cells = " | ".join(
            f"{r['base_c'][at].mean():.3f} / {r['base_f'][at].mean():.3f} / {r['base_o'][at].mean():.2f}" for r in rows
        )
        print(f"  {g} ({at.sum()}, Other {gold[at].mean():.2f}): {cells}")
    if len(rows) > 2:
        rest = {k: np.mean([r[k] for r in rows[1:]], axis=0) for k in ("base_c", "base_f")}
        for name in ("c", "f"):
            d = rows[0][f"base_{name}"] - rest[f"base_{name}"]
            m = d[draws].mean(axis=1)
            print(
                f"first minus the mean of the others, {name}: {rest[f'base_{name}'].mean():.4f} -> "
                f"{rows[0][f'base_{name}'].mean():.4f} {d.mean():+.4f} [{np.percentile(m, 2.5):+.4f}, "
                f"{np.percentile(m, 97.5):+.4f}]"
            )


if __name__ == "__main__":
    main()
