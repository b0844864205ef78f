"""Genre round 25, after the decision (decides nothing): where main's errors lie on the hidden-set mix, and what
any reporting prior shift could buy at most.

``python scripts/genre25/diag.py --out /tmp/genre25/out`` reads ``OUT/probs.npz`` of ``measure.py run`` and prints
JSON lines: per-genre F1, precision and recall under the W1 and the news-mix weights for each rule (mean over the
four seed sets), and for ``bag20`` the W1 macro-F1 of (P) and (L) with an extra reporting offset added after the
rule, over -1..+1.5 (the best of them is an oracle: chosen on the held-out articles themselves).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path

import numpy as np

_spec = importlib.util.spec_from_file_location("g25", Path(__file__).resolve().parent / "measure.py")
assert _spec is not None and _spec.loader is not None
g25 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(g25)


def per_genre(pred: np.ndarray, y: np.ndarray, w: np.ndarray) -> dict[str, list[float]]:
    cm = np.bincount(y * 3 + pred, weights=w, minlength=9).reshape(3, 3)
    tp = np.diag(cm)
    f1 = 2 * tp / np.maximum(cm.sum(0) + cm.sum(1), 1e-12)
    precision = tp / np.maximum(cm.sum(0), 1e-12)
    recall = tp / np.maximum(cm.sum(1), 1e-12)
    return {"f1": f1.round(4).tolist(), "precision": precision.round(4).tolist(), "recall": recall.round(4).tolist()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/genre25/out"))
    args = parser.parse_args()
    from spinscope.training.articles import _mix_weights

    d = np.load(args.out / "probs.npz")
    y, last = d["y"], d["groups"] == 4
    parts = {"P": np.ones(len(y), bool), "L": last}
    for name in g25.RULES:
        for part, m in parts.items():
            for weights, wname in ((g25.w1_weights, "w1"), (_mix_weights, "news")):
                rows = [per_genre(p[m].argmax(1), y[m], weights(y[m])) for p in d[name]]
                mean = {k: np.mean([r[k] for r in rows], axis=0).round(4).tolist() for k in rows[0]}
                print(json.dumps({"rule": name, "part": part, f"{wname}_per_genre (opinion, reporting, satire)": mean}))
    grid = [round(float(x), 2) for x in np.arange(-1.0, 1.501, 0.25)]
    for part, m in parts.items():
        curve = {}
        for extra in grid:
            f = [g25.weighted_macro((np.log(np.clip(p[m], 1e-12, 1)) + np.array([0.0, extra, 0.0])).argmax(1), y[m],
                                    g25.w1_weights(y[m])) for p in d["bag20"]]
            curve[str(extra)] = round(float(np.mean(f)), 4)
        print(json.dumps({"rule": "bag20 + extra reporting offset (oracle curve)", "part": part, "w1": curve}))


if __name__ == "__main__":
    main()
