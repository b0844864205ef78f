"""Round 47, after the decision (decides nothing): S (the shipped `predict checkworthy` mixture, its files) against
KN = 3/4 S + 1/4 K on CheckThat! dev-test (318 sentences; read by many earlier rounds: a second look, not a
never-seen figure). K's neighbours: every training sentence (22,501, int8 unit MiniLM vectors), k = 25. S at its
threshold 0.42, KN at 0.36 (what the committed rule chose for KN on all of group 6, seed 20240, knn47.json).
Writes $CW25/devtest47.json."""

import json
import os
import sys
from pathlib import Path

import numpy as np
from knn47 import knn_vote, unit_int8
from sklearn.metrics import roc_auc_score

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "checkworthy_round14"))
from common import PATH, D, texts, y

from spinscope.components.claims import MODEL_DIR, checkworthy_probabilities, encode_sentences, load_claim_model
from spinscope.components.claims_adapter import with_adapter
from spinscope.training.claims import CHECKTHAT_FILES, _cached_embeddings, read_checkthat, weighted_f1

OUT = Path(os.environ.get("CW25", "/tmp/cw47"))
rows = read_checkthat(D / CHECKTHAT_FILES["dev-test"])
dt = [r.text for r in rows]
yd = np.array([r.label == "Yes" for r in rows], dtype=int)
_, config = load_claim_model(MODEL_DIR)
dense_dt = encode_sentences(dt)
s, threshold = with_adapter(dt, checkworthy_probabilities(dt, dense=dense_dt), float(config["threshold"]), MODEL_DIR)
knn = knn_vote(dense_dt, unit_int8(_cached_embeddings(PATH, texts, print)), y)
kn = 0.75 * s + 0.25 * knn
out = {}
for name, p, t in (("S", s, threshold), ("KN", kn, 0.36), ("K alone", knn, 0.28)):
    out[name] = {
        "threshold": t,
        "f1": round(weighted_f1(yd, p, t), 4),
        "f1_at_share_0.25": round(weighted_f1(yd, p, t, prior=0.25), 4),
        "auc": round(float(roc_auc_score(yd, p)), 4),
    }
    print(name, json.dumps(out[name]), flush=True)
(OUT / "devtest47.json").write_text(json.dumps(out, indent=2) + "\n")
