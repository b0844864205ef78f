"""Round 20 (roles20), lever C: the role the SAME entity name was given in the training articles most like this one
(a nearest-articles reading of the article's side, per entity), as four dense columns of both models of the blend.

Why: out of fold the shipped blend calls 77 of the 106 gold Protagonists Antagonist (roles10 partition, read for
this diagnostic after lever A's run had started); the names missed most are Ukraine, Russia, China, the US: their
role depends on the article's side, which rounds 12-16 read with article classifiers of the narratives (AUC
0.77-0.78 on the war's stance, not enough). This reads it per entity and directly from the labels: in articles that
look like this one, what was this name?  Round 17's ``name`` lever (the name as a token, a prior over all
articles) is the unconditional version; this one weighs the other articles by their likeness to this one.

Fixed before any run (no choice is made, so grouped 5-fold by article is the recipe's own nested estimate):
  * names: the annotated entity text, lower-cased, a leading "the " dropped;
  * article vectors: TfidfVectorizer(unigrams, min_df 2, sublinear tf, English stop words, 5,000 features) fitted
    on the texts of the outer training part's articles only; cosine of L2-normalised rows;
  * for a mention of name n in article a: every training-part article a' != a with an annotated mention of n,
    weight w = max(cos(a, a'), 0) ** 2; the role of n in a' the mean one-hot of its annotated mentions there;
    P = (sum w * role + BETA * prior) / (sum w + BETA), BETA = 0.5, prior = the training part's main-role shares;
    columns: P - prior (3) and log(1 + sum w); training rows computed the same way over the training part (their
    own article left out), held-out rows over the training part;
  * the four columns standardised by the training rows (mean, sd) times W = 1.0, appended to the shipped features
    (`stack_features`) of both the three-class and the sub-class model; C and everything else as shipped; the
    compared figure is `predict`'s blend (as `augment.py`).

Partitions: sha1("roles20q00:" + id) % 5 ... sha1("roles20q09:" + id) % 5 (10 tags never used before).

Decision rule, written 2026-12-03 14:05 UTC before this script ran (committed before the run):
    d_p = accuracy(knn) - accuracy(shipped) on partition p (560 mentions), D their mean over the 10 partitions;
    90% paired percentile bootstrap over the 164 articles (2000 draws, default_rng(20), the same draw for all
    partitions). The lever PASSES iff D >= +0.002 AND the 90% lower end > -0.002. Nothing else decides. Shipping a
    pass needs code in `src` (the training articles' vectors and the names' roles in the model) that may not fit
    this round's deadline (15:35 UTC); a pass that cannot be shipped in time is reported as "passed, not shipped".

Usage: python scripts/roles20/knn.py ROWS.pkl OUT.json [DATA_DIR]
"""
from __future__ import annotations

import hashlib
import json
import pickle
import re
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse

sys.path.insert(0, "scripts/roles20")
from augment import PARAMS, _x, bootstrap  # type: ignore[import-not-found]

from spinscope.components.semeval2025 import MAIN_ROLES, subclass_main_proba
from spinscope.training import semeval2025 as S

TAGS = tuple(f"roles20q{k:02d}" for k in range(10))
BETA = 0.5
W = 1.0


def norm(name: str) -> str:
    return re.sub(r"^the ", "", name.lower().strip())


