import os
import sys
import numpy as np
from pathlib import Path
from sklearn.metrics import roc_auc_score
from spinscope.training.claims import read_checkthat, weighted_f1
from spinscope.components.claims import checkworthy_probabilities
from spinscope.components.claims_adapter import load_adapters, bottom_states, token_rows
C = Path(os.environ.get("CW9_CACHE", Path.home() / ".cache" / "spinscope" / "cw9"))
MODEL = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "src" / "spinscope" / "resources" / "claims"
rows = read_checkthat(Path(__file__).resolve().parents[2].parent / "shared" / "data" / "checkthat2024_en" / "CT24_checkworthy_english_dev-test.tsv")
t = [r.text for r in rows]; y = np.array([r.label == "Yes" for r in rows], dtype=int)
base = checkworthy_probabilities(t, model_dir=MODEL)
ads = load_adapters(MODEL); st = bottom_states(token_rows(t))
each = [a.predict_states(st) for a in ads]
np.save(C / "dt_base.npy", base); np.save(C / "dt_ads.npy", np.array(each))
for name, p in (("base", base), ("ad1", each[0]), ("ad2", each[1]), ("base+ad1", (base + each[0]) / 2),
                ("base+ad2", (base + each[1]) / 2), ("base+mean(ad1,ad2)", (base + (each[0] + each[1]) / 2) / 2)):
    print(f"{name:22s} AUC {roc_auc_score(y, p):.4f} F1@0.44 {weighted_f1(y, p, 0.44):.4f} F1@0.39 {weighted_f1(y, p, 0.39):.4f}")
