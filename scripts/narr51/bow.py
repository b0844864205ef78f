"""narr51, second rule (scripts/narr51/RULE.md): Hindi coarse probabilities blended with a bag-of-words head fitted on
the Hindi rows; the cross-fitted estimate (five draws, paired against the base decoding of the same fits) and the
shipped values.

    python scripts/narr51/bow.py estimate LEADS_DIR
    python scripts/narr51/bow.py final LEADS_DIR OUT.npz
"""

import importlib.util
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

_spec = importlib.util.spec_from_file_location("narr51_crossfit", Path(__file__).with_name("crossfit.py"))
assert _spec and _spec.loader
c51 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(c51)
n49 = c51.n49

from spinscope.training.multilingual import fit_multilabel  # noqa: E402
from spinscope.training.semeval2025 import is_validation  # noqa: E402

WEIGHTS = (0.0, 0.25, 0.5, 0.75, 1.0)
MIN_DF, C_BOW = 5, 0.003


def vocabulary(rows, toks):
    df = Counter(w for r in rows for w in toks[r])
    return sorted(w for w, n in df.items() if n >= MIN_DF)


def bag(rows, toks, vocab):
    index = {w: i for i, w in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)))
    for i, r in enumerate(rows):
        for w in toks[r]:
            if w in index:
                x[i, index[w]] = 1.0
    return x


def fit_bow(d, toks, train):
    vocab = vocabulary(train, toks)
    return vocab, fit_multilabel(bag(train, toks, vocab), d.yc[train], C_BOW)


def bow_probs(model, toks, rows):
    vocab, lin = model
    return 1 / (1 + np.exp(-(bag(rows, toks, vocab) @ lin.weight.T + lin.bias)))


def choose(d, rows, cp, bp, fp):
    """(w index, a, b): max coarse + fine over w and the grid; ties: lower w, then narr49's tie."""
    best = None
    for k, w in enumerate(WEIGHTS):
        t = n49.Tables([d.names[r] for r in rows], (1 - w) * cp + w * bp, fp, [d.flags[r] for r in rows], d.gold,
                       d.cl, d.fl)
        a, b = t.choose()
        total = t.coarse[:, a].sum() + t.fine[:, a, b].sum()
        if best is None or total > best[0] + 1e-9:
            best = (total, k, a, b)
    return best[1], best[2], best[3]


def outcome(d, rows, cp, bp, fp, k, a, b):
    w = WEIGHTS[k]
    t = n49.Tables([d.names[r] for r in rows], (1 - w) * cp + w * bp, fp, [d.flags[r] for r in rows], d.gold,
                   d.cl, d.fl)
    p = (1 - w) * cp + w * bp
    return t.coarse[:, a], t.fine[:, a, b], int((p.max(axis=1) < n49.COARSE_GRID[a]).sum())


def estimate(leads):
    d, toks = c51.setup(leads)
    rows = np.arange(len(d.names))
    val = np.array([is_validation(n) for n in d.names])
    summary = []
    for salt in c51.SALTS:
        started = time.time()
        fold = n49.fold_of(d.names, salt, 5)
        base_c, base_f, new_c, new_f = (np.zeros(len(rows)) for _ in range(4))
        chosen, others = [], [0, 0]
        for k in range(5):
            train, test = rows[fold != k], rows[fold == k]
            inner = n49.fold_of([d.names[r] for r in train], n49.INNER[0], n49.INNER[1])
            order, icp, ibp, ifp = [], [], [], []
            for j in range(n49.INNER[1]):
                itr, ite = train[inner != j], train[inner == j]
                cp, fp = d.probs(d.fit(itr), ite)
                order.append(ite), icp.append(cp), ifp.append(fp)
                ibp.append(bow_probs(fit_bow(d, toks, itr), toks, ite))
            order, icp, ibp, ifp = np.concatenate(order), np.vstack(icp), np.vstack(ibp), np.vstack(ifp)
            cp, fp = d.probs(d.fit(train), test)
            bp = bow_probs(fit_bow(d, toks, train), toks, test)
            a0, b0 = n49.Tables([d.names[r] for r in order], icp, ifp, [d.flags[r] for r in order], d.gold, d.cl,
                                d.fl).choose()
            base_c[test], base_f[test], o0 = outcome(d, test, cp, bp, fp, 0, a0, b0)
            kw, a, b = choose(d, order, icp, ibp, ifp)
            new_c[test], new_f[test], o1 = outcome(d, test, cp, bp, fp, kw, a, b)
            others[0] += o0
            others[1] += o1
            chosen.append((WEIGHTS[kw], n49.COARSE_GRID[a], n49.FINE_GRID[b]))
        gc, gf = new_c - base_c, new_f - base_f
        per_fold = [float((gc[fold == k] + gf[fold == k]).sum() / len(rows)) for k in range(5)]
        print(f"== draw {salt} ({time.time() - started:.0f}s): base hi49 {base_c.mean():.4f} / {base_f.mean():.4f} "
              f"(Other {others[0]}); hi51bow {new_c.mean():.4f} / {new_f.mean():.4f} (Other {others[1]}, gold 82); "
              f"gain {gc.mean():+.4f} / {gf.mean():+.4f}", flush=True)
        print(f"   folds >= 0: {sum(x >= 0 for x in per_fold)} {[round(x, 4) for x in per_fold]}; validation split "
              f"{new_c[val].mean():.4f} / {new_f[val].mean():.4f} (base {base_c[val].mean():.4f} / "
              f"{base_f[val].mean():.4f}); chosen (w, t_c, t_f) {chosen}", flush=True)
        if salt == c51.SALTS[0]:
            lo, hi = n49.bootstrap((gc + gf) / 2, seed=51)
            print(f"   bootstrap 90% of (coarse + fine) / 2 gain [{lo:+.4f}, {hi:+.4f}]", flush=True)
        summary.append((gc.mean(), gf.mean()))
    s = np.array(summary)
    print(f"== mean over draws: gain {s[:, 0].mean():+.4f} / {s[:, 1].mean():+.4f}; (c + f) / 2 "
          f"{s.mean():+.4f}", flush=True)


def final(leads, out):
    d, toks = c51.setup(leads)
    rows = np.arange(len(d.names))
    fold = n49.fold_of(d.names, "narr49", 5)
    cp, fp = np.zeros((len(rows), len(d.cl))), np.zeros((len(rows), len(d.fl)))
    bp = np.zeros_like(cp)
    for j in range(5):
        tr, te = rows[fold != j], rows[fold == j]
        cp[te], fp[te] = d.probs(d.fit(tr), te)
        bp[te] = bow_probs(fit_bow(d, toks, tr), toks, te)
    k, a, b = choose(d, rows, cp, bp, fp)
    vocab, lin = fit_bow(d, toks, rows)
    print(f"final hi51bow: w {WEIGHTS[k]}, t_c {n49.COARSE_GRID[a]}, t_f {n49.FINE_GRID[b]}; vocabulary {len(vocab)}")
    np.savez(out, vocab=np.array(vocab), w=lin.weight, b=lin.bias, blend=WEIGHTS[k], tc=n49.COARSE_GRID[a],
             tf=n49.FINE_GRID[b])


if __name__ == "__main__":
    if sys.argv[1] == "estimate":
        estimate(sys.argv[2])
    else:
        final(sys.argv[2], sys.argv[3])
