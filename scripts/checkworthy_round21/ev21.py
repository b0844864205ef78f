"""Lever W of round 21 (docs/EVALUATION.md, "Check-worthiness, round 21"): the mixture's weights (recipe, adapter,
head; sixths summing to 1) and threshold chosen together on the other units by the committed rule's criterion, each
held-out unit of group 6 (halves; debates) scored at that choice; rules R1 and R2 against the shipped mixture (thirds,
threshold chosen on the other units), and the guard G on the written batch 20b. Inputs: $CW14/recipe_g6.npy
(scripts/checkworthy_round14/prep_recipe.py), $CW21/adapter_g6.npy and $CW21/head_g6.npy (round 20's prep20.py),
$CW21/written20b.json (written20b.py). Writes $CW21/ev21.json."""

import json
import os
import sys
from fractions import Fraction
from pathlib import Path

import numpy as np

OUT = Path(os.environ.get("CW21", "/tmp/cw21"))
os.environ.setdefault("CW14", str(OUT / "cw14"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "checkworthy_round14"))
from common import DEB, H, Y, report  # noqa: E402  (round 14's common.py)
from common import OUT as OUT14  # noqa: E402

from spinscope.training.claims import prior_robust_threshold, weighted_f1  # noqa: E402

ROUND15 = {"split_half": [0.7338, 0.7291], "debates": [0.7098, 0.7507, 0.7366, 0.7355, 0.7157]}
SHIPPED = (Fraction(1, 3), Fraction(1, 3), Fraction(1, 3))
TRIPLES = [SHIPPED] + [
    (Fraction(r, 6), Fraction(a, 6), Fraction(6 - r - a, 6)) for r in range(7) for a in range(7 - r) if (r, a) != (2, 2)
]
parts = np.stack([np.load(OUT14 / "recipe_g6.npy"), np.load(OUT / "adapter_g6.npy"), np.load(OUT / "head_g6.npy")])


def mix(w: tuple, p: np.ndarray = parts) -> np.ndarray:
    return sum(float(wi) * pi for wi, pi in zip(w, p, strict=True))


def choose(mask: np.ndarray) -> tuple[tuple, float, float]:
    """The triple and threshold with the best mean F1 over the priors on the sentences in ``mask`` (ties: the
    shipped triple, then the first listed)."""
    best = None
    for w in TRIPLES:
        t, score = prior_robust_threshold(Y[mask], mix(w)[mask])
        if best is None or score > best[2]:
            best = (w, t, score)
    return best


def cross_fitted(unit: np.ndarray) -> tuple[list[float], list[str]]:
    scores, picks = [], []
    for u in np.unique(unit):
        w, t, _ = choose(unit != u)
        scores.append(round(weighted_f1(Y[unit == u], mix(w)[unit == u], t), 4))
        picks.append(f"recipe {w[0]}, adapter {w[1]}, head {w[2]} at {t}")
    return scores, picks


out: dict = {"shipped": report("shipped", Y, mix(SHIPPED), H, DEB)}
out["shipped"]["equals_round15"] = (out["shipped"]["split_half"], out["shipped"]["debates"]) == (
    ROUND15["split_half"],
    ROUND15["debates"],
)
print("shipped rows equal round 15's:", out["shipped"]["equals_round15"], flush=True)
sh, sh_picks = cross_fitted(H)
lo, lo_picks = cross_fitted(DEB)
w_all, t_all, _ = choose(np.ones(len(Y), dtype=bool))
out["W"] = {
    "split_half": sh,
    "split_half_mean": round(float(np.mean(sh)), 4),
    "split_half_picks": sh_picks,
    "debates": lo,
    "debates_mean": round(float(np.mean(lo)), 4),
    "debate_picks": lo_picks,
    "all_group6": {"weights": [str(x) for x in w_all], "threshold": t_all},
}
print("W", json.dumps(out["W"]), flush=True)
s = out["shipped"]
no_half_lower = all(a >= b for a, b in zip(sh, s["split_half"], strict=True))
r1 = out["W"]["split_half_mean"] > s["split_half_mean"] and no_half_lower
ahead = sum(a > b for a, b in zip(lo, s["debates"], strict=True))
r2 = out["W"]["debates_mean"] > s["debates_mean"] and ahead >= 3
w20b = json.loads((OUT / "written20b.json").read_text())["parts"]
p20b = np.array([[d["recipe"] for d in w20b], [d["adapter"] for d in w20b], [d["head"] for d in w20b]])
y20b = np.array([d["gold"] == "Yes" for d in w20b], dtype=int)
guard = {}
for prior in (None, 0.25):
    base = weighted_f1(y20b, mix(SHIPPED, p20b), 0.44, prior=prior)
    cand = weighted_f1(y20b, mix(w_all, p20b), t_all, prior=prior)
    guard[str(prior or "own")] = {"shipped": round(base, 4), "W": round(cand, 4), "holds": cand >= base - 0.02}
g = all(v["holds"] for v in guard.values())
out["rule"] = {"R1": r1, "R2": r2, "debates_ahead": ahead, "G": guard, "ships": r1 and r2 and g}
print("rule", json.dumps(out["rule"]), flush=True)
(OUT / "ev21.json").write_text(json.dumps(out, indent=2) + "\n")
