"""Round 20 (roles20): the entity's other occurrences in its article as extra, weakly labelled training rows of the
main-role models (ST1 main-role accuracy, the 560 English subtask-1 mentions).

Lever (never tried in rounds 1-19: rounds 8, 17 and 18 changed the FEATURES of a row, never the ROWS): the
annotators mark one (sometimes two or three) mention(s) of an entity in an article, and give the entity its role
there; the same name occurs elsewhere in the article (``semeval2025.surface_mentions``, whole words), each occurrence
with its own sentence, its own 6-word window and its own dependency tokens (the entity-level features are shared).
Each such occurrence becomes a training row labelled as the annotated mention it repeats (main role and fine roles):
more examples of the local context of a role, from the article the role was given in. Nothing changes at run time
(`predict semeval2025` scores the given mentions as now); only the fit.

Fixed before any run (no choice is made, so grouped 5-fold by article is the recipe's own nested estimate):
  * occurrences: ``surface_mentions(text, start, end)`` of each annotated mention, less every span that overlaps
    an annotated mention of the same article, the first CAP = 12 of them in article order (roles.v1 scores an
    actor's first 12 mentions);
  * weights (the entity keeps the weight it has now, so the class balance of entities does not move toward
    entities named often): an annotated mention with n >= 1 such occurrences keeps weight 1 - ALPHA and each
    occurrence gets ALPHA / n; one with none keeps 1. ALPHA = 0.5;
  * the vectorizers, the context vocabulary and the numbers' scaling are fitted on the annotated rows only, exactly
    as the shipped `fit_roles` fits them (so the model files keep their size); the three-class model and the
    sub-class model (``main_sub``, round 19) are then fitted on the annotated and the extra rows of the training
    articles, with those weights (sub-class rows: the source mention's fine-role targets, each 1/k times the row's
    weight; SUBCLASS_MIN counted on the annotated mentions only);
  * the compared figure is the shipped ``predict semeval2025 --subtask 1`` decision: argmax of the mean of the
    three-class P(main) and of the sub-class P(main) ("blend"), base = both fitted on the annotated rows alone
    (the shipped recipe), aug = both fitted with the extra rows. Held-out articles get only their annotated rows.

Partitions: sha1("roles20p00:" + id) % 5 ... sha1("roles20p11:" + id) % 5 (12 tags never used in rounds 9-19).

Decision rule, written 2026-12-03 13:48 UTC before this script ran (committed before the run):
    Let d_p = accuracy(aug) - accuracy(base) on partition p (560 mentions), D the mean of d_p over the 12
    partitions. Interval: 90% paired percentile bootstrap over ARTICLES (2000 draws of the 164 articles with
    replacement, numpy default_rng(20), the same draw for all 12 partitions; the statistic on a draw: the mean over
    partitions of (right mentions of aug - of base) / mentions drawn).
    SHIP the augmented fit iff D >= +0.002 (one mention in 560, on average) AND the lower end of that 90% interval
    is > -0.002. Otherwise nothing ships and the round is written up as a rejection. Nothing else decides: the 95%
    interval, per-partition figures, the three-class model alone and the per-role recall are printed for the record.
    If it passes it ships only within the brief's hard limits (models < 40 MB, analyze speed); failing those is
    reported as "passed, not shippable", never as a reason to change the rule.

Usage: python scripts/roles20/augment.py ROWS.pkl OUT.json
(ROWS.pkl: `scripts/roles20/build_aug.py`'s rows: the 560 annotated rows as `spinscope train roles` builds them and
the extra rows.)
"""
from __future__ import annotations

import hashlib
import json
import pickle
import sys
import time
from typing import Any

import numpy as np

from spinscope.components.semeval2025 import MAIN_ROLES, RoleRows, stack_features, subclass_main_proba
from spinscope.training import semeval2025 as S

PARAMS = S._grid(S.ROLE_GRID)[0]
TAGS = tuple(f"roles20p{k:02d}" for k in range(12))
DRAWS = 2000
ALPHA = 0.5


def _x(bundle: dict[str, Any], rows: RoleRows) -> Any:
    return stack_features(bundle, rows.lexical, np.stack(rows.dense), rows.context, np.stack(rows.numbers))


