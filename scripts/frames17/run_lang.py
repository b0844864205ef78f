"""Diagnostic (not a decision): foreign rows x0.5 (map from all cached English pairs) with one language left out,
and each language alone."""
import sys, time, numpy as np
sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parent))
from exp import *
F = np.load(sys.argv[2] if len(sys.argv) > 2 else '/tmp/frames17/foreign_rows.npz'); FX, FY, FL = F['X'], F['Y'], F['L']
TG, MG = topic_groups(), time_groups()
for name in sys.argv[1].split(','):
    keep = (FL != name[1:]) if name.startswith('-') else (FL == name)
    res = {}
    for est, kind, groups in (('S1', 'group', TG), ('S2', 'group', MG), ('N', 'random', None)):
        P, _ = run_mixed(lr_fit(3.0, (FX[keep], FY[keep]), 0.5), per_frame_rule, kind, groups, 'random', TG)
        res[est] = P
    f = {k: prf(v, Y)[2] for k, v in res.items()}; l = {k: prf(v[LATE], Y[LATE])[2] for k, v in res.items()}
    print(f'{name:4s} rows {keep.sum()}: S1 {f["S1"]:.4f} S2 {f["S2"]:.4f} S {(f["S1"]+f["S2"])/2:.4f} N {f["N"]:.4f} late {l["S1"]:.3f}/{l["S2"]:.3f}/{l["N"]:.3f}', flush=True)
