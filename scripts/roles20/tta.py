"""Round 20 (roles20), variant B of `scripts/roles20/augment.py`: the augmented fit (variant A, as there) AND, at
prediction, the held-out mention's P(main) averaged with its own other occurrences' (the same occurrences and the
same weights as in training: the mention 1 - ALPHA, its n occurrences ALPHA / n each; a mention with none keeps
its own P). Applies to both models of the blend (the blend's mean is taken per row first, then averaged). At run
time `predict semeval2025 --subtask 1` would score up to 12 more rows per given mention (the features roles.v1
already computes for an actor's mentions).

Partitions, statistic and interval exactly as `augment.py` (the same 12 tags, the same bootstrap draw, rng 20):
d_p = accuracy(B) - accuracy(shipped), D their mean.

Decision rule, written 2026-12-03 13:49 UTC, before this script or augment.py had run (committed before either):
    B passes iff D >= +0.002 AND the lower end of the 90% interval is > -0.002. If A (augment.py) and B both
    pass, the one with the larger D ships (B only if its D is strictly larger); if only one passes, that one; if
    neither, nothing ships. Nothing else decides.

Usage: python scripts/roles20/tta.py ROWS.pkl OUT.json   (ROWS.pkl from build_aug.py)
"""
from __future__ import annotations

import hashlib
import json
import pickle
import sys
import time
from typing import Any

import numpy as np

sys.path.insert(0, "scripts/roles20")
from augment import ALPHA, PARAMS, TAGS, _x, bootstrap  # type: ignore[import-not-found]

from spinscope.components.semeval2025 import MAIN_ROLES, subclass_main_proba
from spinscope.training import semeval2025 as S


def fit_models(rows, mentions, tr, extra, extra_of, extra_w):  # type: ignore[no-untyped-def]
    """The augmented three-class and sub-class models (augment.fit_pair's fit) and the bundle's features."""
    from scipy import sparse

    train_m = [mentions[i] for i in tr]
    b = S.fit_roles(rows.take(list(tr)), train_m, PARAMS, fine=False).bundle
    pos = {int(i): k for k, i in enumerate(tr)}
    keep = np.array([j for j, src in enumerate(extra_of) if int(src) in pos])
    src_local = np.array([pos[int(extra_of[j])] for j in keep])
    x_all = sparse.vstack([_x(b, rows.take(list(tr))), _x(b, extra.take(list(keep)))]).tocsr()
    has = np.zeros(len(tr), dtype=bool)
    has[src_local] = True
    w_ann = np.where(has, 1.0 - ALPHA, 1.0)
    w_ex = extra_w[keep]
    main = S._logreg(float(PARAMS["C"]), PARAMS["class_weight"])
    main.fit(x_all, [m.main for m in train_m] + [train_m[s].main for s in src_local],
             sample_weight=np.concatenate([w_ann, w_ex]))
    idx, labels, sw = S.subclass_targets(train_m)
    by_src: dict[int, list[tuple[str, float]]] = {}
    for i, lab, w in zip(idx, labels, sw, strict=True):
        by_src.setdefault(i, []).append((lab, w))
    ri, ry, rw = [], [], []
    for i in range(len(tr)):
        for lab, w in by_src[i]:
            ri.append(i); ry.append(lab); rw.append(w * w_ann[i])
    for j, s in enumerate(src_local):
        for lab, w in by_src[int(s)]:
            ri.append(len(tr) + j); ry.append(lab); rw.append(w * w_ex[j])
    sub = S._logreg(float(PARAMS["C"]))
    sub.fit(x_all[np.array(ri)], ry, sample_weight=np.array(rw))
    return b, main, sub


def blend(b: dict[str, Any], main: Any, sub: Any, rows: Any) -> np.ndarray:
    x = _x(b, rows)
    p3 = main.predict_proba(x)[:, [list(main.classes_).index(r) for r in MAIN_ROLES]]
    return (p3 + subclass_main_proba(sub, x)) / 2


def main() -> None:
    with open(sys.argv[1], "rb") as f:
        d = pickle.load(f)
    rows, mentions, extra, extra_of = d["rows"], d["mentions"], d["extra"], np.asarray(d["extra_of"])
    counts = np.bincount(extra_of, minlength=len(mentions))
    extra_w = np.array([ALPHA / counts[s] for s in extra_of])
    arts = [m.article for m in mentions]
    gold = np.array([m.main for m in mentions])
    names = np.array(MAIN_ROLES)
    report: dict[str, Any] = {}
    diff: dict[str, np.ndarray] = {}
    t = time.time()
    for tag in TAGS:
        fno = np.array([int(hashlib.sha1(f"{tag}:{a}".encode()).hexdigest(), 16) % 5 for a in arts])
        pbase, pb = np.zeros((len(mentions), 3)), np.zeros((len(mentions), 3))
        for k in range(5):
            tr, te = np.where(fno != k)[0], np.where(fno == k)[0]
            fb = S.fit_roles(rows.take(list(tr)), [mentions[i] for i in tr], PARAMS, fine=False).bundle
            pbase[te] = S._main_proba(fb, rows.take(list(te)))
            b, main_m, sub = fit_models(rows, mentions, tr, extra, extra_of, extra_w)
            own = blend(b, main_m, sub, rows.take(list(te)))
            ex_idx = np.array([j for j, s in enumerate(extra_of) if fno[s] == k])
            pex = blend(b, main_m, sub, extra.take(list(ex_idx))) if len(ex_idx) else np.zeros((0, 3))
            for r, i in enumerate(te):
                js = [q for q, j in enumerate(ex_idx) if extra_of[j] == i]
                pb[i] = own[r] if not js else (1 - ALPHA) * own[r] + ALPHA * pex[js].mean(axis=0)
        rb = (names[pbase.argmax(1)] == gold).astype(float)
        rB = (names[pb.argmax(1)] == gold).astype(float)
        diff[tag] = rB - rb
        report[tag] = {"base": round(float(rb.mean()), 4), "B": round(float(rB.mean()), 4),
                       "recall_B": {r: round(float(rB[gold == r].mean()), 4) for r in MAIN_ROLES},
                       "recall_base": {r: round(float(rb[gold == r].mean()), 4) for r in MAIN_ROLES}}
        print(tag, report[tag], f"{time.time() - t:.0f} s", flush=True)
    dd = float(np.mean([v.mean() for v in diff.values()]))
    ci = bootstrap(diff, arts)
    report.update({"D": round(dd, 4), "interval": ci,
                   "decision": "passes" if dd >= 0.002 and ci["90"][0] > -0.002 else "fails"})
    print(json.dumps({k: report[k] for k in ("D", "interval", "decision")}, indent=1))
    with open(sys.argv[2], "w") as f:
        json.dump(report, f, indent=1)


if __name__ == "__main__":
    main()
