"""Genre round 49 (genre44, issue 15): measure E of ``scripts/genre44/RULE.md`` for levers ``x6`` and ``x6w``.

Round 38's harness (``scripts/genre38/measure.py``, through genre42's seed-set wrapper) with one change: the
rows of the five other languages keep their text in the TF-IDF block (main gives them an empty row), so the
block's weights are learnt from all six languages' articles.

- ``x6``: main's English vocabulary (the harness's vectorizer, fitted on the 433 English texts), its idf refitted
  on the texts of all six languages; every row (English and other) is its text's TF-IDF over that vocabulary.
- ``x6w``: main's vectorizer options (1-2 grams, English stop list, min_df 2, 40,000 terms at most) fitted on all
  six languages' texts (vocabulary and idf); every row is its text's TF-IDF.

``python scripts/genre44/measure.py --lever x6|x6w --work DIR --seeds START COUNT``
    Seed set A is ``--seeds 3800 20``, B ``4200 10``, C ``4210 10``. Prints round 38's JSON lines; held-out
    probabilities go to ``DIR/held_<LEVER>_<START>.npy``.
``python scripts/genre44/measure.py --lever x6 --work DIR --time``
    Only times one fit of the lever on every English row (no figure).

Needs round 12's cache (``python scripts/genre12/measure.py cache --work DIR --data ../shared/data``). Run from the
worktree root under ``nice -n 5`` with ``OMP_NUM_THREADS=1`` and ``PYTHONPATH=src``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import time
from pathlib import Path
from typing import Any

import numpy as np

spec = importlib.util.spec_from_file_location("g42", Path(__file__).resolve().parents[1] / "genre42" / "measure.py")
assert spec is not None and spec.loader is not None
g42 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(g42)
g38 = g42.g38
g12 = g38.g12

LEVERS = ("x6", "x6w")


def other_texts(data: Path, h: Any) -> list[str]:
    """The five other languages' labelled texts in the cache's row order (round 12's ``cache``), checked by label."""
    from spinscope.training.data import GENRES, load_semeval2023

    texts: list[str] = []
    for lang in g12.LANGS:
        labelled = [a for a in load_semeval2023(data, language=lang).values() if a.genre]
        y = np.array([GENRES.index(a.genre or "") for a in labelled])
        assert np.array_equal(y, h.d[lang]["y"]), lang
        texts += [a.text for a in labelled]
    assert len(texts) == len(h.oy)
    return texts


def vectorizer(lever: str, h: Any, en: list[str], other: list[str]) -> Any:
    """The lever's fitted TF-IDF vectorizer (RULE.md)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    options: dict[str, Any] = dict(ngram_range=(1, 2), sublinear_tf=True, strip_accents="unicode", lowercase=True,
                                   stop_words="english", dtype=np.float32)
    if lever == "x6":
        return TfidfVectorizer(vocabulary=h.vec.vocabulary_, **options).fit(en + other)
    return TfidfVectorizer(min_df=2, max_features=40_000, **options).fit(en + other)


class HarnessX6(g38.HarnessFlat):  # type: ignore[misc,name-defined]
    """Round 38's harness whose other-language rows carry their TF-IDF row ``ox`` instead of an empty one."""

    ox: Any

    def fit(self, r: dict[str, Any], en_idx: np.ndarray, other_idx: np.ndarray | None = None) -> Any:
        from scipy import sparse
        from sklearn.linear_model import LogisticRegression

        other_idx = np.arange(len(self.oy)) if other_idx is None else other_idx
        x = sparse.vstack([self.design(r, self.xt[en_idx], self.ze[en_idx]),
                           self.design(r, self.ox[other_idx], self.oz[other_idx])]).tocsr()
        yy = np.concatenate([self.y[en_idx], self.oy[other_idx]])
        w = np.concatenate([np.where(self.late[en_idx], r.get("wl", 5.0), 1.0), np.ones(len(other_idx))])
        cnt = np.array([w[yy == k].sum() for k in range(3)])
        balanced = w * (w.sum() / (3 * cnt))[yy]
        return LogisticRegression(C=r.get("C", 0.1), max_iter=3000).fit(x, yy, sample_weight=balanced)

    def six_oof(self, r: dict[str, Any], en_idx: np.ndarray, other_idx: np.ndarray, seed: int = 13
                ) -> tuple[np.ndarray, np.ndarray]:
        from sklearn.model_selection import StratifiedKFold

        lang = np.concatenate([np.full(len(en_idx), "en"), self.olang[other_idx]])
        yy = np.concatenate([self.y[en_idx], self.oy[other_idx]])
        strata = np.array([f"{g}:{k}" for g, k in zip(lang, yy, strict=True)])
        out = np.zeros((len(yy), 3))
        ne = len(en_idx)
        for a, b in StratifiedKFold(5, shuffle=True, random_state=seed).split(strata, strata):
            m = self.fit(r, en_idx[a[a < ne]], other_idx[a[a >= ne] - ne])
            be, bo = b[b < ne], b[b >= ne]
            if len(be):
                out[be] = self.predict_en(r, m, en_idx[be])
            if len(bo):
                rows = other_idx[bo - ne]
                out[bo] = m.predict_proba(self.design(r, self.ox[rows], self.oz[rows]))
        return out, lang


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lever", choices=LEVERS, required=True)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--seeds", type=int, nargs=2, default=(3800, 20), metavar=("START", "COUNT"))
    parser.add_argument("--time", action="store_true", help="only time one fit (no figure)")
    args = parser.parse_args()
    g38.SEEDS = tuple(range(args.seeds[0], args.seeds[0] + args.seeds[1]))
    started = time.time()
    h = HarnessX6(args.work)
    en, other = h.d["en"]["texts"], other_texts(args.data, h)
    h.vec = vectorizer(args.lever, h, en, other)
    h.xt, h.ox = h.vec.transform(en), h.vec.transform(other)
    print(json.dumps({"lever": args.lever, "terms": h.xt.shape[1], "nnz_en": int(h.xt.nnz),
                      "nnz_other": int(h.ox.nnz), "s": round(time.time() - started)}), flush=True)
    if args.time:
        r = g38.recipe("main")
        t0 = time.time()
        h.fit(r, np.arange(h.n))
        print(json.dumps({"one_fit_s": round(time.time() - t0, 1)}), flush=True)
        return
    last = h.g == 4
    probs, rules = g38.held_out(h, "main", started)
    np.save(args.work / f"held_{args.lever}_{args.seeds[0]}.npy", probs)
    out = {"P": g38.figures(probs, h.y), "L": g38.figures(probs[last], h.y[last]), "rules": rules}
    print(json.dumps({"lever": args.lever, "seeds": list(args.seeds), **out}), flush=True)


if __name__ == "__main__":
    main()
