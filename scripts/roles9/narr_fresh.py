"""Round 9 (roles9): narrative procedures compared on FRESH outer folds (``narr_folds.py`` with FRESH=roles9:
outer fold = sha1("roles9:" + id) % 5, never looked at before), every choice made by the inner CV as in
``spinscope train narratives``. Usage: python scripts/roles9/narr_fresh.py FOLDS_C1.pkl FOLDS_C2.pkl [base] [combo]"""
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from narr_fast import V, apply, select  # noqa: E402

res = {1.0: pickle.load(open(sys.argv[1], "rb")), 2.0: pickle.load(open(sys.argv[2], "rb"))}
for rule in sys.argv[3:] or ("base", "combo"):
    vg = V[rule]
    per = {}
    for k in range(5):
        for c in res:
            o = res[c]["outer"][k]
            per[(k, c)] = select(o["inner"], vg)
    for name, cs in (("C 2 only", (2.0,)), ("C 1 only", (1.0,)), ("C 1 or 2 by the inner CV", (1.0, 2.0))):
        tc = tf = 0.0; n = 0; chosen = []
        for k in range(5):
            b, c = max(((per[(k, c)], c) for c in cs), key=lambda t: (t[0][0], -t[1]))  # ties: C 1, the grid's first
            rc, rf = apply(res[c]["outer"][k]["test"], b[1], b[2])
            tc += rc.sum(); tf += rf.sum(); n += len(rc)
            chosen.append((c, round(float(rc.mean()), 4), round(float(rf.mean()), 4)))
        print(f"rule {rule}, {name}: fresh nested {tc / n:.4f} / {tf / n:.4f}; per fold (C, coarse, fine) {chosen}",
              flush=True)
