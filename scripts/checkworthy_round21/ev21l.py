"""Lever L of round 21 (docs/EVALUATION.md, "Check-worthiness, round 21"): the three shipped parts combined as the
logistic of their mean log-odds, each held-out unit of group 6 (halves; debates) at the threshold the committed rule
chooses on the other units; rules R1 and R2 against the shipped mixture (mean of probabilities) and the guard G on
the written batch 20b. Same inputs as ev21.py; writes $CW21/ev21l.json."""

import json
import os
import sys
from pathlib import Path

import numpy as np

OUT = Path(os.environ.get("CW21", "/tmp/cw21"))
os.environ.setdefault("CW14", str(OUT / "cw14"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "checkworthy_round14"))
from common import DEB, H, Y, report  # noqa: E402  (round 14's common.py)
from common import OUT as OUT14  # noqa: E402

from spinscope.training.claims import prior_robust_threshold, weighted_f1  # noqa: E402

parts = np.stack([np.load(OUT14 / "recipe_g6.npy"), np.load(OUT / "adapter_g6.npy"), np.load(OUT / "head_g6.npy")])


def logit_mean(p: np.ndarray) -> np.ndarray:
    q = np.clip(p, 1e-4, 1 - 1e-4)
    return 1 / (1 + np.exp(-np.log(q / (1 - q)).mean(axis=0)))


out = {"shipped": report("shipped", Y, parts.mean(axis=0), H, DEB), "L": report("L", Y, logit_mean(parts), H, DEB)}
s, c = out["shipped"], out["L"]
no_half_lower = all(a >= b for a, b in zip(c["split_half"], s["split_half"], strict=True))
r1 = c["split_half_mean"] > s["split_half_mean"] and no_half_lower
ahead = sum(a > b for a, b in zip(c["debates"], s["debates"], strict=True))
r2 = c["debates_mean"] > s["debates_mean"] and ahead >= 3
w20b = json.loads((OUT / "written20b.json").read_text())["parts"]
p20b = np.array([[d["recipe"] for d in w20b], [d["adapter"] for d in w20b], [d["head"] for d in w20b]])
y20b = np.array([d["gold"] == "Yes" for d in w20b], dtype=int)
guard = {}
for prior in (None, 0.25):
    base = weighted_f1(y20b, p20b.mean(axis=0), 0.44, prior=prior)
    cand = weighted_f1(y20b, logit_mean(p20b), c["threshold"], prior=prior)
    guard[str(prior or "own")] = {"shipped": round(base, 4), "L": round(cand, 4), "holds": cand >= base - 0.02}
g = all(v["holds"] for v in guard.values())
out["rule"] = {"R1": r1, "R2": r2, "debates_ahead": ahead, "G": guard, "ships": r1 and r2 and g}
print("rule", json.dumps(out["rule"]), flush=True)
print("best mean F1 over priors on all of group 6:", prior_robust_threshold(Y, logit_mean(parts)), flush=True)
(OUT / "ev21l.json").write_text(json.dumps(out, indent=2) + "\n")
