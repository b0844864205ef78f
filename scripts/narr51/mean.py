"""narr51, fifth rule (scripts/narr51/RULE.md): Hindi heads on the article mean vector, fitted on the Hindi rows alone
(`hi51mean`), paired against main's recipe (`hi49`) on the same outer folds, five draws; `hi51own` (lead, Hindi rows
alone) beside it as a diagnostic. Thresholds nested as narr49.

    python scripts/narr51/mean.py LEADS_DIR MEAN.npz [SALTS...]
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


def crossfitted(d, rows, fold):
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
    return oc, of, others, chosen


def main(leads, mean_path, salts=c51.SALTS):
    joint, own, mean = n49.Data(leads, "joint"), n49.Data(leads, "own"), n49.Data(leads, "own")
    m = np.load(mean_path)
    index = {str(n): i for i, n in enumerate(m["names"])}
    order = [index[n] for n in mean.names]
    lead_diff = float(np.abs(m["lead"][order].astype(np.float64) - own.x).max())
    print(f"lead vectors of the mean file vs narr49's: max abs diff {lead_diff:.2e}", flush=True)
    mean.x = m["mean"][order].astype(np.float64)
    rows = np.arange(len(joint.names))
    val = np.array([is_validation(n) for n in joint.names])
    summary = []
    for salt in salts:
        started = time.time()
        fold = n49.fold_of(joint.names, salt, 5)
        bc, bf, bo, _ = crossfitted(joint, rows, fold)
        res = {"hi51mean": crossfitted(mean, rows, fold), "hi51own": crossfitted(own, rows, fold)}
        print(f"== draw {salt} ({time.time() - started:.0f}s): hi49 {bc.mean():.4f} / {bf.mean():.4f} (Other {bo})",
              flush=True)
        for tag, (c, f, o, ch) in res.items():
            gc, gf = c - bc, f - bf
            per_fold = [float((gc[fold == k] + gf[fold == k]).sum() / len(rows)) for k in range(5)]
            print(f"   {tag} {c.mean():.4f} / {f.mean():.4f} (Other {o}, gold 82); gain vs hi49 {gc.mean():+.4f} / "
                  f"{gf.mean():+.4f}; folds >= 0: {sum(x >= 0 for x in per_fold)} {[round(x, 4) for x in per_fold]};"
                  f" validation split {c[val].mean():.4f} / {f[val].mean():.4f}; chosen {ch}", flush=True)
            if salt == "narr49":
                lo, hi = n49.bootstrap((gc + gf) / 2, seed=51)
                print(f"      bootstrap 90% of (coarse + fine) / 2 gain vs hi49 [{lo:+.4f}, {hi:+.4f}]", flush=True)
            if tag == "hi51mean":
                summary.append((gc.mean(), gf.mean()))
        oc, of = res["hi51own"][0], res["hi51own"][1]
        mc, mf = res["hi51mean"][0], res["hi51mean"][1]
        print(f"   diagnostic hi51mean vs hi51own: {(mc - oc).mean():+.4f} / {(mf - of).mean():+.4f}", flush=True)
    s = np.array(summary)
    print(f"== hi51mean mean over draws: gain {s[:, 0].mean():+.4f} / {s[:, 1].mean():+.4f}; (c + f) / 2 "
          f"{s.mean():+.4f}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], tuple(sys.argv[3:]) or c51.SALTS)
