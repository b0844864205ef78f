"""Genre round 38 (issue 15): the English cross-fitted measure E of ``scripts/genre38/RULE.md``.

Harness: round 22's nested time blocks (``scripts/genre22/measure.py``) over round 12's feature cache (``python
scripts/genre12/measure.py cache --work DIR``), with main's decision rule chosen inside (round 25's ``bag20``:
temperature by class-balanced log-loss on the English inner out-of-fold rows, offsets by the mean per-language
plain macro-F1 on all six) at the fresh inner seeds 3800-3819.

``python scripts/genre38/measure.py run LEVER [LEVER ...] --work DIR``
    LEVER: ``main`` (the shipped recipe), ``nolayout`` (without the dateline and one-sentence-paragraph columns),
    ``prior6news`` (the offsets by the mean per-language news-mix macro-F1), ``flat`` (every training row joined
    by a copy with the structural features of its lines joined into one paragraph; needs ``cache-flat``); round
    39 (``scripts/genre39/RULE.md``): ``shrink5`` (every row's structural block times n / (n + 5), n its sentence
    count; needs ``cache-nsent``), ``flat25`` (``flat`` with the copies weighing 0.25).
    Prints one JSON line per lever: (P) the 433 pooled held-out English articles and (L) the last block, plain and
    news-mix macro-F1, reporting recall, confusion, the rules chosen per block; then the changes against ``main``
    and the verdict on E.
    ``--reuse`` reads a lever's held-out probabilities saved by an earlier run in DIR instead of refitting.

``python scripts/genre38/measure.py cache-flat --work DIR [--data ../shared/data]``
    The features of every cached article with its lines joined by spaces (``DIR/flat.pkl``).

``python scripts/genre38/measure.py cache-nsent --work DIR [--data ../shared/data]``
    The sentence count of every cached article as the genre features count them (``DIR/nsent.pkl``; round 39).

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


def _load(name: str, folder: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, Path(__file__).resolve().parents[1] / folder / "measure.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


g25 = _load("g25", "genre25")
g24, g22, g12 = g25.g24, g25.g22, g25.g12
g20 = g22.g20

SEEDS = tuple(range(3800, 3820))
#: Cache columns 8 and 9: ``dateline`` and ``one_sentence_paragraphs`` (scripts/genre12/measure.py ``features``).
LAYOUT_COLS = (8, 9)
LEVERS = ("main", "nolayout", "prior6news", "flat", "shrink5", "flat25")
#: Round 39's ``shrink5``: the structural block times n / (n + SHRINK_K) for an article of n sentences.
SHRINK_K = 5.0
#: Round 39's ``flat25``: the weight of a joined copy relative to its original.
FLAT25_WEIGHT = 0.25


def joined(text: str) -> str:
    """``text`` with its non-empty lines joined by spaces: one paragraph, as a wire story delivered as one line."""
    return " ".join(line.strip() for line in text.split("\n") if line.strip())


def cache_flat(work: Path, data: Path) -> None:
    """Round 12's features of every cached article with its lines joined (``work/flat.pkl``), rows in the order of
    ``work/feats.pkl``."""
    import pickle

    from spinscope.training.data import Article, load_semeval2023, split_articles

    d = pickle.loads((work / "feats.pkl").read_bytes())
    train, val = split_articles(load_semeval2023(data))
    english = [a for a in train + val if a.genre]
    assert [a.id for a in english] == d["en"]["ids"]
    out = {"en": g12.features([Article(id=a.id, text=joined(a.text)) for a in english], "en")}
    for lang in g12.LANGS:
        labelled = [a for a in load_semeval2023(data, language=lang).values() if a.genre]
        assert len(labelled) == len(d[lang]["y"])
        out[lang] = g12.features([Article(id=a.id, text=joined(a.text)) for a in labelled], lang)
    (work / "flat.pkl").write_bytes(pickle.dumps(out))


def sentence_counts(articles: list[Any]) -> np.ndarray:
    """Each article's number of sentences as ``style_matrix`` splits it (lines as paragraphs, rough splitter)."""
    from spinscope.components.persuasion_models import split_sentences
    from spinscope.training.data import paragraph_lines

    return np.array(
        [sum(len(split_sentences(a.text, line.start, line.end)) for line in paragraph_lines(a.text)) for a in articles],
        dtype=np.float64,
    )


