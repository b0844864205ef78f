"""Round 10 (roles10): the article's stance toward an entity from what spinscope's events and attributions
layers already compute, as features of the role model's first stage.

Per entity (every actor of ``actors.v1`` whose mentions overlap a surface mention of the annotated entity), over
the events of ``events.v1`` that are not negated or hypothetical: how often it is the source / the target of a
hostile event (network.HOSTILE: ASSAULT, COERCE, THREATEN, ACCUSE, ...) and of a cooperative one
(network.COOPERATIVE: AID, SUPPORT, COOPERATE, AGREE, ...), and how often it speaks (speaker of an attribution).
Variants: numbers (log counts and net shares) appended to the context numbers; tokens (EV_SRC_HOSTILE,
EV_TGT_ASSAULT, ...) appended to the context tokens; both. Estimates: grouped 5-fold on round 4's folds
(``_folds``; the procedure chooses nothing, so = nested), on fresh folds (sha1("roles10:" + id) % 5, never looked
at before), the validation split, and a nested run where the inner CV chooses the block's weight (0 = off).
Usage: python scripts/roles10/roles_events_exp.py ROWS.pkl EVENTS.json DATA_DIR base:0,numbers:1,tokens:1 [nested]
"""
from __future__ import annotations

import hashlib
import json
import pickle
import sys
from pathlib import Path

import numpy as np

from spinscope.components.semeval2025 import MAIN_ROLES, RoleRows, surface_mentions
from spinscope.network import COOPERATIVE, HOSTILE
from spinscope.training import semeval2025 as S

LIVE = {"asserted", "reported", "planned"}


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def entity_events(ev: dict, spans: list[tuple[int, int]]) -> tuple[np.ndarray, str]:
    actors = {i for i, a in enumerate(ev["actors"]) if any(overlaps(tuple(s), m) for s in a["mentions"] for m in spans)}
    cnt = dict.fromkeys(("src_h", "tgt_h", "src_c", "tgt_c", "speak", "evspeak"), 0.0)
    toks = []
    for e in ev["events"]:
        if e["mode"] not in LIVE:
            continue
        kind = "H" if e["label"] in HOSTILE else "C" if e["label"] in COOPERATIVE else None
        if e["actor"] in actors and kind:
            cnt["src_h" if kind == "H" else "src_c"] += 1
        if e["target"] in actors and kind:
            cnt["tgt_h" if kind == "H" else "tgt_c"] += 1
        if e["actor"] in actors:
            toks.append(f"EV_SRC_{e['label']}")
        if e["target"] in actors:
            toks.append(f"EV_TGT_{e['label']}")
        if e["speaker"] in actors:
            cnt["evspeak"] += 1
    all_spans = spans + [tuple(s) for i in actors for s in ev["actors"][i]["mentions"]]
    for a in ev["attributions"]:
        if a["speaker"] and any(overlaps(tuple(a["speaker"]), m) for m in all_spans):
            cnt["speak"] += 1
    h, c = cnt["src_h"] + cnt["tgt_h"], cnt["src_c"] + cnt["tgt_c"]
    nums = [np.log1p(v) for v in cnt.values()] + [
        (cnt["src_h"] - cnt["tgt_h"]) / (h + 1), (cnt["src_c"] - cnt["tgt_c"]) / (c + 1),
        (cnt["tgt_h"] + cnt["src_c"] - cnt["src_h"]) / (h + c + 1), float(bool(actors))]
    for k, v in cnt.items():
        if v:
            toks.append(f"EV_{k.upper()}")
    if not actors:
        toks.append("EV_NOACTOR")
    return np.array(nums, dtype=np.float64), " ".join(toks)


def variant(rows: RoleRows, nums: list[np.ndarray], toks: list[str], kind: str, w: float) -> RoleRows:
    if kind == "base" or w == 0:
        return rows
    out = RoleRows(list(rows.lexical), list(rows.dense), list(rows.context), list(rows.numbers))
    if kind in ("numbers", "both"):
        # the block's weight relative to the other numbers: scaled after standardisation by fit_roles, so
        # repeat-scale by duplicating w as a multiplier of the raw values has no effect; use replication instead
        reps = max(1, int(round(w)))
        out.numbers = [np.concatenate([n] + [e] * reps) for n, e in zip(rows.numbers, nums, strict=True)]
    if kind in ("tokens", "both"):
        reps = max(1, int(round(w)))
        out.context = [c + (" " + " ".join([t] * reps) if t else "") for c, t in zip(rows.context, toks, strict=True)]
    return out


