"""Round 25 (docs/EVALUATION.md, "Check-worthiness, round 25"): `spinscope predict checkworthy --model MODEL_DIR` on
the written batch tests/gold/checkworthy_written25.tsv, read once per model folder (step 1: main's folder; rule F:
the one candidate's). Usage: written25.py TAG MODEL_DIR. Writes $CW25/w25.in (Sentence_id, Text), the command's
labels to $CW25/w25_TAG.out, reports F1 of Yes, precision, recall, F1 reweighted to a Yes share of 0.25, a bootstrap
95% interval (2,000 resamples, seed 20240), F1 on the debate lines and on the rest, errors by genre and kind; every
part's probability per sentence goes to $CW25/written25_TAG.json, and checks that the parts' mixture at the folder's
threshold gives the command's labels."""

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import torch

from spinscope.components.claims import checkworthy_probabilities
from spinscope.components.claims_adapter import e5_head_features, ensemble_probabilities, load_adapters, load_e5_head
from spinscope.training.claims import weighted_f1

torch.set_num_threads(1)
TAG, MODEL = sys.argv[1], Path(sys.argv[2])
OUT = Path(os.environ.get("CW25", "/tmp/cw25"))
GOLD = Path(__file__).resolve().parents[2] / "tests" / "gold" / "checkworthy_written25.tsv"
with GOLD.open(encoding="utf-8") as fh:
    rows = list(csv.DictReader(fh, delimiter="\t"))
with (OUT / "w25.in").open("w", encoding="utf-8") as fh:
    fh.writelines(f"{r['Sentence_id']}\t{r['Text']}\n" for r in rows)
pred_file = OUT / f"w25_{TAG}.out"
cmd = [sys.executable, "-m", "spinscope", "predict", "checkworthy", "--input", str(OUT / "w25.in")]
subprocess.run([*cmd, "--out", str(pred_file), "--model", str(MODEL)], check=True)
with pred_file.open(encoding="utf-8") as fh:
    pred_by_id = {r["Sentence_id"]: r["class_label"] for r in csv.DictReader(fh, delimiter="\t")}
y = np.array([r["class_label"] == "Yes" for r in rows], dtype=int)
pred = np.array([pred_by_id[r["Sentence_id"]] == "Yes" for r in rows], dtype=int)


def f1(yy: np.ndarray, pp: np.ndarray, prior: float | None = None) -> float:
    return weighted_f1(yy, pp.astype(float), 0.5, prior=prior)


def scores(m: np.ndarray) -> dict:
    tp = int((pred[m] & y[m]).sum())
    return {
        "n": int(m.sum()),
        "yes": int(y[m].sum()),
        "f1": round(f1(y[m], pred[m]), 4),
        "precision": round(tp / max(pred[m].sum(), 1), 4),
        "recall": round(tp / max(y[m].sum(), 1), 4),
        "f1_at_0.25": round(f1(y[m], pred[m], 0.25), 4) if 0 < y[m].sum() < m.sum() else None,
        "false_yes": int((pred[m] & (1 - y[m])).sum()),
        "missed": int(((1 - pred[m]) & y[m]).sum()),
    }


debate = np.array([r["genre"] == "debate" for r in rows])
out = {"all": scores(np.ones(len(y), bool)), "debate": scores(debate), "not_debate": scores(~debate)}
rng = np.random.default_rng(20240)
boot = [f1(y[i], pred[i]) for i in (rng.integers(0, len(y), len(y)) for _ in range(2000))]
out["all"]["f1_95"] = [round(float(np.percentile(boot, q)), 4) for q in (2.5, 97.5)]
for col in ("genre", "kind"):
    out[f"by_{col}"] = {v: scores(np.array([r[col] == v for r in rows])) for v in sorted({r[col] for r in rows})}
print(TAG, json.dumps({k: out[k] for k in ("all", "debate", "not_debate")}), flush=True)
print(json.dumps({k: (v["n"] - v["yes"], v["false_yes"], v["missed"]) for k, v in out["by_genre"].items()}))
print(
    json.dumps({k: (v["false_yes"], v["missed"]) for k, v in out["by_kind"].items() if v["false_yes"] or v["missed"]})
)
texts = [r["Text"] for r in rows]
recipe = checkworthy_probabilities(texts, model_dir=MODEL)
adapter = ensemble_probabilities(load_adapters(MODEL), texts)
head_model = load_e5_head(MODEL)
assert head_model is not None
head = head_model.predict(e5_head_features(texts))
mixture = (recipe + adapter) / 3 + head / 3
threshold = head_model.meta["threshold"]
agree = bool(((mixture >= threshold).astype(int) == pred).all())
print(f"the parts' mixture at {threshold} reproduces the command's labels:", agree, flush=True)
out["threshold"], out["reproduces"] = threshold, agree
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
        "pred": int(p),
    }
    for r, a, b, c, m, p in zip(rows, recipe, adapter, head, mixture, pred, strict=True)
]
(OUT / f"written25_{TAG}.json").write_text(json.dumps(out, indent=2) + "\n")