def cache_nsent(work: Path, data: Path) -> None:
    """The sentence count of every cached article (``work/nsent.pkl``), rows in the order of ``work/feats.pkl``."""
    import pickle

    from spinscope.training.data import load_semeval2023, split_articles

    d = pickle.loads((work / "feats.pkl").read_bytes())
    train, val = split_articles(load_semeval2023(data))
    english = [a for a in train + val if a.genre]
    assert [a.id for a in english] == d["en"]["ids"]
    out = {"en": sentence_counts(english)}
    for lang in g12.LANGS:
        labelled = [a for a in load_semeval2023(data, language=lang).values() if a.genre]
        assert len(labelled) == len(d[lang]["y"])
        out[lang] = sentence_counts(labelled)
    (work / "nsent.pkl").write_bytes(pickle.dumps(out))


def shrunk(h: Any) -> Any:
    """A copy of harness ``h`` whose standardized structural rows are multiplied by n / (n + SHRINK_K)."""
    import copy
    import pickle

    counts = pickle.loads((h.work / "nsent.pkl").read_bytes())
    s = copy.copy(h)
    s.ze = h.ze * (counts["en"] / (counts["en"] + SHRINK_K))[:, None]
    other = np.concatenate([counts[g] for g in g12.LANGS])
    s.oz = h.oz * (other / (other + SHRINK_K))[:, None]
    return s


class HarnessFlat(g22.Harness22):
    """Round 22's harness; a recipe with ``flat`` trains on every row and its joined copy (RULE.md, lever 3)."""

    def __init__(self, work: Path) -> None:
        import pickle

        super().__init__(work, "english")
        self.work = work
        self.ze_flat = self.oz_flat = None
        if (work / "flat.pkl").exists():
            flat = pickle.loads((work / "flat.pkl").read_bytes())
            self.ze_flat = self.z(flat["en"], self.raw)
            self.oz_flat = np.vstack([self.z(flat[g], self.d[g]["x"]) for g in g12.LANGS])

    def fit(self, r: dict[str, Any], en_idx: np.ndarray, other_idx: np.ndarray | None = None) -> Any:
        if not r.get("flat"):
            return super().fit(r, en_idx, other_idx)
        from scipy import sparse
        from sklearn.linear_model import LogisticRegression

        assert self.ze_flat is not None and self.oz_flat is not None, "run cache-flat first"
        other_idx = np.arange(len(self.oy)) if other_idx is None else other_idx
        empty = g12._empty(len(other_idx), self.xt.shape[1])
        x = sparse.vstack(
            [
                self.design(r, self.xt[en_idx], self.ze[en_idx]),
                self.design(r, empty, self.oz[other_idx]),
                self.design(r, self.xt[en_idx], self.ze_flat[en_idx]),
                self.design(r, empty, self.oz_flat[other_idx]),
            ]
        ).tocsr()
        y1 = np.concatenate([self.y[en_idx], self.oy[other_idx]])
        w1 = np.concatenate([np.where(self.late[en_idx], r.get("wl", 5.0), 1.0), np.ones(len(other_idx))])
        yy, w = np.concatenate([y1, y1]), np.concatenate([w1, w1 * r.get("flat_w", 1.0)])
        cnt = np.array([w[yy == k].sum() for k in range(3)])
        balanced = w * (w.sum() / (3 * cnt))[yy]
        return LogisticRegression(C=r.get("C", 0.1), max_iter=3000).fit(x, yy, sample_weight=balanced)


def recipe(lever: str) -> dict[str, Any]:
    r = g22.recipe(g22.SHIPPED)
    if lever == "nolayout":
        r["cols"] = [c for c in g20.SHIPPED_COLS if c not in LAYOUT_COLS]
    if lever in ("flat", "flat25"):
        r["flat"] = True
    if lever == "flat25":
        r["flat_w"] = FLAT25_WEIGHT
    return r


