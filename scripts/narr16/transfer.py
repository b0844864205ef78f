"""Round 16 (narr16): does the blend's threshold choice transfer? Per outer fold and blend weight w (P(Other) not
blended): the best inner objective, the outer score of the inner choice, and the best outer score of any setting
(an oracle, never used for a choice). Usage: python scripts/narr16/transfer.py r4|fresh|n15 en|all N_FOLDS"""
import pickle
import sys
import numpy as np
from pathlib import Path
sys.path[:0] = ["scripts/narr16", "scripts/narr14"]
import ml_stack as M
from spinscope.training import semeval2025 as S
part = sys.argv[1]; mode = sys.argv[2]
data = pickle.loads(Path(f"/tmp/narr16/{part}.pkl").read_bytes())
ids = data["ids"]; T = M.lead_table()
english = [T[("EN", i)] for i in ids]; ex = np.stack([r[0] for r in english])
foreign = [r for (l, _), r in T.items() if l != "EN"] if mode == "all" else []
for k, fold in enumerate(data["folds"][:int(sys.argv[3])]):
    tr, te = fold["train"], fold["test"]
    oa = fold["outer"]
    probs = M.head_probs([english[i] for i in tr] + foreign, ex[te], oa[0].coarse_labels, M.fine_names([english[i] for i in tr]))
    inner_by_w = {w: [] for w in M.W}
    for (itr, ite), arrays in zip(S._folds([ids[i] for i in tr]), fold["inner"]):
        pr = M.head_probs([english[i] for i in tr[itr]] + foreign, ex[tr[ite]], arrays[0].coarse_labels, M.fine_names([english[i] for i in tr[itr]]))
        for w in M.W:
            inner_by_w[w].append(M.prepare(M.blended(arrays, pr, w)))
    line = []
    for w in M.W:
        o = M.prepare(M.blended(oa, probs, w))
        obj_o, s_o = M.choose({w: [o]}, (0.0,))
        obj_i, s_i = M.choose({w: inner_by_w[w]}, (0.0,))
        c, f = M.outer_rows(o, s_i)
        line.append(f"w{w}: inner-best {obj_i:.4f} outer@inner {c.mean()+f.mean():.4f} outer-oracle {obj_o:.4f}")
    print(part, mode, k, " | ".join(line), flush=True)
