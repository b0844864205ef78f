import os
import numpy as np, sys
from pathlib import Path
from spinscope.training.claims import CHECKTHAT_FILES, read_checkthat, prior_robust_threshold, weighted_f1
from spinscope.training.claims_finetune import debate_groups
from sklearn.metrics import roc_auc_score
D = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "checkthat2024_en"; C = Path(os.environ.get("CW9_CACHE", Path.home() / ".cache" / "spinscope" / "cw9"))
rows = read_checkthat(D / CHECKTHAT_FILES["train"])
y = np.array([r.label == "Yes" for r in rows], dtype=int)
g = debate_groups([r.sentence_id for r in rows]); latest = np.flatnonzero(g == 5)
Y = y[latest]; H = debate_groups([rows[i].sentence_id for i in latest], n_groups=2)
def split(p):
    out = []
    for h in (0, 1):
        t, _ = prior_robust_threshold(Y[H != h], p[H != h]); out.append(weighted_f1(Y[H == h], p[H == h], t))
    t, r = prior_robust_threshold(Y, p)
    return out, t, r
def show(name, p):
    s, t, r = split(p)
    print(f"{name:40s} split {s[0]:.4f} {s[1]:.4f} mean {np.mean(s):.4f} thr {t:.2f} AUC {roc_auc_score(Y, p):.4f}")
if __name__ == "__main__":
    for f in sys.argv[1:]:
        show(f, np.load(C / f))
