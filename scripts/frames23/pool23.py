"""The rule of scripts/frames23/RULE.md: pooled over the three seed sets 149/97, 151/101, 157/103.

    python scripts/frames23/pool23.py [CANDIDATE [REFERENCE [SEEDS]]]  # default AV against PF (the shipped recipe);
                                                               # reads /tmp/frames23/res_{PF,AV,MLP}_<o>_<i>.npz
(c) is "does not lose": the candidate's late micro-F1 >= the reference's, no tolerance."""
import sys

import numpy as np

sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parents[1] / 'frames22'))  # round 22's harness
from harness import LATE, Y, prf

SEEDS = ((149, 97), (151, 101), (157, 103))  # RULE.md
if len(sys.argv) > 3:
    SEEDS = tuple(tuple(int(v) for v in pair.split('/')) for pair in sys.argv[3].split(','))
ESTS = ('S1', 'S2', 'N')
name = sys.argv[1] if len(sys.argv) > 1 else 'AV'
ref = sys.argv[2] if len(sys.argv) > 2 else 'PF'
base = [np.load(f'/tmp/frames23/res_{ref}_{o}_{i}.npz') for o, i in SEEDS]
cand = [np.load(f'/tmp/frames23/res_{name}_{o}_{i}.npz') for o, i in SEEDS]


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
per_seed_ds = []
all_ = np.arange(n_art)
for (o, i), b, c in zip(SEEDS, base, cand, strict=True):
    fb = {e: f1(b[e], all_) for e in ESTS}
    fc = {e: f1(c[e], all_) for e in ESTS}
    print(f'seeds {o}/{i}: {ref} S1 {fb["S1"]:.4f} S2 {fb["S2"]:.4f} S {(fb["S1"] + fb["S2"]) / 2:.4f} N {fb["N"]:.4f} '
          f'late ' + '/'.join(f'{f1(b[e], LATE):.3f}' for e in ESTS) + f' | {name} S1 {fc["S1"]:.4f} S2 {fc["S2"]:.4f} '
          f'S {(fc["S1"] + fc["S2"]) / 2:.4f} N {fc["N"]:.4f} late ' + '/'.join(f'{f1(c[e], LATE):.3f}' for e in ESTS)
          + f' | dS {(fc["S1"] + fc["S2"] - fb["S1"] - fb["S2"]) / 2:+.4f} dN {fc["N"] - fb["N"]:+.4f}')
    per_seed_ds.append(float(fc["S1"] + fc["S2"] - fb["S1"] - fb["S2"]) / 2)
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


a, b_, c_ = sc - sb >= 0.005 and lo > 0, nhi >= 0 and nc - nb >= -0.005, f(lc) >= f(lb)
print(f'pooled: {ref} S {sb:.4f} N {nb:.4f}; {name} S {sc:.4f} N {nc:.4f}')
print(f'(a) dS_pooled {sc - sb:+.4f} 90% [{lo:+.4f}, {hi:+.4f}] (>= +0.005 and lower end > 0) '
      f'-> {"ok" if a else "FAIL"}')
print(f'(b) dN_pooled {nc - nb:+.4f} 90% [{nlo:+.4f}, {nhi:+.4f}] (upper end >= 0 and dN >= -0.005) '
      f'-> {"ok" if b_ else "FAIL"}')
print(f'(c) late pooled ({3 * len(SEEDS)} cells) {ref} {f(lb):.4f} (TP {lb[0]} FP {lb[1]} FN {lb[2]}) '
      f'{name} {f(lc):.4f} (TP {lc[0]} FP {lc[1]} FN {lc[2]}) (>= reference) -> {"ok" if c_ else "FAIL"}')
sd = float(np.std(per_seed_ds, ddof=1))
d_ = min(per_seed_ds) > 0
print(f'(d) per-seed dS {[round(x, 4) for x in per_seed_ds]} (each > 0; sd {sd:.4f} reported) '
      f'-> {"ok" if d_ else "FAIL"}')
verdict = 'PASS' if a and b_ and c_ and d_ else 'FAIL'
RULES = (('AV', 'PF'),)
print(f'=> {verdict}' if (name, ref) in RULES else f'=> (diagnostic, not the rule) conditions {verdict.lower()}')
