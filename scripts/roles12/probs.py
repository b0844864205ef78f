"""Round 12 (roles12): cross-fitted per-mention main-role probabilities of every actor row built by e2e_rows.py
(the shipped recipe fitted per fold of each partition, as e2e_score.py), for aggregations.py, bias.py and select.py.

Usage: python scripts/roles12/probs.py TRAIN_ROWS.pkl E2E.pkl OUT.pkl
"""
import pickle, sys
from pathlib import Path
import numpy as np
sys.path.insert(0, "scripts/roles11")
import folds as F
from spinscope.training import semeval2025 as S
train = pickle.load(open(sys.argv[1], "rb")); e2e = pickle.load(open(sys.argv[2], "rb"))
rows, mentions = train["rows"], train["mentions"]
arts = [m.article for m in mentions]
out = {}
for part, folds in F.partitions(arts).items():
    P = {"actor": {}, "gold": {}, "actor_at_gold": {}}
    for tr, te in folds:
        fit = S.fit_roles(rows.take(list(tr)), [mentions[i] for i in tr], F.PARAMS, fine=False)
        ta = {arts[i] for i in te}
        for key, r in e2e["rows"]["actor"].items():
            if key[0] in ta:
                P["actor"][key] = S._main_proba(fit.bundle, r)
        for i in te:
            P["gold"][i] = S._main_proba(fit.bundle, e2e["rows"]["surface_at_gold"][i])[0]
            if i in e2e["rows"]["actor_at_gold"]:
                P["actor_at_gold"][i] = S._main_proba(fit.bundle, e2e["rows"]["actor_at_gold"][i])[0]
    out[part] = P
pickle.dump(out, open(sys.argv[3], "wb"))
