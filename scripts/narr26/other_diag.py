"""Round 26 (narr26), diagnostic (decides nothing): on a fold cache's outer test rows under the shipped choice, how
much the Other veto costs and could bring. Per release batch: gold Other share, the share the shipped rule calls
Other, and coarse / fine samples-F1 of (shipped) the shipped rule, (oracle) the veto replaced by the gold (a gold
Other article gets Other, every other article the decision without a veto), (noveto) no veto at all.
Usage: python scripts/narr26/other_diag.py CACHE.pkl"""

import pickle
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr17"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr22"))
import levers as L
from cache_n22 import batch

from spinscope.training import semeval2025 as S


def scores(p, kept, s):
    c = S._row_f1(p.a.gold_coarse, p.a.coarse_missing, S._with_none(kept))
    f = S._fine_f1(p.fine[s["fine"]], kept, np.array([s["tf"]]))[0]
    return c, f


def main():
    data = pickle.loads(Path(sys.argv[1]).read_bytes())
    ids = data["ids"]
    n = len(ids)
    out = {k: np.full(n, np.nan) for k in ("gold_other", "called_other", "sc", "sf", "oc", "of", "nc", "nf")}
    for fold in data["folds"]:
        te = fold["test"]
        inner = [L.prepare(x, "base") for x in fold["inner"]]
        p = L.prepare(fold["outer"], "base")
        _, (_, s) = L.choose(inner, "base")
        shipped = L.kept_of(p, s["tc"], s["tq"], s["oc"], s["ot"], None)
        free = L.kept_of(p, s["tc"], s["tq"], None, None, None)
        gold_other = p.a.gold_coarse[:, -1]
        oracle = np.where(gold_other[:, None], False, free)
        out["gold_other"][te] = gold_other
        out["called_other"][te] = ~shipped.any(axis=1)
        (out["sc"][te], out["sf"][te]), (out["oc"][te], out["of"][te]), (out["nc"][te], out["nf"][te]) = (
            scores(p, shipped, s), scores(p, oracle, s), scores(p, free, s))
    by = defaultdict(list)
    for i, a in enumerate(ids):
        by[batch(a)].append(i)
    print("batch n gold_Other called_Other | shipped c/f | oracle veto c/f | no veto c/f")
    for g, idx in [*sorted(by.items()), ("all", list(range(n)))]:
        idx = np.array(idx)
        m = {k: v[idx].mean() for k, v in out.items()}
        print(f"{g} {len(idx)} {m['gold_other']:.2f} {m['called_other']:.2f} | {m['sc']:.4f} / {m['sf']:.4f} | "
              f"{m['oc']:.4f} / {m['of']:.4f} | {m['nc']:.4f} / {m['nf']:.4f}")


if __name__ == "__main__":
    main()
