"""Round 18 (narr18), diagnostic after the decisions (reads the outer test rows; chooses nothing): how much of the
fine F1 any sub-narrative decoding over the cached probabilities could recover. Per partition, on the outer test
articles with the shipped rule's per-fold choice (read from decode.py's logs, /tmp/narr18/PARTITION_pother.log):
fine as shipped; with the best single (ratio, fine threshold) per fold chosen ON the test rows (an oracle); with
oracle per-narrative thresholds (one greedy pass on the test rows); with "<N>: Other" added exactly where the gold
has it (an oracle); and the within-narrative ranking (AUC of the sub-narratives of each gold narrative, articles
whose gold holds the narrative) of p_sub, of the best sentence's score s_sub and of their mean.
Usage: python scripts/narr18/diag_ceiling.py  (run from the repository root)"""
import ast
import pickle
import re
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, "scripts/narr18")
import decode as D


def shipped_choices(part):
    lines = Path(f"/tmp/narr18/{part}_pother.log").read_text().splitlines()
    return [ast.literal_eval(re.search(r"\(shipped (\{.*?\})\)", ln).group(1)) for ln in lines
            if ln.startswith("  fold")]


def auc(pos, neg):
    if not len(pos) or not len(neg):
        return None
    pos, neg = np.asarray(pos)[:, None], np.asarray(neg)[None, :]
    return float((pos > neg).mean() + 0.5 * (pos == neg).mean())


def main():
    for part in ("r4", "fresh", "n15"):
        data = pickle.loads(Path(f"/tmp/narr16/{part}.pkl").read_bytes())
        sents = pickle.loads(Path(f"/tmp/narr18/{part}_sentfine.pkl").read_bytes())
        tot = np.zeros(4)
        aucs = {"p": [], "s": [], "mean": []}
        n = 0
        for fold, s, sent in zip(data["folds"], shipped_choices(part), sents, strict=True):
            p = D.prepare(fold["outer"], "base")
            a = p.a
            kept = D.kept_for(p, s)
            tot[0] += D.outer_rows(p, s)[1].sum()
            best = max(D.fine_rows(p.fine[key], D.best_under(p.fine[key]), kept,
                                   np.repeat(D.TF[:, None], a.fine.shape[1], axis=1)).sum(axis=1).max()
                       for key in p.fine)
            tot[1] += best
            fa = p.fine[s["fine"]]
            per = {}
            for lab in a.coarse_labels:
                f = D.fine_rows(fa, D.best_under(fa), kept, D.thr_matrix(fa, per, s["tf"], lab)).sum(axis=1)
                per[lab] = float(D.TF[int(np.argmax(f))])
            tot[2] += D.fine_rows(fa, D.best_under(fa), kept, D.thr_matrix(fa, per, s["tf"])).sum()
            nf, k = a.fine.shape[1], len(a.coarse_labels)
            f = D.fine_rows(fa, D.best_under(fa), kept, D.thr_matrix(fa, {}, s["tf"]))
            # oracle "<N>: Other": recompute with the gold's parent-Other columns under reported narratives
            thr = D.thr_matrix(fa, {}, s["tf"])
            par = fa.parent
            under = (par >= 0)[None, :] & np.where(par[None, :] >= 0, kept[:, np.maximum(par, 0)], False)
            fk = (fa.fine >= thr[0][None, :]) & under
            po = kept & a.gold_fine[:, nf:nf + k]
            none = ~kept.any(axis=1)
            pred = np.concatenate([fk, po, none[:, None]], axis=1)
            inter = (a.gold_fine & pred).sum(axis=1)
            total = a.gold_fine.sum(axis=1) + a.fine_missing + pred.sum(axis=1)
            tot[3] += np.where(total > 0, 2 * inter / np.maximum(total, 1), 1.0).sum()
            del f
            n += len(a.fine)
            for j in range(k):
                rows = a.gold_coarse[:, j]
                cols = np.where(par == j)[0]
                if rows.sum() < 2 or len(cols) < 2:
                    continue
                g = a.gold_fine[rows][:, cols]
                for name, v in (("p", a.fine), ("s", sent["outer"]), ("mean", (a.fine + sent["outer"]) / 2)):
                    x = v[rows][:, cols]
                    r = auc(x[g], x[~g])
                    if r is not None:
                        aucs[name].append(r)
        print(f"{part}: fine shipped {tot[0] / n:.4f}; oracle (ratio, threshold) per fold {tot[1] / n:.4f}; oracle "
              f"per-narrative thresholds {tot[2] / n:.4f}; oracle '<N>: Other' {tot[3] / n:.4f}; within-narrative "
              f"AUC p_sub {np.mean(aucs['p']):.3f}, s_sub {np.mean(aucs['s']):.3f}, mean {np.mean(aucs['mean']):.3f}"
              f" ({len(aucs['p'])} narrative-folds)")


if __name__ == "__main__":
    main()
