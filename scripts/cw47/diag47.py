"""Round 47, after the decision (decides nothing): K alone, KN at a lower weight of K, and how much of group 6 has a
(near-)duplicate among the training sentences of groups 1-5. Reads the caches knn47.py used (scripts/cw47/env.sh);
writes $CW25/diag47.json."""

import json
import os
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "checkworthy_round14"))
from common import DEB, H, Y, earlier, latest, report, y
from knn47 import unit_int8
from parts47 import adapter, dense, head, lr, mlp_g6

OUT = Path(os.environ.get("CW25", "/tmp/cw47"))
knn = np.load(OUT / "knn_g6.npy")
recipe = (lr + mlp_g6(20240)) / 2
s3 = (recipe + adapter + head) / 3
out: dict = {"K_alone": report("K alone", Y, knn, H, DEB)}
for w in (0.1, 0.15):
    out[f"KN_w{w}"] = report(f"(1-{w}) S + {w} K, seed 20240", Y, (1 - w) * s3 + w * knn, H, DEB)
bank = unit_int8(dense[earlier])
q = dense[latest] / np.linalg.norm(dense[latest], axis=1, keepdims=True)
best = np.concatenate([(q[a : a + 512] @ bank.T).max(axis=1) for a in range(0, len(q), 512)])
arg = np.concatenate([(q[a : a + 512] @ bank.T).argmax(axis=1) for a in range(0, len(q), 512)])
near = best >= 0.95
out["near_duplicates"] = {
    "count": int(near.sum()),
    "share": round(float(near.mean()), 4),
    "yes_among_them": int(Y[near].sum()),
    "label_agrees_with_nearest": round(float((Y[near] == y[earlier][arg[near]]).mean()), 4),
    "S_errors_at_0.42_among_them": int(((s3[near] >= 0.42) != Y[near].astype(bool)).sum()),
}
print("near", json.dumps(out["near_duplicates"]), flush=True)
(OUT / "diag47.json").write_text(json.dumps(out, indent=2) + "\n")
