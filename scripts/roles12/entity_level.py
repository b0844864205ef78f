"""Round 12 (roles12): an entity-level model: one row per annotated entity, the mean of the feature rows of its
actor (what analyze reads), fitted per fold; analyze = the same mean for each held-out actor.

Usage: python scripts/roles12/entity_level.py TRAIN_ROWS.pkl E2E.pkl entity
"""
import pickle, sys, hashlib
import numpy as np
from collections import Counter
from scipy import sparse
sys.path.insert(0, "scripts/roles11")
import folds as F
from spinscope.components.semeval2025 import MAIN_ROLES, stack_features
from spinscope.training import semeval2025 as S
tr_ = pickle.load(open(sys.argv[1], "rb")); e2e = pickle.load(open(sys.argv[2], "rb"))
mode = sys.argv[3] if len(sys.argv) > 3 else "entity"
rows, mentions = tr_["rows"], tr_["mentions"]
match, actors, ar = e2e["match"], e2e["actors"], e2e["rows"]["actor"]
gold = np.array([m.main for m in mentions]); arts = [m.article for m in mentions]
tune = np.array([int(hashlib.sha1(f"tune:{a}".encode()).hexdigest(), 16) % 2 == 0 for a in arts])
def X(bundle, r):
    return stack_features(bundle, r.lexical, np.stack(r.dense), r.context, np.stack(r.numbers))
for part, folds in F.partitions(arts).items():
    analyze = np.full(len(mentions), "", dtype=object); alone = np.full(len(mentions), "", dtype=object); shown = Counter()
    for tr, te in folds:
        fit = S.fit_roles(rows.take(list(tr)), [mentions[i] for i in tr], F.PARAMS, fine=False)
        b = fit.bundle
        ents = []
        for i in tr:
            x = match[i]
            r = ar[(arts[i], x)] if x is not None else rows.take([i])
            xe = sparse.csr_matrix(X(b, r).mean(axis=0))
            if mode == "both":
                ents.append(sparse.vstack([X(b, rows.take([i])), xe]))
            else:
                ents.append(xe)
        y = [mentions[i].main for i in tr for _ in range(2 if mode == "both" else 1)]
        lr = S._logreg(1.0); lr.fit(sparse.vstack(ents), y)
        cls = list(lr.classes_)
        def role(r): return cls[int(lr.predict_proba(sparse.csr_matrix(X(b, r).mean(axis=0))).argmax())]
        ta = {arts[i] for i in te}
        roles = {k: role(r) for k, r in ar.items() if k[0] in ta}
        for i in te:
            alone[i] = role(rows.take([i]))
            if match[i] is not None: analyze[i] = roles[(arts[i], match[i])]
        shown.update(r for (a, k), r in roles.items() if actors[a][k]["main"])
    oa = analyze == gold; ol = alone == gold
    print(f"{mode} {part}: analyze {oa.mean():.4f} (tune {oa[tune].mean():.4f} held {oa[~tune].mean():.4f}) pred {dict(Counter(analyze[analyze!='']))} main P/A/I {shown['Protagonist']}/{shown['Antagonist']}/{shown['Innocent']}; annotated-alone {ol.mean():.4f}", flush=True)
