"""Round 12 (roles12): which mentions of an actor to average (mentions as agent or patient, without the ones only
after a preposition, ...), from the side and syntax numbers of each row; same figures as aggregations.py.

Usage: python scripts/roles12/select_mentions.py E2E.pkl PROBS.pkl
"""
import pickle, sys, hashlib
import numpy as np
from collections import Counter
from spinscope.components.role_context import NUMERIC_NAMES as N
R = ("Protagonist", "Antagonist", "Innocent")
e2e = pickle.load(open(sys.argv[1], "rb")); P = pickle.load(open(sys.argv[2], "rb"))
mentions, match, actors = e2e["mentions"], e2e["match"], e2e["actors"]
gold = np.array([m.main for m in mentions])
tune = np.array([int(hashlib.sha1(f"tune:{m.article}".encode()).hexdigest(), 16) % 2 == 0 for m in mentions])
ix = {n: N.index(n) for n in N}
def sel(numbers, rule):
    nb = np.stack(numbers)
    ag, pa, po, pr = (nb[:, ix[k]] > 0 for k in ("agent", "patient", "possessor", "preposition"))
    side = (nb[:, [ix[k] for k in ("harm_agent","harm_patient","help_agent","help_patient","sufferer","victim_noun")]] > 0).any(1)
    if rule == "all": k = np.ones(len(nb), bool)
    elif rule == "no_prep_only": k = ~(pr & ~ag & ~pa & ~po)
    elif rule == "agent_or_patient": k = ag | pa
    elif rule == "agent_patient_side": k = ag | pa | side
    elif rule == "agent_only": k = ag
    return k if k.any() else np.ones(len(nb), bool)
for part, D in P.items():
    for rule in ("all", "no_prep_only", "agent_or_patient", "agent_patient_side", "agent_only"):
        pred = np.full(len(mentions), "", dtype=object); shown = Counter()
        roles = {}
        for key, p in D["actor"].items():
            k = sel(e2e["rows"]["actor"][key].numbers, rule)
            roles[key] = R[int(p[k].mean(0).argmax())]
        for i, (m, x) in enumerate(zip(mentions, match)):
            if x is not None: pred[i] = roles[(m.article, x)]
        shown.update(r for (a, k), r in roles.items() if actors[a][k]["main"])
        ok = pred == gold
        print(f"{part} {rule:20s} analyze {ok.mean():.4f} tune {ok[tune].mean():.4f} held {ok[~tune].mean():.4f} main P/A/I {shown['Protagonist']}/{shown['Antagonist']}/{shown['Innocent']}")
