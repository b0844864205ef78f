import sys, numpy as np
sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parent))
from harness import Y, LATE, prf, topic_groups, time_groups
def f1(P, idx): return prf(P[idx], Y[idx])[2]
base = np.load('/tmp/frames17/res_base.npz')
TG, MG = topic_groups(), time_groups()
for name in sys.argv[1:]:
    r = np.load(f'/tmp/frames17/res_{name}.npz')
    rng = np.random.default_rng(0); n = len(Y); d = []
    for _ in range(2000):
        i = rng.integers(0, n, n)
        d.append([(f1(r[e], i) - f1(base[e], i)) for e in ('S1', 'S2', 'N')])
    d = np.array(d); s = (d[:, 0] + d[:, 1]) / 2
    print(f'{name}: dS mean {s.mean():+.4f} 90% [{np.percentile(s,5):+.4f}, {np.percentile(s,95):+.4f}] P(>0) {np.mean(s>0):.2f}; dN [{np.percentile(d[:,2],5):+.4f}, {np.percentile(d[:,2],95):+.4f}]')
    print('   S1 per cluster base->lever:', ' '.join(f'{c}:{f1(base["S1"], np.where(TG==c)[0]):.3f}->{f1(r["S1"], np.where(TG==c)[0]):.3f}' for c in range(6)))
    print('   S2 per block   base->lever:', ' '.join(f'{c}:{f1(base["S2"], np.where(MG==c)[0]):.3f}->{f1(r["S2"], np.where(MG==c)[0]):.3f}' for c in range(5)))
