"""narr51, third rule (scripts/narr51/RULE.md): Hindi heads fitted on the Hindi rows alone (`own`) against the shipped
joint recipe (`hi49`), paired on the same outer folds, five draws; thresholds nested as narr49.

    python scripts/narr51/own.py LEADS_DIR
"""

import importlib.util
import sys
import time
from pathlib import Path

import numpy as np

_spec = importlib.util.spec_from_file_location("narr51_crossfit", Path(__file__).with_name("crossfit.py"))
assert _spec and _spec.loader
c51 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(c51)
n49 = c51.n49

from spinscope.training.semeval2025 import is_validation  # noqa: E402


def main(leads, salts=c51.SALTS):
    joint, own = n49.Data(leads, "joint"), n49.Data(leads, "own")
    assert joint.names == own.names and joint.cl == own.cl and joint.fl == own.fl
    rows = np.arange(len(joint.names))
    val = np.array([is_validation(n) for n in joint.names])
    summary = []
    for salt in salts:
        started = time.time()
        fold = n49.fold_of(joint.names, salt, 5)
        res = {}
        for tag, d in (("hi49", joint), ("hi51own", own)):
            oc, of = np.zeros(len(rows)), np.zeros(len(rows))
            others, chosen = 0, []
            for k in range(5):
                train, test = rows[fold != k], rows[fold == k]
                a, b = d.thresholds(train)
                cp, fp = d.probs(d.fit(train), test)
                t = d.tables(test, cp, fp)
                oc[test], of[test] = t.coarse[:, a], t.fine[:, a, b]
                others += int((cp.max(axis=1) < n49.COARSE_GRID[a]).sum())
                chosen.append((n49.COARSE_GRID[a], n49.FINE_GRID[b]))
            res[tag] = (oc, of, others, chosen)
        (bc, bf, bo, _), (c, f, o, ch) = res["hi49"], res["hi51own"]
        gc, gf = c - bc, f - bf
        per_fold = [float((gc[fold == k] + gf[fold == k]).sum() / len(rows)) for k in range(5)]
        print(f"== draw {salt} ({time.time() - started:.0f}s): hi49 {bc.mean():.4f} / {bf.mean():.4f} (Other {bo}); "
              f"hi51own {c.mean():.4f} / {f.mean():.4f} (Other {o}, gold 82); gain {gc.mean():+.4f} / "
              f"{gf.mean():+.4f}", flush=True)
        print(f"   folds >= 0: {sum(x >= 0 for x in per_fold)} {[round(x, 4) for x in per_fold]}; validation split "
              f"{c[val].mean():.4f} / {f[val].mean():.4f} (hi49 {bc[val].mean():.4f} / {bf[val].mean():.4f}); "
              f"chosen {ch}", flush=True)
        if salt == "narr49":
            lo, hi = n49.bootstrap((gc + gf) / 2, seed=51)
            print(f"   bootstrap 90% of (coarse + fine) / 2 gain [{lo:+.4f}, {hi:+.4f}]", flush=True)
        summary.append((gc.mean(), gf.mean()))
    s = np.array(summary)
    print(f"== mean over draws: gain {s[:, 0].mean():+.4f} / {s[:, 1].mean():+.4f}; (c + f) / 2 {s.mean():+.4f}",
          flush=True)


if __name__ == "__main__":
    main(sys.argv[1], tuple(sys.argv[2:]) or c51.SALTS)
