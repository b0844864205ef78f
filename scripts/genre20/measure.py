"""Genre round 20 (issue 15): does the TF-IDF block's English lean toward opinion cost the news stream?

Rule and candidates: ``scripts/genre20/RULE.md`` (committed before any run). Built on round 12's harness
(``scripts/genre12/measure.py``) and its feature cache (``python scripts/genre12/measure.py cache --work DIR``).

``python measure.py run NAME [NAME ...] --work DIR``
    For each named recipe (``shipped``, ``stop``, ``neutral``, ``stop_neutral``, ``frep2``, ``frep4``, ``enrep2``,
    ``enrep4``, ``stop_voice``; RULE.md says what each is): the nested six-language estimate
    (outer seeds 7, 8, 9), the time-block estimate (leave one of 5 English id blocks out, rule chosen inside), and
    polnear_dev / sample counts from a model fitted on all articles with the rule chosen on six-language
    out-of-fold predictions (as ``spinscope train genre`` chooses it). Held-out probabilities go to
    ``DIR/probs_NAME.npz``; figures are printed as JSON lines.

``python measure.py blocks NAME [NAME ...] --work DIR``
    Diagnostic after the decision: the time-block estimate again with inner seeds 21 and 34 (the rule's run used 13).

``python measure.py decide NAME [NAME ...] --work DIR``
    The rule: paired bootstrap of each candidate against ``shipped`` on the nested English news mix (2,000 draws
    over the English articles, the same draw for the 3 seeds, per-draw change averaged over them) and the change in
    the time-block estimate.

Run from the worktree root under ``nice -n 10`` with ``OMP_NUM_THREADS=1`` and ``PYTHONPATH=src``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import time
from pathlib import Path
from typing import Any

import numpy as np

_spec = importlib.util.spec_from_file_location("g12", Path(__file__).resolve().parents[1] / "genre12" / "measure.py")
assert _spec is not None and _spec.loader is not None
g12 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(g12)

SHIPPED_COLS = [0, 1, 7, 8, 9, 10, 11, 13, 15, 16, 17, 19, 20, 21, 22, 23, 24, 25, 26]
RECIPES: dict[str, dict[str, Any]] = {
    "shipped": {},
    "stop": {"stop": True},
    "neutral": {"neutral": True},
    "stop_neutral": {"stop": True, "neutral": True},
    "frep2": {"frep": 2.0},
    "frep4": {"frep": 4.0},
    "enrep2": {"enrep": 2.0},
    "enrep4": {"enrep": 4.0},
    "stop_voice": {"stop": "voice"},
}
ALL_LANGS = ("en", *g12.LANGS)
SEEDS = (7, 8, 9)


def time_groups(ids: list[str]) -> np.ndarray:
    """Frames round 17's 5 blocks of English article ids (ids rise with time; the last block holds March 2019)."""
    b = np.array([int(i) // 10_000_000 for i in ids])
    g = np.where(b < 72, 0, np.where(b < 74, 1, np.where(b < 77, 2, np.where(b < 80, 3, 4))))
    g[b == 11] = 0
    return g


def voice_kept_stop_words() -> list[str]:
    """sklearn's English stop words minus every one-word cue of spinscope's English cue lists (fourth candidate set)."""
    import re

    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    from spinscope.components import style

    cues: list[str] = []
    for table in (style._ATTRIBUTION, style._FIRST_SINGULAR, style._FIRST_PLURAL, style._SECOND):
        cues.extend(table["en"])
    for patterns in style._STANCE.values():
        cues.extend(patterns.get("en", "").split("|"))
    # One-word cues only: a phrase's words ("according to", "in fact") are not cues by themselves.
    words = {c.strip().lower() for c in cues if re.fullmatch(r"[a-z]+", c.strip().lower())}
    return sorted(set(ENGLISH_STOP_WORDS) - words)


class Harness20(g12.Harness):
    """Round 12's harness with the TF-IDF stop-word variant and the language indicator columns."""

    def __init__(self, work: Path, stop: bool | str) -> None:
        super().__init__(work)
        if stop:
            from sklearn.feature_extraction.text import TfidfVectorizer

            self.vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=40_000, sublinear_tf=True,
                                       strip_accents="unicode",
                                       stop_words=voice_kept_stop_words() if stop == "voice" else "english",
                                       dtype=np.float32).fit(self.d["en"]["texts"])
            self.xt = self.vec.transform(self.d["en"]["texts"])

    def design(self, r: dict[str, Any], tfidf: Any, z: np.ndarray) -> Any:
        """Prediction design: the indicator columns (if any) are 0, the average language's prior."""
        from scipy import sparse

        r = {"cols": SHIPPED_COLS, **r}
        x = super().design(r, tfidf, z)
        if r.get("neutral"):
            x = sparse.hstack([x, sparse.csr_matrix((x.shape[0], len(ALL_LANGS)), dtype=np.float32)]).tocsr()
        return x

    def fit(self, r: dict[str, Any], en_idx: np.ndarray, other_idx: np.ndarray | None = None) -> Any:
        from scipy import sparse
        from sklearn.linear_model import LogisticRegression

        other_idx = np.arange(len(self.oy)) if other_idx is None else other_idx
        base = {k: v for k, v in r.items() if k != "neutral"}
        x = sparse.vstack([self.design(base, self.xt[en_idx], self.ze[en_idx]),
                           self.design(base, g12._empty(len(other_idx), self.xt.shape[1]), self.oz[other_idx])])
        if r.get("neutral"):
            lang = np.concatenate([np.full(len(en_idx), "en"), self.olang[other_idx]])
            ind = np.stack([(lang == g).astype(np.float32) for g in ALL_LANGS], axis=1)
            x = sparse.hstack([x, sparse.csr_matrix(ind)])
        x = x.tocsr()
        yy = np.concatenate([self.y[en_idx], self.oy[other_idx]])
        # The other languages' reporting rows weigh ``frep`` (second candidate set).
        w_other = np.where(self.oy[other_idx] == 1, r.get("frep", 1.0), 1.0)
        # The English reporting rows weigh ``enrep`` on top of the late batch's weight (third candidate set).
        w_en = (np.where(self.late[en_idx], r.get("wl", 5.0), 1.0)
                * np.where(self.y[en_idx] == 1, r.get("enrep", 1.0), 1.0))
        w = np.concatenate([w_en, w_other])
        cnt = np.array([w[yy == k].sum() for k in range(3)])
        balanced = w * (w.sum() / (3 * cnt))[yy]
        return LogisticRegression(C=r.get("C", 0.1), max_iter=3000).fit(x, yy, sample_weight=balanced)

    def blocks(self, r: dict[str, Any], inner_seed: int = 13) -> tuple[np.ndarray, list[Any]]:
        """Leave one time block out; temperature and offsets chosen on the training part's six-language OOF."""
        g = time_groups(self.d["en"]["ids"])
        out = np.zeros((self.n, 3))
        chosen = []
        others = np.arange(len(self.oy))
        for v in np.unique(g):
            test, train = np.where(g == v)[0], np.where(g != v)[0]
            inner, ilang = self.six_oof(r, train, others, seed=inner_seed)
            t, o = g12.choose_rule(inner, ilang, np.concatenate([self.y[train], self.oy]))
            chosen.append((int(v), t, o))
            out[test] = g12.shift(self.predict_en(r, self.fit(r, train), test), [0.0, *o], t)
        return out, chosen

    def counts_chosen(self, r: dict[str, Any]) -> tuple[dict[str, int], list[float], Any]:
        """polnear_dev counts and the sample's call, fitted on all articles, rule chosen on six-language OOF."""
        inner, ilang = self.six_oof(r, np.arange(self.n), np.arange(len(self.oy)))
        t, o = g12.choose_rule(inner, ilang, np.concatenate([self.y, self.oy]))
        m = self.fit(r, np.arange(self.n))
        res = []
        for key in ("polnear", "sample"):
            d = self.d[key]
            p = m.predict_proba(self.design(r, self.vec.transform(d["texts"]), self.z(d["x"], self.raw)))
            res.append(g12.shift(p, [0.0, *o], t))
        pol = res[0].argmax(1)
        return ({g: int((pol == k).sum()) for k, g in enumerate(("opinion", "reporting", "satire"))},
                [round(float(x), 2) for x in res[1][0]], (t, o))


def run(names: list[str], work: Path) -> None:
    harnesses: dict[bool | str, Harness20] = {}
    for name in names:
        r = RECIPES[name]
        started = time.time()
        key = r.get("stop", False)
        h = harnesses[key] if key in harnesses else harnesses.setdefault(key, Harness20(work, key))
        nes = [h.nested(r, seed=s) for s in SEEDS]
        blk, blk_chosen = h.blocks(r)
        pol, sample, rule = h.counts_chosen(r)
        g = time_groups(h.d["en"]["ids"])
        np.savez(work / f"probs_{name}.npz", nested=np.stack([e["probs_en"] for e in nes]), blocks=blk, y=h.y,
                 late=h.late)
        print(json.dumps({
            "recipe": name,
            "nested_en_news": g12._mean([e["en_news"] for e in nes]),
            "nested_en_news_by_seed": [e["en_news"] for e in nes],
            "nested_en_plain": g12._mean([e["per"]["en"] for e in nes]),
            "nested_en_late": g12._mean([e["en_late"] for e in nes]),
            "nested_mean_per_language": g12._mean([e["mean"] for e in nes]),
            "nested_per_language_seed7": nes[0]["per"],
            "nested_confusion_seed7": g12.confusion(nes[0]["probs_en"], h.y),
            "blocks_en_news": round(g12.news(blk, h.y), 3), "blocks_en_plain": round(g12.plain(blk, h.y), 3),
            "blocks_late": round(g12.plain(blk[h.late], h.y[h.late]), 3),
            "blocks_late_block_news": round(g12.news(blk[g == 4], h.y[g == 4]), 3),
            "blocks_confusion": g12.confusion(blk, h.y), "blocks_chosen": blk_chosen,
            "rule_all": rule, "polnear": pol, "sample_o_r_s": sample, "seconds": round(time.time() - started)}),
            flush=True)


def blocks_seeds(names: list[str], work: Path) -> None:
    """Diagnostic after the decision: the time-block estimate with other inner seeds (the rule used 13)."""
    harnesses: dict[bool | str, Harness20] = {}
    for name in names:
        r = RECIPES[name]
        key = r.get("stop", False)
        h = harnesses[key] if key in harnesses else harnesses.setdefault(key, Harness20(work, key))
        for seed in (21, 34):
            blk, chosen = h.blocks(r, inner_seed=seed)
            print(json.dumps({"recipe": name, "inner_seed": seed, "blocks_en_news": round(g12.news(blk, h.y), 3),
                              "blocks_en_plain": round(g12.plain(blk, h.y), 3), "chosen": chosen}), flush=True)


def decide(names: list[str], work: Path) -> None:
    base = np.load(work / "probs_shipped.npz")
    y = base["y"]
    rng = np.random.default_rng(0)
    draws = [rng.integers(0, len(y), len(y)) for _ in range(2000)]
    for name in names:
        c = np.load(work / f"probs_{name}.npz")
        diffs = np.array([np.mean([g12.news(c["nested"][s][i], y[i]) - g12.news(base["nested"][s][i], y[i])
                                   for s in range(len(SEEDS))]) for i in draws])
        point = float(np.mean([g12.news(c["nested"][s], y) - g12.news(base["nested"][s], y)
                               for s in range(len(SEEDS))]))
        lo, hi = np.quantile(diffs, [0.05, 0.95])
        d_blocks = g12.news(c["blocks"], y) - g12.news(base["blocks"], y)
        bdiffs = np.array([g12.news(c["blocks"][i], y[i]) - g12.news(base["blocks"][i], y[i]) for i in draws[:1000]])
        print(json.dumps({
            "recipe": name, "nested_change": round(point, 4), "nested_90": [round(float(lo), 4), round(float(hi), 4)],
            "ahead_share": round(float((diffs > 0).mean()), 3), "a": bool(lo > 0),
            "blocks_change": round(float(d_blocks), 4),
            "blocks_90_info": [round(float(x), 4) for x in np.quantile(bdiffs, [0.05, 0.95])],
            "b": bool(d_blocks >= 0)}), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("step", choices=("run", "decide", "blocks"))
    parser.add_argument("names", nargs="+", choices=tuple(RECIPES))
    parser.add_argument("--work", type=Path, default=Path("/tmp/genre20"))
    args = parser.parse_args()
    {"run": run, "decide": decide, "blocks": blocks_seeds}[args.step](args.names, args.work)


if __name__ == "__main__":
    main()
