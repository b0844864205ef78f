"""Genre round 49 (genre44): measure E of ``scripts/genre44/RULE.md`` addendum 1 for lever ``nw``.

Round 38's harness (``scripts/genre38/measure.py``, main's recipe) with one line changed in the fit (and so in the
inner out-of-fold fits): each genre's total training weight is proportional to the news mix 0.25 / 0.65 / 0.10
(opinion / reporting / satire) instead of a third each.

``python scripts/genre44/measure_nw.py --work DIR --seeds START COUNT``
    Seed set A is ``--seeds 3800 20``, B ``4200 10``, C ``4210 10``. Prints round 38's JSON lines; held-out
    probabilities go to ``DIR/held_nw_<START>.npy``.

Run from the worktree root under ``nice -n 5`` with ``OMP_NUM_THREADS=1`` and ``PYTHONPATH=src``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import time
from pathlib import Path
from typing import Any

import numpy as np

spec = importlib.util.spec_from_file_location("g42", Path(__file__).resolve().parents[1] / "genre42" / "measure.py")
assert spec is not None and spec.loader is not None
g42 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(g42)
g38 = g42.g38
g12 = g38.g12

#: Lever ``nw``'s share of the total training weight per genre (opinion, reporting, satire; RULE.md addendum 1).
NEWS_SHARES = np.array([0.25, 0.65, 0.10])


class HarnessNW(g38.HarnessFlat):  # type: ignore[misc,name-defined]
    """Round 38's harness (main's recipe) whose genres weigh the news mix in the fit instead of a third each."""

    def fit(self, r: dict[str, Any], en_idx: np.ndarray, other_idx: np.ndarray | None = None) -> Any:
        from scipy import sparse
        from sklearn.linear_model import LogisticRegression

        other_idx = np.arange(len(self.oy)) if other_idx is None else other_idx
        empty = g12._empty(len(other_idx), self.xt.shape[1])
        x = sparse.vstack([self.design(r, self.xt[en_idx], self.ze[en_idx]),
                           self.design(r, empty, self.oz[other_idx])]).tocsr()
        yy = np.concatenate([self.y[en_idx], self.oy[other_idx]])
        w = np.concatenate([np.where(self.late[en_idx], r.get("wl", 5.0), 1.0), np.ones(len(other_idx))])
        cnt = np.array([w[yy == k].sum() for k in range(3)])
        weighted = w * (w.sum() * NEWS_SHARES / cnt)[yy]  # main: w * (w.sum() / (3 * cnt))[yy]
        return LogisticRegression(C=r.get("C", 0.1), max_iter=3000).fit(x, yy, sample_weight=weighted)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--seeds", type=int, nargs=2, default=(3800, 20), metavar=("START", "COUNT"))
    args = parser.parse_args()
    g38.SEEDS = tuple(range(args.seeds[0], args.seeds[0] + args.seeds[1]))
    started = time.time()
    h = HarnessNW(args.work)
    last = h.g == 4
    probs, rules = g38.held_out(h, "main", started)
    np.save(args.work / f"held_nw_{args.seeds[0]}.npy", probs)
    out = {"P": g38.figures(probs, h.y), "L": g38.figures(probs[last], h.y[last]), "rules": rules}
    print(json.dumps({"lever": "nw", "seeds": list(args.seeds), **out}), flush=True)


if __name__ == "__main__":
    main()
