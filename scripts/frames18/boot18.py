"""The rule of scripts/frames18/RULE.md applied to run18.py's predictions.

    python scripts/frames18/boot18.py OUTER_SEED INNER_SEED C10,F,F10,L,L10,PF,PF10

Reads $FRAMES_OUT (default /tmp/frames18), as run18.py writes it."""
import os
import sys

import numpy as np

sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parents[1] / 'frames17'))
from harness import LATE, Y, prf

OUT = os.environ.get('FRAMES_OUT', '/tmp/frames18')
o, i = sys.argv[1], sys.argv[2]
base = np.load(f'{OUT}/res_base_{o}_{i}.npz')


def f1(P, idx):
    return prf(P[idx], Y[idx])[2]


n = len(Y)
draws = np.random.default_rng(0).integers(0, n, (2000, n))
for name in sys.argv[3].split(','):
    try:
        r = np.load(f'{OUT}/res_{name}_{o}_{i}.npz')
    except FileNotFoundError:
        print(f'{name}: not run')
        continue
    d = np.array([[f1(r[e], ix) - f1(base[e], ix) for e in ('S1', 'S2', 'N')] for ix in draws])
    s = (d[:, 0] + d[:, 1]) / 2
    all_ = np.arange(n)
    dS = (f1(r['S1'], all_) + f1(r['S2'], all_) - f1(base['S1'], all_) - f1(base['S2'], all_)) / 2
    dN = f1(r['N'], all_) - f1(base['N'], all_)
    late = {e: (f1(base[e], LATE), f1(r[e], LATE)) for e in ('S1', 'S2', 'N')}
    a = np.percentile(s, 5) > 0
    b = dN >= 0
    c = all(v >= u for u, v in late.values())
    print(f'{name:5s} seeds {o}/{i}: dS {dS:+.4f} 90% [{np.percentile(s, 5):+.4f}, {np.percentile(s, 95):+.4f}] '
          f'dN {dN:+.4f} [{np.percentile(d[:, 2], 5):+.4f}, {np.percentile(d[:, 2], 95):+.4f}] late '
          + ' '.join(f'{e} {u:.3f}->{v:.3f}' for e, (u, v) in late.items())
          + f' | (a) {"ok" if a else "FAIL"} (b) {"ok" if b else "FAIL"} (c) {"ok" if c else "FAIL"}'
          + (' => PASS' if a and b and c else ''))