def fit_pair(rows: RoleRows, mentions: list, tr: np.ndarray, te: np.ndarray, extra: RoleRows | None,
             extra_of: np.ndarray | None, extra_w: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
    """(three-class P(main), blend P(main)) of the held-out rows ``te``; fitted on ``tr`` (and the extra rows of
    the training mentions, when given)."""
    train_m = [mentions[i] for i in tr]
    fit = S.fit_roles(rows.take(list(tr)), train_m, PARAMS, fine=False)
    b = fit.bundle
    xte = _x(b, rows.take(list(te)))
    if extra is None:
        p3 = b["main"].predict_proba(xte)
        order = [list(b["main"].classes_).index(r) for r in MAIN_ROLES]
        p3 = p3[:, order]
        return p3, (p3 + subclass_main_proba(b["main_sub"], xte)) / 2
    assert extra_of is not None and extra_w is not None
    pos = {int(i): k for k, i in enumerate(tr)}
    keep = np.array([j for j, src in enumerate(extra_of) if int(src) in pos])
    src_local = np.array([pos[int(extra_of[j])] for j in keep])
    xtr = _x(b, rows.take(list(tr)))
    xex = _x(b, extra.take(list(keep)))
    from scipy import sparse

    # annotated weights: 1 - ALPHA when the mention has extra rows here, else 1
    has = np.zeros(len(tr), dtype=bool)
    has[src_local] = True
    w_ann = np.where(has, 1.0 - ALPHA, 1.0)
    w_ex = extra_w[keep]
    x_all = sparse.vstack([xtr, xex]).tocsr()
    y_all = [m.main for m in train_m] + [train_m[s].main for s in src_local]
    main = S._logreg(float(PARAMS["C"]), PARAMS["class_weight"])
    main.fit(x_all, y_all, sample_weight=np.concatenate([w_ann, w_ex]))
    idx, labels, sw = S.subclass_targets(train_m)  # rows of the annotated mentions (SUBCLASS_MIN on them)
    by_src: dict[int, list[tuple[str, float]]] = {}
    for i, lab, w in zip(idx, labels, sw, strict=True):
        by_src.setdefault(i, []).append((lab, w))
    rows_i, rows_y, rows_w = [], [], []
    for i in range(len(tr)):
        for lab, w in by_src[i]:
            rows_i.append(i)
            rows_y.append(lab)
            rows_w.append(w * w_ann[i])
    for j, s in enumerate(src_local):
        for lab, w in by_src[int(s)]:
            rows_i.append(len(tr) + j)
            rows_y.append(lab)
            rows_w.append(w * w_ex[j])
    sub = S._logreg(float(PARAMS["C"]))
    sub.fit(x_all[np.array(rows_i)], rows_y, sample_weight=np.array(rows_w))
    p3 = main.predict_proba(xte)[:, [list(main.classes_).index(r) for r in MAIN_ROLES]]
    return p3, (p3 + subclass_main_proba(sub, xte)) / 2


def bootstrap(diff: dict[str, np.ndarray], arts: list[str]) -> dict[str, list[float]]:
    names = sorted(set(arts))
    where = {a: np.array([i for i, x in enumerate(arts) if x == a]) for a in names}
    rng = np.random.default_rng(20)
    stats = []
    for _ in range(DRAWS):
        pick = np.concatenate([where[names[j]] for j in rng.integers(0, len(names), len(names))])
        stats.append(np.mean([diff[p][pick].sum() / len(pick) for p in diff]))
    return {"90": [float(x) for x in np.percentile(stats, [5, 95])],
            "95": [float(x) for x in np.percentile(stats, [2.5, 97.5])]}


def main() -> None:
    with open(sys.argv[1], "rb") as f:
        d = pickle.load(f)
    rows, mentions, extra, extra_of = d["rows"], d["mentions"], d["extra"], np.asarray(d["extra_of"])
    counts = np.bincount(extra_of, minlength=len(mentions))
    extra_w = np.array([ALPHA / counts[s] for s in extra_of])
    arts = [m.article for m in mentions]
    gold = np.array([m.main for m in mentions])
    names = np.array(MAIN_ROLES)
    report: dict[str, Any] = {"extra_rows": len(extra), "mentions_with_extra": int((counts > 0).sum())}
    diff: dict[str, np.ndarray] = {}
    t = time.time()
    for tag in TAGS:
        fno = np.array([int(hashlib.sha1(f"{tag}:{a}".encode()).hexdigest(), 16) % 5 for a in arts])
        out = {k: np.zeros((len(mentions), 3)) for k in ("base3", "base", "aug3", "aug")}
        for k in range(5):
            tr, te = np.where(fno != k)[0], np.where(fno == k)[0]
            out["base3"][te], out["base"][te] = fit_pair(rows, mentions, tr, te, None, None, None)
            out["aug3"][te], out["aug"][te] = fit_pair(rows, mentions, tr, te, extra, extra_of, extra_w)
        right = {k: (names[v.argmax(1)] == gold).astype(float) for k, v in out.items()}
        diff[tag] = right["aug"] - right["base"]
        report[tag] = {k: round(float(v.mean()), 4) for k, v in right.items()}
        report[tag]["recall_aug"] = {r: round(float(right["aug"][gold == r].mean()), 4) for r in MAIN_ROLES}
        report[tag]["recall_base"] = {r: round(float(right["base"][gold == r].mean()), 4) for r in MAIN_ROLES}
        print(tag, report[tag], f"{time.time() - t:.0f} s", flush=True)
    dd = float(np.mean([v.mean() for v in diff.values()]))
    ci = bootstrap(diff, arts)
    report["D"] = round(dd, 4)
    report["interval"] = ci
    report["mean"] = {k: round(float(np.mean([report[t][k] for t in TAGS])), 4) for k in ("base3", "base", "aug3", "aug")}
    report["decision"] = "ship" if dd >= 0.002 and ci["90"][0] > -0.002 else "reject"
    print(json.dumps({k: report[k] for k in ("D", "interval", "mean", "decision")}, indent=1))
    with open(sys.argv[2], "w") as f:
        json.dump(report, f, indent=1)


if __name__ == "__main__":
    main()
