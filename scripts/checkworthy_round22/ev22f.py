"""Rule F of round 22 (docs/EVALUATION.md, "Check-worthiness, round 22"): candidate H on the written batch 21c, read
once after the last change, at H's threshold chosen on all of group 6 ($CW22/ev22.json), against main's command at
0.44 (step 1, $CW22/written21c.json: the shipped parts per sentence). H's head ($HEAD_DIR, default $CW22/headH)
reads the features step 1 stored ($CW22/w21c_e5_features.npy). Writes $CW22/ev22f.json."""

import json
import os
from pathlib import Path

import numpy as np

from spinscope.components.claims_adapter import load_e5_head
from spinscope.training.claims import weighted_f1

OUT = Path(os.environ.get("CW22", "/tmp/cw22"))
step1 = json.loads((OUT / "written21c.json").read_text())
parts = step1["parts"]
y = np.array([d["gold"] == "Yes" for d in parts], dtype=int)
recipe, adapter = (np.array([d[k] for d in parts]) for k in ("recipe", "adapter"))
main = (np.array([d["mixture"] for d in parts]) >= 0.44).astype(int)
head = load_e5_head(Path(os.environ.get("HEAD_DIR", OUT / "headH")))  # the training command's output folder
assert head is not None
threshold = json.loads((OUT / "ev22.json").read_text())["rule"]["threshold_all_group6"]
cand = ((recipe + adapter + head.predict(np.load(OUT / "w21c_e5_features.npy"))) / 3 >= threshold).astype(int)


def f1(yy: np.ndarray, pp: np.ndarray, prior: float | None = None) -> float:
    return weighted_f1(yy, pp.astype(float), 0.5, prior=prior)


out: dict = {"threshold": threshold}
for name, pred in (("main", main), ("H", cand)):
    tp = int((pred & y).sum())
    out[name] = {
        "f1": round(f1(y, pred), 4),
        "precision": round(tp / max(int(pred.sum()), 1), 4),
        "recall": round(tp / int(y.sum()), 4),
        "f1_at_0.25": round(f1(y, pred, 0.25), 4),
        "false_yes": int((pred & (1 - y)).sum()),
        "missed": int(((1 - pred) & y).sum()),
    }
    for col in ("genre", "kind"):
        out[name][f"errors_by_{col}"] = {
            v: {"false_yes": int((pred[m] & (1 - y[m])).sum()), "missed": int(((1 - pred[m]) & y[m]).sum())}
            for v in sorted({d[col] for d in parts})
            if (m := np.array([d[col] == v for d in parts])).any()
        }
rng = np.random.default_rng(20240)
diffs = {"own": [], "0.25": []}
for _ in range(2000):
    i = rng.integers(0, len(y), len(y))
    diffs["own"].append(f1(y[i], cand[i]) - f1(y[i], main[i]))
    diffs["0.25"].append(f1(y[i], cand[i], 0.25) - f1(y[i], main[i], 0.25))
out["paired_bootstrap_95_of_difference"] = {
    k: [round(float(np.percentile(v, q)), 4) for q in (2.5, 97.5)] for k, v in diffs.items()
}
out["F"] = out["H"]["f1"] > out["main"]["f1"] and out["H"]["f1_at_0.25"] > out["main"]["f1_at_0.25"]
print(json.dumps({k: v for k, v in out.items() if k not in ("main", "H")}), flush=True)
for name in ("main", "H"):
    print(name, json.dumps({k: v for k, v in out[name].items() if not k.startswith("errors")}), flush=True)
    print(name, json.dumps(out[name]["errors_by_kind"]), flush=True)
    print(name, json.dumps(out[name]["errors_by_genre"]), flush=True)
(OUT / "ev22f.json").write_text(json.dumps(out, indent=2) + "\n")
