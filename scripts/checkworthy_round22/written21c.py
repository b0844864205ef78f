"""Step 1 of round 22 (docs/EVALUATION.md, "Check-worthiness, round 22"): main's `spinscope predict checkworthy` on
the written non-debate batch tests/gold/checkworthy_written21c.tsv, read once. Writes $CW22/w21c.in (Sentence_id, Text),
runs the command into $CW22/w21c_shipped.out, and reports F1 of Yes, precision and recall, F1 reweighted to a Yes
share of 0.25, a bootstrap 95% interval, errors by genre and kind; every part's probability per sentence goes to
$CW22/written21c.json and the head's features to $CW22/w21c_e5_features.npy (for the one later read by a candidate,
rule F; chooses nothing)."""

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import torch

from spinscope.components.claims import MODEL_DIR, checkworthy_probabilities
from spinscope.components.claims_adapter import e5_head_features, ensemble_probabilities, load_adapters, load_e5_head
from spinscope.training.claims import weighted_f1

torch.set_num_threads(1)
OUT = Path(os.environ.get("CW22", "/tmp/cw22"))
OUT.mkdir(parents=True, exist_ok=True)
GOLD = Path(__file__).resolve().parents[2] / "tests" / "gold" / "checkworthy_written21c.tsv"
with GOLD.open(encoding="utf-8") as fh:
    rows = list(csv.DictReader(fh, delimiter="\t"))
with (OUT / "w21c.in").open("w", encoding="utf-8") as fh:
    fh.writelines(f"{r['Sentence_id']}\t{r['Text']}\n" for r in rows)
pred_file = OUT / "w21c_shipped.out"
subprocess.run(
    [
        sys.executable,
        "-m",
        "spinscope",
        "predict",
        "checkworthy",
        "--input",
        str(OUT / "w21c.in"),
        "--out",
        str(pred_file),
    ],
    check=True,
)
with pred_file.open(encoding="utf-8") as fh:
    pred_by_id = {r["Sentence_id"]: r["class_label"] for r in csv.DictReader(fh, delimiter="\t")}
y = np.array([r["class_label"] == "Yes" for r in rows], dtype=int)
pred = np.array([pred_by_id[r["Sentence_id"]] == "Yes" for r in rows], dtype=int)


def f1(yy: np.ndarray, pp: np.ndarray, prior: float | None = None) -> float:
    return weighted_f1(yy, pp.astype(float), 0.5, prior=prior)


tp = int((pred & y).sum())
rng = np.random.default_rng(20240)
boot = [f1(y[i], pred[i]) for i in (rng.integers(0, len(y), len(y)) for _ in range(2000))]
out = {
    "n": len(y),
    "yes": int(y.sum()),
    "f1": round(f1(y, pred), 4),
    "precision": round(tp / max(pred.sum(), 1), 4),
    "recall": round(tp / y.sum(), 4),
    "f1_at_0.25": round(f1(y, pred, 0.25), 4),
    "f1_95": [round(float(np.percentile(boot, q)), 4) for q in (2.5, 97.5)],
}
for col in ("genre", "kind"):
    table = {}
    for v in sorted({r[col] for r in rows}):
        m = np.array([r[col] == v for r in rows])
        table[v] = {
            "n": int(m.sum()),
            "yes": int(y[m].sum()),
            "false_yes": int((pred[m] & (1 - y[m])).sum()),
            "missed": int(((1 - pred[m]) & y[m]).sum()),
        }
    out[f"by_{col}"] = table
print(json.dumps({k: out[k] for k in ("n", "yes", "f1", "precision", "recall", "f1_at_0.25", "f1_95")}), flush=True)
print(json.dumps(out["by_genre"]), flush=True)
print(json.dumps({k: v for k, v in out["by_kind"].items() if v["false_yes"] or v["missed"]}), flush=True)
texts = [r["Text"] for r in rows]
recipe = checkworthy_probabilities(texts, model_dir=MODEL_DIR)
adapter = ensemble_probabilities(load_adapters(MODEL_DIR), texts)
head_model = load_e5_head(MODEL_DIR)
assert head_model is not None
features = e5_head_features(texts)
np.save(OUT / "w21c_e5_features.npy", features)  # for a candidate head's one read of 21c (step F)
head = head_model.predict(features)
mixture = (recipe + adapter) / 3 + head / 3
agree = bool(((mixture >= 0.44).astype(int) == pred).all())
print("the parts' mixture at 0.44 reproduces the command's labels:", agree, flush=True)
out["parts"] = [
    {
        "id": r["Sentence_id"],
        "gold": r["class_label"],
        "genre": r["genre"],
        "kind": r["kind"],
        "recipe": round(float(a), 4),
        "adapter": round(float(b), 4),
        "head": round(float(c), 4),
        "mixture": round(float(m), 4),
    }
    for r, a, b, c, m in zip(rows, recipe, adapter, head, mixture, strict=True)
]
(OUT / "written21c.json").write_text(json.dumps(out, indent=2) + "\n")
