import sys, json, time, numpy as np
sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parent))
from exp import *
TG, MG = topic_groups(), time_groups()
levers = sys.argv[1].split(',')
out = {}
for name in levers:
    t = time.time()
    fit, rule, ik = lr_fit(3.0), per_frame_rule, None
    if name == 'global': rule = global_rule
    elif name == 'card': rule = card_rule
    elif name == 'ratio': rule = ratio_card_rule
    elif name == 'shrink': rule = shrink_rule
    elif name == 'grouped': ik = 'group'
    elif name.startswith('C='): fit = lr_fit(float(name[2:]))
    res = {}
    for est, kind, groups in (('S1', 'group', TG), ('S2', 'group', MG), ('N', 'random', None)):
        inner = 'random' if ik is None else 'group'
        # grouped inner folds always by topic cluster
        P, probs = run_mixed(fit, rule, kind, groups, inner, TG)
        res[est] = P
        print(report(f'{name} {est}', P), flush=True)
    f = {k: prf(v, Y)[2] for k, v in res.items()}
    print(f'== {name}: S1 {f["S1"]:.4f} S2 {f["S2"]:.4f} S {(f["S1"]+f["S2"])/2:.4f} N {f["N"]:.4f} ({time.time()-t:.0f}s)', flush=True)
    np.savez(f'/tmp/frames17/res_{name}.npz', **res)
