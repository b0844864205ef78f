"""Round 12 (roles12): the role model trained on the actor's context (the rows analyze builds at the annotated
mention, where the mention matches an actor) instead of the surface occurrences.

Usage: python scripts/roles12/actor_context.py TRAIN_ROWS.pkl E2E.pkl
"""
import pickle, sys, hashlib
import numpy as np
from collections import Counter
sys.path.insert(0, "scripts/roles11")
import folds as F
from spinscope.components.semeval2025 import MAIN_ROLES, RoleRows
from spinscope.training import semeval2025 as S
tr_ = pickle.load(open(sys.argv[1], "rb")); e2e = pickle.load(open(sys.argv[2], "rb"))
rows, mentions = tr_["rows"], tr_["mentions"]
match, actors, E = e2e["match"], e2e["actors"], e2e["rows"]
gold = np.array([m.main for m in mentions]); arts = [m.article for m in mentions]
actx = RoleRows()
for i in range(len(mentions)):
    actx.extend(E["actor_at_gold"][i] if i in E["actor_at_gold"] else rows.take([i]))
R = np.array(MAIN_ROLES)
for part, folds in F.partitions(arts).items():
    gp = np.full(len(mentions), "", dtype=object); ag = gp.copy(); an = gp.copy(); sh = Counter()
    for tr, te in folds:
        fit = S.fit_roles(actx.take(list(tr)), [mentions[i] for i in tr], F.PARAMS, fine=False)
        gp[te] = R[S._main_proba(fit.bundle, rows.take(list(te))).argmax(1)]
        ag[te] = R[S._main_proba(fit.bundle, actx.take(list(te))).argmax(1)]
        ta = {arts[i] for i in te}
        role = {k: R[S._main_proba(fit.bundle, r).mean(0).argmax()] for k, r in E["actor"].items() if k[0] in ta}
        for i in te:
            if match[i] is not None and actors[arts[i]][match[i]]["main"]: an[i] = role[(arts[i], match[i])]
        sh.update(r for k, r in role.items() if actors[k[0]][k[1]]["main"])
    cov = an != ""
    print(part, f"surface-gold {np.mean(gp == gold):.4f} actor-ctx-gold {np.mean(ag == gold):.4f} ({dict(Counter(ag))}) analyze on covered {np.mean(an[cov] == gold[cov]):.4f} all {np.mean(an == gold):.4f} shown {dict(sh)}", flush=True)
