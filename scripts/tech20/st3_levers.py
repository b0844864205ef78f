"""Round 20 (docs/EVALUATION.md, "Techniques, round 20"): three levers on the ST3 paragraph decision, each chosen
on the fitting half of the 87 validation articles and scored on the other half, against the shipped procedure
(round 17's harness plus the line-length offsets chosen on the fitting half).

    python scripts/tech20/st3_levers.py --scores /tmp/tech20/val_scores.pkl --train-vectors /tmp/tech20/train_sent.npz \
        --val-vectors /tmp/tech20/val_sent.npz --lever base|wide|sparse|neigh [--salt S]

Levers (the decision rule is in docs/EVALUATION.md, committed at 27f9363 before any lever's figure):

* ``wide``: the short-line raise chosen from 0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.6, 1 (the shipped grid stops at 0.2).
* ``sparse``: after the base's offsets, every threshold of an article whose density (mean over its lines of the
  sum of the 23 probabilities) is under the fitting half's 25th or 50th percentile is raised by 0.05, 0.1 or 0.2.
* ``neigh``: p'_i = (1 - g) p_i + g max(p_{i-1}, p_{i+1}), g from 0, 0.1, 0.2, 0.3; for g > 0 the thresholds of
  all 23 techniques are fitted on p' of the fitting half, then the base's offsets chosen on it.
* ``ml`` (its rule committed at 43dc83d, before its figures): p' = sigmoid((1 - w) logit(p) + w logit(p_ml)), p_ml
  the committed multilingual head's probabilities (``--ml``, from ``ml_cache.py``), w from 0-0.5; for w > 0 all
  23 thresholds fitted on p' of the fitting half, then the base's offsets; w chosen by the fitting half's inner
  even/odd cross-fit of the whole procedure (ties to the smaller w).
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tech17"))

from common import Bench, counts, f1c, load, shipped_rule

from spinscope.training import techniques as T

SHORT = (0.0, 0.05, 0.1, 0.2)
WIDE = (0.0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.6, 1.0)
LONG = (0.0, -0.05, -0.1)
SPARSE = [(0.0, 0.0)] + [(q, d) for q in (25.0, 50.0) for d in (0.05, 0.1, 0.2)]
GAMMAS = (0.0, 0.1, 0.2, 0.3)
WS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5)


def logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-4, 1 - 1e-4)
    return np.asarray(np.log(p / (1 - p)))


def logit_blend(p: np.ndarray, q: np.ndarray, w: float) -> np.ndarray:
    if w == 0:
        return p
    return np.asarray(1.0 / (1.0 + np.exp(-((1 - w) * logit(p) + w * logit(q)))))


def neighbour(p: np.ndarray, g: float) -> np.ndarray:
    if g == 0 or len(p) < 2:
        return p
    up = np.vstack([p[1:2], p[:-1]])      # line i-1 (line 1 at the start)
    down = np.vstack([p[1:], p[-2:-1]])   # line i+1 (line n-2 at the end)
    return np.asarray((1 - g) * p + g * np.maximum(up, down))


def density(p: np.ndarray) -> float:
    return float(p.sum(axis=1).mean())


class Run:
    def __init__(self, b: Bench, hp: dict[str, np.ndarray], val: list[Any],
                 ml: dict[str, np.ndarray] | None = None) -> None:
        self.b, self.hp, self.ml = b, hp, ml or {}
        self.words = {a.id: np.array([len(a.text[ln.start:ln.end].split()) for ln in a.lines]) for a in val}

    def th(self, a: Any, th: np.ndarray, ds: float, dl: float, extra: float = 0.0) -> np.ndarray:
        n = self.words[a.id]
        t = np.repeat(th[None], len(n), axis=0) + extra
        t[n <= 20] += ds
        t[n > 40] += dl
        return t

    def cnt(self, arts: list[Any], probs: dict[str, np.ndarray], th: np.ndarray, ds: float, dl: float,
            extra: dict[str, float] | None = None, w: bool = False) -> np.ndarray:
        c = np.zeros(3)
        for a in arts:
            wt = np.full(len(probs[a.id]), self.b.weight[_genre(a)]) if w else None
            c += counts(probs[a.id], self.b.gold[a.id], self.th(a, th, ds, dl, (extra or {}).get(a.id, 0.0)), wt)
        return c

    def offsets(self, fit: list[Any], probs: dict[str, np.ndarray], th: np.ndarray, short: tuple[float, ...]
                ) -> tuple[float, float]:
        grid = [(s, g) for s in short for g in LONG]
        f = {x: f1c(self.cnt(fit, probs, th, *x)) for x in grid}
        return max(grid, key=lambda x: (f[x], -abs(x[0]) - abs(x[1])))

    def procedure(self, fit: list[Any], test: list[Any], lever: str) -> tuple[dict[str, np.ndarray], np.ndarray,
                                                                               tuple[float, float], dict[str, float],
                                                                               Any]:
        """Probabilities, thresholds, offsets and per-article raises of ``test``, all chosen on ``fit``."""
        probs, th = shipped_rule(self.b, self.hp, fit)
        if lever == "ml":
            def with_w(w: float, f: list[Any]) -> tuple[dict[str, np.ndarray], np.ndarray, tuple[float, float]]:
                p0, t0 = shipped_rule(self.b, self.hp, f)
                if w == 0:
                    return p0, t0, self.offsets(f, p0, t0, SHORT)
                pw = {k: logit_blend(v, self.ml[k], w) for k, v in p0.items()}
                pf, gf, _ = self.b.stack(f, pw)
                tw = T.calibrate_thresholds(pf, gf)
                return pw, tw, self.offsets(f, pw, tw, SHORT)

            inner = [fit[0::2], fit[1::2]]

            def inner_f1(w: float) -> float:
                c = np.zeros(3)
                for i, j in ((0, 1), (1, 0)):
                    pi, ti, oi = with_w(w, inner[i])
                    c += self.cnt(inner[j], pi, ti, *oi)
                return f1c(c)
            scored = {w: inner_f1(w) for w in WS}
            w = max(WS, key=lambda x: (scored[x], -x))
            pw, tw, ow = with_w(w, fit)
            return pw, tw, ow, {}, w
        if lever == "neigh":
            best: Any = None
            for g in GAMMAS:
                pg = {k: neighbour(v, g) for k, v in probs.items()}
                if g > 0:
                    pf, gf, _ = self.b.stack(fit, pg)
                    tg = T.calibrate_thresholds(pf, gf)
                else:
                    tg = th
                off = self.offsets(fit, pg, tg, SHORT)
                f = f1c(self.cnt(fit, pg, tg, *off))
                if best is None or f > best[0]:
                    best = (f, g, pg, tg, off)
            _, g, pg, tg, off = best
            return pg, tg, off, {}, g
        off = self.offsets(fit, probs, th, WIDE if lever == "wide" else SHORT)
        if lever != "sparse":
            return probs, th, off, {}, off
        dens = {a.id: density(probs[a.id]) for a in fit + test}
        fd = np.array([dens[a.id] for a in fit])

        def raises(q: float, d: float, arts: list[Any]) -> dict[str, float]:
            if d == 0:
                return {}
            cut = float(np.percentile(fd, q))
            return {a.id: d for a in arts if dens[a.id] < cut}
        f = {o: f1c(self.cnt(fit, probs, th, *off, raises(*o, fit))) for o in SPARSE}
        o = max(SPARSE, key=lambda x: (f[x], -x[1], -x[0]))
        return probs, th, off, raises(*o, test), o


def _genre(a: Any) -> str:
    return "reporting" if a.genre == "reporting" else "opinion"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scores", type=Path, required=True)
    ap.add_argument("--train-vectors", type=Path, required=True)
    ap.add_argument("--val-vectors", type=Path, required=True)
    ap.add_argument("--lever", default="base", choices=["base", "wide", "sparse", "neigh", "ml"])
    ap.add_argument("--ml", type=Path, help="the multilingual head's probabilities (ml_cache.py)")
    ap.add_argument("--salt", default="")
    args = ap.parse_args()
    b, val, hp, _, _ = load(args.scores, args.train_vectors, args.val_vectors)
    if args.salt:
        h = [int(hashlib.sha256((a.id + args.salt).encode()).hexdigest(), 16) % 2 for a in val]
        b.splits = [[[a for a, x in zip(val, h, strict=True) if x == 0],
                     [a for a, x in zip(val, h, strict=True) if x == 1]]]
    ml = dict(np.load(args.ml)) if args.ml else None
    r = Run(b, hp, val, ml)
    base_, new_, pb_, pn_, chosen = [], [], [], [], []
    for halves in b.splits:
        cb, cn, ab, an = np.zeros(3), np.zeros(3), {}, {}
        for i, j in ((0, 1), (1, 0)):
            p0, t0, o0, _, _ = r.procedure(halves[i], halves[j], "base")
            p1, t1, o1, e1, ch = r.procedure(halves[i], halves[j], args.lever)
            chosen.append(ch)
            for a in halves[j]:
                ab[a.id] = r.cnt([a], p0, t0, *o0)
                an[a.id] = r.cnt([a], p1, t1, *o1, e1)
                cb += ab[a.id]
                cn += an[a.id]
        base_.append(f1c(cb))
        new_.append(f1c(cn))
        pb_.append(ab)
        pn_.append(an)
    print("lever", args.lever, "salt", args.salt or "-", "splits", [round(x, 4) for x in base_], "->",
          [round(x, 4) for x in new_], "mean", round(float(np.mean(base_)), 4), "->", round(float(np.mean(new_)), 4),
          "gain", round(float(np.mean(new_) - np.mean(base_)), 4), "chosen", chosen, flush=True)
    print(b.bootstrap(pb_, pn_), flush=True)


if __name__ == "__main__":
    main()