def knn_columns(mentions: list, texts: dict[str, str], tr: np.ndarray, targets: np.ndarray) -> np.ndarray:
    """The four columns of the mentions ``targets``, read from the training part ``tr``."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    train_arts = sorted({mentions[i].article for i in tr})
    vec = TfidfVectorizer(ngram_range=(1, 1), min_df=2, max_features=5000, sublinear_tf=True, stop_words="english")
    vec.fit([texts[a] for a in train_arts])
    all_arts = sorted({mentions[i].article for i in tr} | {mentions[i].article for i in targets})
    mat = vec.transform([texts[a] for a in all_arts])
    where = {a: k for k, a in enumerate(all_arts)}
    cos = (mat @ mat.T).toarray()
    roles: dict[str, dict[str, np.ndarray]] = {}
    counts: dict[tuple[str, str], int] = {}
    for i in tr:
        m = mentions[i]
        n = norm(m.entity)
        one = np.eye(3)[MAIN_ROLES.index(m.main)]
        roles.setdefault(n, {})
        roles[n][m.article] = roles[n].get(m.article, np.zeros(3)) + one
        counts[(n, m.article)] = counts.get((n, m.article), 0) + 1
    prior = np.array([np.mean([mentions[i].main == r for i in tr]) for r in MAIN_ROLES])
    out = np.zeros((len(targets), 4))
    for row, i in enumerate(targets):
        m = mentions[i]
        n = norm(m.entity)
        num, den = BETA * prior, BETA
        for a2, summed in roles.get(n, {}).items():
            if a2 == m.article:
                continue
            w = max(float(cos[where[m.article], where[a2]]), 0.0) ** 2
            num = num + w * summed / counts[(n, a2)]
            den += w
        out[row, :3] = num / den - prior
        out[row, 3] = np.log1p(den - BETA)
    return out


def fit_blend(rows: Any, mentions: list, texts: dict[str, str], tr: np.ndarray, te: np.ndarray,
              knn: bool) -> np.ndarray:
    train_m = [mentions[i] for i in tr]
    b = S.fit_roles(rows.take(list(tr)), train_m, PARAMS, fine=False).bundle
    if not knn:
        return S._main_proba(b, rows.take(list(te)))
    ctr = knn_columns(mentions, texts, tr, tr)
    cte = knn_columns(mentions, texts, tr, te)
    mu, sd = ctr.mean(axis=0), ctr.std(axis=0)
    sd = np.where(sd > 0, sd, 1.0)
    xtr = sparse.hstack([_x(b, rows.take(list(tr))), sparse.csr_matrix((ctr - mu) / sd * W)]).tocsr()
    xte = sparse.hstack([_x(b, rows.take(list(te))), sparse.csr_matrix((cte - mu) / sd * W)]).tocsr()
    main = S._logreg(float(PARAMS["C"]), PARAMS["class_weight"])
    main.fit(xtr, [m.main for m in train_m])
    idx, labels, sw = S.subclass_targets(train_m)
    sub = S._logreg(float(PARAMS["C"]))
    sub.fit(xtr[np.array(idx)], labels, sample_weight=np.array(sw))
    p3 = main.predict_proba(xte)[:, [list(main.classes_).index(r) for r in MAIN_ROLES]]
    return (p3 + subclass_main_proba(sub, xte)) / 2


def main() -> None:
    with open(sys.argv[1], "rb") as f:
        d = pickle.load(f)
    rows, mentions = d["rows"], d["mentions"]
    data = Path(sys.argv[3]) if len(sys.argv) > 3 else Path("../shared/data")
    articles, _ = S.load_task(data)
    texts = {a: articles[a].text for a in {m.article for m in mentions}}
    arts = [m.article for m in mentions]
    gold = np.array([m.main for m in mentions])
    names = np.array(MAIN_ROLES)
    report: dict[str, Any] = {}
    diff: dict[str, np.ndarray] = {}
    t = time.time()
    for tag in TAGS:
        fno = np.array([int(hashlib.sha1(f"{tag}:{a}".encode()).hexdigest(), 16) % 5 for a in arts])
        pb, pk = np.zeros((len(mentions), 3)), np.zeros((len(mentions), 3))
        for k in range(5):
            tr, te = np.where(fno != k)[0], np.where(fno == k)[0]
            pb[te] = fit_blend(rows, mentions, texts, tr, te, False)
            pk[te] = fit_blend(rows, mentions, texts, tr, te, True)
        rb = (names[pb.argmax(1)] == gold).astype(float)
        rk = (names[pk.argmax(1)] == gold).astype(float)
        diff[tag] = rk - rb
        report[tag] = {"base": round(float(rb.mean()), 4), "knn": round(float(rk.mean()), 4),
                       "recall_knn": {r: round(float(rk[gold == r].mean()), 4) for r in MAIN_ROLES},
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