def offsets_news(runs: list[np.ndarray], lang: np.ndarray, y: np.ndarray, t: float) -> tuple[float, float]:
    """``prior6news``: main's grid and tie rule, criterion the mean per-language news-mix macro-F1."""
    from spinscope.training.articles import _mix_weights

    logs = [np.log(np.clip(p, 1e-12, 1)) / t for p in runs]
    masks = [lang == g for g in g24.LANGS]
    weights = [_mix_weights(y[m]) for m in masks]

    def score(o: tuple[float, float]) -> tuple[float, float]:
        off = np.array([0.0, *o])
        f = [
            np.mean([g25.weighted_macro((lp[m] + off).argmax(1), y[m], w) for m, w in zip(masks, weights, strict=True)])
            for lp in logs
        ]
        return float(np.mean(f)), -abs(o[0]) - abs(o[1])

    return max(g24.COARSE, key=score)


def held_out(h: Any, lever: str, started: float) -> tuple[np.ndarray, list[Any]]:
    r = recipe(lever)
    h = shrunk(h) if lever == "shrink5" else h
    others = np.arange(len(h.oy))
    probs = np.zeros((h.n, 3))
    rules = []
    for v in range(5):
        test, train = np.where(h.g == v)[0], np.where(h.g != v)[0]
        yy = np.concatenate([h.y[train], h.oy])
        raw = h.predict_en(r, h.fit(r, train), test)
        runs = [h.six_oof(r, train, others, seed=s) for s in SEEDS]
        lang = runs[0][1]
        en = lang == "en"
        t = g24.temperature([p[en] for p, _ in runs], yy[en])
        pick = offsets_news if lever == "prior6news" else g24.offsets_f1
        o = [0.0, *(float(x) for x in pick([p for p, _ in runs], lang, yy, t))]
        probs[test] = g12.shift(raw, o, t)
        rules.append([t, o])
        print(json.dumps({"lever": lever, "block": v, "rule": [t, o], "s": round(time.time() - started)}), flush=True)
    return probs, rules


def figures(p: np.ndarray, y: np.ndarray) -> dict[str, Any]:
    from spinscope.training.articles import _mix_weights

    pred = p.argmax(1)
    return {
        "plain": round(g25.weighted_macro(pred, y, np.ones(len(y))), 4),
        "news": round(g25.weighted_macro(pred, y, _mix_weights(y)), 4),
        "reporting_recall": round(float((pred[y == 1] == 1).mean()), 4),
        "confusion": g12.confusion(p, y),
    }


def run(levers: list[str], work: Path, reuse: bool = False) -> None:
    started = time.time()
    h = HarnessFlat(work)
    last = h.g == 4
    out: dict[str, dict[str, Any]] = {}
    for lever in levers:
        saved = work / f"held_{lever}.npy"
        if reuse and saved.exists():  # the same lever at the same seeds gives the same probabilities
            probs, rules = np.load(saved), ["reused " + str(saved)]
        else:
            probs, rules = held_out(h, lever, started)
        out[lever] = {"P": figures(probs, h.y), "L": figures(probs[last], h.y[last]), "rules": rules}
        np.save(work / f"held_{lever}.npy", probs)
        print(json.dumps({"lever": lever, **out[lever]}), flush=True)
    if "main" in out:
        for lever in levers:
            if lever == "main":
                continue
            d = {
                f"{part}_{k}": round(out[lever][part][k] - out["main"][part][k], 4)
                for part in ("P", "L")
                for k in ("plain", "news", "reporting_recall")
            }
            print(
                json.dumps({"lever": lever, "change": d, "E_passes": d["P_plain"] >= 0 and d["P_news"] >= 0}),
                flush=True,
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("run")
    p.add_argument("levers", nargs="+", choices=LEVERS)
    p.add_argument("--work", type=Path, required=True)
    p.add_argument("--reuse", action="store_true", help="read a lever's held-out probabilities saved by a run")
    for name in ("cache-flat", "cache-nsent"):
        c = sub.add_parser(name)
        c.add_argument("--work", type=Path, required=True)
        c.add_argument("--data", type=Path, default=Path("../shared/data"))
    args = parser.parse_args()
    if args.cmd == "cache-flat":
        cache_flat(args.work, args.data)
    elif args.cmd == "cache-nsent":
        cache_nsent(args.work, args.data)
    else:
        run(args.levers, args.work, args.reuse)


if __name__ == "__main__":
    main()
