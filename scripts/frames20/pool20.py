"""The rule of scripts/frames20/RULE.md: pooled over the three seed sets 83/41, 89/43, 97/47.

    python scripts/frames20/pool20.py [CANDIDATE [SEEDS]]  # default PF10 and the rule's 83/41,89/43,97/47;
                                                           # reads /tmp/frames20/res_{base,PF10}_<o>_<i>.npz
A SEEDS argument (e.g. 53/23,67/31,79/37,13/7,29/11,41/17) is the after-decision diagnostic only."""
import sys

import numpy as np

sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parent))
from harness import LATE, Y, prf

SEEDS = (tuple(tuple(int(x) for x in p.split('/')) for p in sys.argv[2].split(',')) if len(sys.argv) > 2
         else ((83, 41), (89, 43), (97, 47)))
ESTS = ('S1', 'S2', 'N')
name = sys.argv[1] if len(sys.argv) > 1 else 'PF10'
base = [np.load(f'/tmp/frames20/res_base_{o}_{i}.npz') for o, i in SEEDS]
cand = [np.load(f'/tmp/frames20/res_{name}_{o}_{i}.npz') for o, i in SEEDS]


def f1(P, idx):
    return prf(P[idx], Y[idx])[2]


def counts(P, idx):
    y = Y[idx]
    P = P[idx]
    return np.array([(P & (y == 1)).sum(), (P & (y == 0)).sum(), (~P & (y == 1)).sum()])


def pooled(res, idx):
    """(mean S, mean N) over the seed sets on the articles idx."""
    s = np.mean([(f1(r['S1'], idx) + f1(r['S2'], idx)) / 2 for r in res])
    n = np.mean([f1(r['N'], idx) for r in res])
    return s, n


n_art = len(Y)
all_ = np.arange(n_art)
for (o, i), b, c in zip(SEEDS, base, cand, strict=True):
    fb = {e: f1(b[e], all_) for e in ESTS}
    fc = {e: f1(c[e], all_) for e in ESTS}
    print(f'seeds {o}/{i}: base S1 {fb["S1"]:.4f} S2 {fb["S2"]:.4f} S {(fb["S1"] + fb["S2"]) / 2:.4f} N {fb["N"]:.4f} '
          f'late ' + '/'.join(f'{f1(b[e], LATE):.3f}' for e in ESTS) + f' | {name} S1 {fc["S1"]:.4f} S2 {fc["S2"]:.4f} '
          f'S {(fc["S1"] + fc["S2"]) / 2:.4f} N {fc["N"]:.4f} late ' + '/'.join(f'{f1(c[e], LATE):.3f}' for e in ESTS)
          + f' | dS {(fc["S1"] + fc["S2"] - fb["S1"] - fb["S2"]) / 2:+.4f} dN {fc["N"] - fb["N"]:+.4f}')
sb, nb = pooled(base, all_)
sc, nc = pooled(cand, all_)
draws = np.random.default_rng(0).integers(0, n_art, (2000, n_art))
boot = np.array([[x - y for x, y in zip(pooled(cand, ix), pooled(base, ix), strict=True)] for ix in draws])
lo, hi = np.percentile(boot[:, 0], [5, 95])
nlo, nhi = np.percentile(boot[:, 1], [5, 95])
lb = sum(counts(r[e], LATE) for r in base for e in ESTS)
lc = sum(counts(r[e], LATE) for r in cand for e in ESTS)


def f(t):
    return 2 * t[0] / (2 * t[0] + t[1] + t[2])


a, b_, c_ = lo > 0, nhi >= 0 and nc - nb >= -0.005, f(lc) >= f(lb) - 0.005
print(f'pooled: base S {sb:.4f} N {nb:.4f}; {name} S {sc:.4f} N {nc:.4f}')
print(f'(a) dS_pooled {sc - sb:+.4f} 90% [{lo:+.4f}, {hi:+.4f}] -> {"ok" if a else "FAIL"}')
print(f'(b) dN_pooled {nc - nb:+.4f} 90% [{nlo:+.4f}, {nhi:+.4f}] (upper end >= 0 and dN >= -0.005) -> {"ok" if b_ else "FAIL"}')
print(f'(c) late pooled ({3 * len(SEEDS)} cells) base {f(lb):.4f} (TP {lb[0]} FP {lb[1]} FN {lb[2]}) '
      f'{name} {f(lc):.4f} (TP {lc[0]} FP {lc[1]} FN {lc[2]}) (>= base - 0.005) -> {"ok" if c_ else "FAIL"}')
verdict = 'PASS' if a and b_ and c_ else 'FAIL'
print(f'=> {verdict}' if len(sys.argv) <= 2 else f'=> (diagnostic, not the rule) conditions {verdict.lower()}')
