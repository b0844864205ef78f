"""How much the draw of the head's training sample alone moves the mixture: heads fitted on random samples of groups
1-5 (every sentence embedded), the mixture's split-half F1 and AUC on group 6 per draw.

    python ev_draws.py [N_DRAWS] [SIZE ...]   (default 8 draws of 5,000 and of 10,000 sentences)
"""
import sys
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

sys.path.insert(0, str(Path(__file__).parent))
from common import Y, e5_matrix, g, head, latest, mix2, split_half

has, E = e5_matrix()
pool = np.flatnonzero(g < 5)
assert has[pool].all(), f"{int((~has[pool]).sum())} sentences of groups 1-5 lack a vector: run embed_rest.py"
n = int(sys.argv[1]) if len(sys.argv) > 1 else 8
for size in [int(a) for a in sys.argv[2:]] or [5000, 10000]:
    res = []
    for seed in range(n):
        tr = np.sort(np.random.default_rng(100 + seed).choice(pool, size, replace=False))
        p = head(E, tr, latest)
        m = (2 * mix2 + p) / 3
        s = split_half(m)
        res.append((np.mean(s), *s, roc_auc_score(Y, p), roc_auc_score(Y, m)))
        print(f"size {size} draw {seed}: mixture split {s[0]:.4f} {s[1]:.4f} mean {np.mean(s):.4f} "
              f"head AUC {res[-1][3]:.4f} mixture AUC {res[-1][4]:.4f}", flush=True)
    r = np.array(res)
    print(f"size {size}: mixture split-half mean {r[:, 0].mean():.4f} (min {r[:, 0].min():.4f}, "
          f"max {r[:, 0].max():.4f}, sd {r[:, 0].std():.4f}); "
          f"head AUC {r[:, 3].mean():.4f}; mixture AUC {r[:, 4].mean():.4f}")