def main() -> None:
    d = pickle.load(open(sys.argv[1], "rb"))
    rows, mentions = d["rows"], d["mentions"]
    events = json.loads(Path(sys.argv[2]).read_text())
    data = Path(sys.argv[3])
    texts = S.read_articles(S.language_dir(data, "EN") / "raw-documents")
    nums, toks = [], []
    for m in mentions:
        n, t = entity_events(events[m.article], surface_mentions(texts[m.article], m.start, m.end))
        nums.append(n); toks.append(t)  # noqa: E702
    gold = np.array([m.main for m in mentions])
    matched = np.array([n[-1] for n in nums])
    print(f"mentions matched to an actor: {int(matched.sum())}/{len(mentions)}", flush=True)
    for role in MAIN_ROLES:
        sel = gold == role
        mean = np.mean([np.expm1(n[:6]) for n, s in zip(nums, sel, strict=True) if s], axis=0)
        print(f"  {role} ({sel.sum()}): mean src_h tgt_h src_c tgt_c speak evspeak = {np.round(mean, 2).tolist()}")
    params = S._grid(S.ROLE_GRID)[0]
    arts = [m.article for m in mentions]

    def proba(r: RoleRows, tr: np.ndarray, te: np.ndarray) -> np.ndarray:
        fit = S.fit_roles(r.take(list(tr)), [mentions[i] for i in tr], params, fine=False)
        return S._main_proba(fit.bundle, r.take(list(te)))

    def acc(p: np.ndarray, idx: np.ndarray) -> float:
        return float(np.mean(np.array(MAIN_ROLES)[p.argmax(1)] == gold[idx]))

    fno = np.array([int(hashlib.sha1(f"roles10:{a}".encode()).hexdigest(), 16) % 5 for a in arts])
    fresh = [(np.where(fno != k)[0], np.where(fno == k)[0]) for k in range(5)]
    old = S._folds(arts)
    tr_v = np.array([i for i, a in enumerate(arts) if not S.is_validation(a)])
    va = np.array([i for i, a in enumerate(arts) if S.is_validation(a)])
    variants = [(v.split(":")[0], float(v.split(":")[1])) for v in sys.argv[4].split(",")]
    nested = len(sys.argv) > 5 and sys.argv[5] == "nested"
    oof: dict = {}
    for kind, w in ([] if nested else variants):
        r = variant(rows, nums, toks, kind, w)
        res = {}
        for fname, folds in (("old", old), ("fresh", fresh)):
            p = np.zeros((len(mentions), 3))
            for tr, te in folds:
                p[te] = proba(r, tr, te)
            oof[(kind, w, fname)] = p
            res[fname] = round(acc(p, np.arange(len(mentions))), 4)
        res["val"] = round(acc(proba(r, tr_v, va), va), 4)
        conf = np.zeros((3, 3), dtype=int)
        for g, q in zip(gold, np.array(MAIN_ROLES)[oof[(kind, w, "old")].argmax(1)], strict=True):
            conf[MAIN_ROLES.index(g), MAIN_ROLES.index(q)] += 1
        print(f"{kind} w{w}: grouped 5-fold (round 4 folds) {res['old']}, fresh folds {res['fresh']}, "
              f"validation {res['val']}; confusion {conf.tolist()}", flush=True)
    # nested: the inner 4-fold CV on each outer training part chooses among the variants (base included)
    saved: dict = {"gold": gold, "folds": {"old": old, "fresh": fresh}}
    for fname, folds in (("old", old), ("fresh", fresh)) if nested else ():
        p_all = np.zeros((len(mentions), 3)); chosen = []  # noqa: E702
        for k, (tr, te) in enumerate(folds):
            inner = S._folds([arts[i] for i in tr], S.CV_FOLDS - 1)
            best = None
            for kind, w in variants:
                r = variant(rows, nums, toks, kind, w)
                p = np.zeros((len(tr), 3))
                for itr, ite in inner:
                    p[ite] = proba(r, tr[itr], tr[ite])
                a = acc(p, tr)
                saved[(fname, k, kind, w, "inner")] = p
                if best is None or a > best[0] + 1e-9:
                    best = (a, kind, w)
            for kind, w in variants:
                saved[(fname, k, kind, w, "test")] = proba(variant(rows, nums, toks, kind, w), tr, te)
            p_all[te] = saved[(fname, k, best[1], best[2], "test")]
            chosen.append((best[1], best[2], round(best[0], 4)))
        print(f"nested ({fname} outer folds), variant chosen by inner CV: {acc(p_all, np.arange(len(mentions))):.4f};"
              f" choices {chosen}", flush=True)
        pickle.dump(saved, open("/tmp/roles10/roles_nested.pkl", "wb"))


if __name__ == "__main__":
    main()
