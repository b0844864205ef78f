"""narr48 addendum (`hiother48`, scripts/narr48/RULE.md): Hindi on the multilingual heads at the global thresholds
with a Hindi Other gate on the best coarse probability, cross-fitted, paired against main.

    python scripts/narr48/gate.py HI PROBS.npz MAIN_PRED.txt
"""

import sys

import numpy as np
from crossfit import DATA, Tables, bootstrap, f1, folds, load_tsv

GATES = [0.0] + [round(0.25 + 0.01 * i, 2) for i in range(71)] + [1.01]
SALTS = ("narr48c", "narr48d", "narr48", "narr48b")


def main(lang, probs_path, main_path):
    probs = np.load(probs_path)
    gold = load_tsv(DATA / lang / "subtask-2-annotations.txt")
    t = Tables(probs, gold)
    pred = load_tsv(main_path)
    names = t.names
    base_c = np.array([f1(gold[n][0], pred[n][0]) for n in names])
    base_f = np.array([f1(gold[n][1], pred[n][1]) for n in names])
    a, b = t.index(0.25, 0.2)
    open_c, open_f = t.at(np.arange(len(names)), a, b)
    other = np.array([1.0 if gold[n][0] == {"Other"} else 0.0 for n in names])
    other_f = np.array([1.0 if gold[n][1] == {"Other"} else 0.0 for n in names])
    best = probs["cp"].max(axis=1)
    # per article and gate: coarse, fine F1
    shut = best[:, None] < np.array(GATES)[None, :]
    gc = np.where(shut, other[:, None], open_c[:, None])
    gf = np.where(shut, other_f[:, None], open_f[:, None])

    def choose(rows):
        total = gc[rows].sum(axis=0) + gf[rows].sum(axis=0)
        return int(np.where(total >= total.max() - 1e-9)[0][0])  # ties: the lower g

    print(f"== hiother48 {lang}: {len(names)} articles; base main coarse / fine {base_c.mean():.4f} / "
          f"{base_f.mean():.4f}")
    first = None
    for salt in SALTS:
        fold = folds(names, salt)
        oc, of = np.zeros(len(names)), np.zeros(len(names))
        chosen = []
        for k in range(5):
            g = choose(np.where(fold != k)[0])
            test = fold == k
            oc[test], of[test] = gc[test, g], gf[test, g]
            chosen.append(GATES[g])
        dc, df = oc - base_c, of - base_f
        per_fold = [round(float((dc[fold == k] + df[fold == k]).sum() / len(names)), 4) for k in range(5)]
        print(f"   draw {salt}: cross-fitted {oc.mean():.4f} / {of.mean():.4f}; gain coarse {dc.mean():+.4f} "
              f"fine {df.mean():+.4f}; gates chosen {chosen}; per-fold (coarse + fine) {per_fold}, "
              f">= 0: {sum(x >= 0 for x in per_fold)}")
        if first is None:
            first = (dc + df) / 2
    lo, hi = bootstrap(first)
    print(f"   draw narr48c: per-article gain mean {first.mean():+.4f}, 90% bootstrap [{lo:+.4f}, {hi:+.4f}]")
    g = choose(np.arange(len(names)))
    print(f"   gate chosen on all {len(names)}: {GATES[g]} (in-sample {gc[:, g].mean():.4f} / {gf[:, g].mean():.4f})")


if __name__ == "__main__":
    main(*sys.argv[1:4])
