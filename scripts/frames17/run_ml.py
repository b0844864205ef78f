import sys, time, numpy as np
sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parent))
from exp import *
from harness import _arts
from mlrows import load_cache, english_pairs, fit_map, foreign_rows
from sklearn.model_selection import GroupKFold
cache = load_cache()
Xp, Tp, Gp = english_pairs(cache, D, _arts)
best = None
for alpha in (0.03, 0.1, 0.3, 1.0, 3.0):
    cos = []
    for a, b in GroupKFold(5).split(Xp, groups=Gp):
        P = fit_map(Xp[a], Tp[a], alpha)(Xp[b])
        cos += list((P * Tp[b]).sum(1) / np.linalg.norm(P, axis=1) / np.linalg.norm(Tp[b], axis=1))
    print('pairs', len(Xp), 'alpha', alpha, 'cos %.3f' % np.mean(cos), flush=True)
    if best is None or np.mean(cos) > best[0]: best = (np.mean(cos), alpha)
import os
if os.environ.get("ALPHA"): best = (0, float(os.environ["ALPHA"]))
mapf = fit_map(Xp, Tp, best[1])
FX, FY, FL, cov = foreign_rows(cache, mapf)
print('foreign rows', len(FX), {l: int((FL == l).sum()) for l in np.unique(FL)}, 'cover %.2f' % cov.mean(), 'frames/art %.2f' % FY.sum(1).mean())
print('norms: english article %.3f mapped foreign %.3f' % (np.linalg.norm(E, axis=1).mean(), np.linalg.norm(FX, axis=1).mean()))
np.savez(f'/tmp/frames17/foreign_rows{sys.argv[3] if len(sys.argv) > 3 else ""}.npz', X=FX, Y=FY, L=FL)
if sys.argv[1] == 'none': sys.exit()
TG, MG = topic_groups(), time_groups()
for w in [float(x) for x in sys.argv[1].split(',')]:
    t = time.time(); res = {}
    for est, kind, groups in (('S1', 'group', TG), ('S2', 'group', MG), ('N', 'random', None)):
        P, _ = run_mixed(lr_fit(float(sys.argv[2]) if len(sys.argv) > 2 else 3.0, (FX, FY), w), per_frame_rule, kind, groups, 'random', TG)
        res[est] = P; print(report(f'ml w={w} {est}', P), flush=True)
    f = {k: prf(v, Y)[2] for k, v in res.items()}
    print(f'== ml w={w}: S1 {f["S1"]:.4f} S2 {f["S2"]:.4f} S {(f["S1"]+f["S2"])/2:.4f} N {f["N"]:.4f} ({time.time()-t:.0f}s)', flush=True)
    np.savez(f'/tmp/frames17/res_ml{w}{sys.argv[3] if len(sys.argv) > 3 else ""}.npz', **res)
