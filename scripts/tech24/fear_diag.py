"""Round 24 diagnostic (decides nothing): Appeal_to_Fear-Prejudice against Loaded_Language in the shipped ST3
procedure (``ml02``), held-out lines pooled over the splits given (each split: fitted on one half, the other scored,
both ways). Counts only; no text printed.

    python scripts/tech24/fear_diag.py --salts t24c0,t24c1,t24c2,t24c3,t24c4,t24c5,t24c6,t24c7
"""
from __future__ import annotations

import argparse
import importlib.util
from collections import Counter
from pathlib import Path

import numpy as np

from spinscope.training import techniques as T

# this folder's decide.py imports round 21's under the name ``decide``, so it is loaded under another name
_spec = importlib.util.spec_from_file_location("decide24", Path(__file__).with_name("decide.py"))
assert _spec and _spec.loader
d24 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(d24)
Levers, d21, load = d24.Levers, d24.d21, d24.load


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--salts", required=True)
    args = ap.parse_args()
    b, val, hp, _, _ = load(d21.A["scores"], d21.A["train_vectors"], d21.A["val_vectors"])
    r = Levers(b, hp, val, dict(np.load(d21.A["ml"])))
    names = list(T.TECHNIQUES)
    f, ll = names.index("Appeal_to_Fear-Prejudice"), names.index("Loaded_Language")
    c: Counter[str] = Counter()
    for salt in args.salts.split(","):
        parts = d21.halves(b, val, salt)
        for i, j in ((0, 1), (1, 0)):
            p, t, o, _, _ = r.procedure(parts[i], parts[j], "ml02")
            for a in parts[j]:
                pred = p[a.id] >= r.th(a, t, *o)
                g = b.gold[a.id].astype(bool)
                for k in range(len(g)):
                    if g[k, f]:
                        key = "fear" if pred[k, f] else ("LL only" if pred[k, ll] else "neither")
                        c["gold fear -> " + key] += 1
                        c["gold fear, also gold LL"] += int(g[k, ll])
                        rank = int((p[a.id][k] > p[a.id][k, f]).sum())
                        c[f"gold fear, fear prob rank {min(rank, 3)}"] += 1
                    if pred[k, f] and not g[k, f]:
                        c["false fear -> gold LL" if g[k, ll] else "false fear -> no gold LL"] += 1
                        c["false fear, line without any gold" if not g[k].any() else "false fear, line with gold"] += 1
    for k in sorted(c):
        print(k, c[k])


if __name__ == "__main__":
    main()
