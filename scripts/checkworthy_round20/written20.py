"""Rule S: the shipped mixture (threshold 0.44) and candidate AH (its group-6 threshold from $CW20/ev20.json) on the
written non-debate batch tests/gold/checkworthy_written20.tsv, with the shipped files; F1 at the batch's own Yes
share and reweighted to 0.25, per genre, and each part alone. Writes $CW20/written20.json (every probability)."""
import csv
import json
from pathlib import Path

import numpy as np
import torch
from base20 import OUT20

from spinscope.components.claims import MODEL_DIR, checkworthy_probabilities
from spinscope.components.claims_adapter import e5_head_features, ensemble_probabilities, load_adapters, load_e5_head
from spinscope.training.claims import prior_robust_threshold, weighted_f1

torch.set_num_threads(1)
GOLD = Path(__file__).resolve().parents[2] / "tests" / "gold" / "checkworthy_written20.tsv"
with GOLD.open(encoding="utf-8") as fh:
    rows = list(csv.DictReader(fh, delimiter="\t"))
texts = [r["Text"] for r in rows]
y = np.array([r["class_label"] == "Yes" for r in rows], dtype=int)
genre = np.array([r["genre"] for r in rows])
recipe = checkworthy_probabilities(texts, model_dir=MODEL_DIR)
adapter = ensemble_probabilities(load_adapters(MODEL_DIR), texts)
head_model = load_e5_head(MODEL_DIR)
assert head_model is not None
head = head_model.predict(e5_head_features(texts))
t_ah = json.loads((OUT20 / "ev20.json").read_text())["rule"]["threshold_AH"]
mixtures = {"shipped": ((recipe + adapter) / 3 + head / 3, 0.44), "AH": (2 / 3 * adapter + 1 / 3 * head, t_ah)}
out: dict = {}
for name, (p, t) in mixtures.items():
    pred = p >= t
    r = {"threshold": t, "f1": round(weighted_f1(y, p, t), 4), "f1_at_0.25": round(weighted_f1(y, p, t, prior=0.25), 4),
         "precision": round(float((pred & (y == 1)).sum() / max(pred.sum(), 1)), 4),
         "recall": round(float((pred & (y == 1)).sum() / y.sum()), 4),
         "by_genre": {g: round(weighted_f1(y[genre == g], p[genre == g], t), 4) for g in sorted(set(genre))},
         "best_threshold_here (seen, report only)": prior_robust_threshold(y, p)[0]}
    print(name, json.dumps(r), flush=True)
    out[name] = r
for name, p in (("recipe", recipe), ("adapter", adapter), ("head", head)):
    print(f"{name} alone: mean P on Yes {p[y == 1].mean():.3f}, on No {p[y == 0].mean():.3f}", flush=True)
s = out["AH"]["f1"] >= out["shipped"]["f1"] and out["AH"]["f1_at_0.25"] >= out["shipped"]["f1_at_0.25"]
print(f"S: {'holds' if s else 'fails'}")
out["rule"] = {"S": s}
out["sentences"] = [{"id": r["Sentence_id"], "gold": r["class_label"], "recipe": round(float(a), 3),
                     "adapter": round(float(b), 3), "head": round(float(c), 3)}
                    for r, a, b, c in zip(rows, recipe, adapter, head, strict=True)]
(OUT20 / "written20.json").write_text(json.dumps(out, indent=2) + "\n")
