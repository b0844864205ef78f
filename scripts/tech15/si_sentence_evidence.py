"""Round 15 (docs/EVALUATION.md, "Techniques, round 15"): round 13's "persuasive sentence" head over the frozen
MiniLM sentence vectors, used both ways on PTC SI: to add the sentences it scores high (round 13's rule) and to
drop the tagger's findings that lie in sentences it scores low, alone and together, with the rule chosen nested.

Run from the project root (vectors cached by ``scripts/tech13/st3_frozen_head.py --embed``):

    python scripts/tech15/si_sentence_evidence.py --scores /tmp/persu4/val_scores.pkl \
        --vectors /tmp/tech13/minilm_paras.pkl

Same articles, halves and findings as rounds 9, 10 and 13 (``scripts/tech10/repetition_round10.py``'s ``Cache``:
span thresholds fitted on the other half, Doubt's offset on, no repetition rule). The head is round 13's
(``scripts/tech13/si_sentence_head.py``: trained on the sentences of the tagger's 359 training articles, C by
log-loss over 5 folds grouped by article). "drop u, one" removes the model's one-word spans whose sentence scores
below u; "drop u, model" every model span; "drop u, all" every finding. An added sentence carries the technique
whose best word in it scores highest (SI ignores it). Each rule is scored on the held-out halves (fixed), then
chosen on each fitting half by its own SI and scored on the other (nested).
"""

from __future__ import annotations

import argparse
import itertools
import pickle
import sys
from bisect import bisect_right
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tech13"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tech10"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tech9"))

import si_sentence_head as H
from repetition_round10 import Cache
from si_round9 import Bench, Finding, fsi, si_counts

from spinscope.components.persuasion_models import content_words
from spinscope.training.data import SEMEVAL2023_TO_PTC, TECHNIQUES, load_semeval2023, split_articles

ADD_GRID = (None, 0.3, 0.35, 0.4, 0.5)
GATE_T = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4)
GATE_V = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6)
PTC = [k for k, t in enumerate(TECHNIQUES) if t in SEMEVAL2023_TO_PTC]
DROP_GRID = (None, 0.02, 0.04, 0.06, 0.08, 0.12)
SCOPES = ("one", "model", "all")


def rule_grid() -> list[tuple[float | None, float | None, str]]:
    """Every (add threshold, drop threshold, drop scope); the scope is moot without a drop threshold."""
    return [(t, u, s) for t, u, s in itertools.product(ADD_GRID, DROP_GRID, SCOPES) if u is not None or s == "one"]


def make_rule(prob: dict[str, Any], text_of: dict[str, str], t: float | None, u: float | None, scope: str) -> Any:
    """The findings of an article after the rule: low sentences' findings dropped, high sentences added."""
    def apply(a: Any, found: list[Finding]) -> list[Finding]:
        sents, p = prob[a.id]
        starts = [s for s, _, _ in sents]

        def low(s: int, e: int, source: str) -> bool:
            i = bisect_right(starts, s) - 1
            if u is None or i < 0 or p[i] >= u:
                return False
            if scope == "one":
                return source == "model" and len(content_words(a.text[s:e])) == 1
            return scope == "all" or source == "model"

        kept = [f for f in found if not low(f[0], f[1], f[3])]
        if t is None:
            return kept
        shown = [(s, e) for s, e, *_ in kept]
        return kept + [(s, e, "Loaded_Language", "sentence-head") for (s, e, _), q in zip(sents, p, strict=True)
                       if q >= t and H.covered(shown, s, e) < 0.5]
    return apply


def design_context(a: Any, vec: dict[str, Any]) -> tuple[list[tuple[int, int, int]], np.ndarray]:
    """Round 13's features (the sentence's vector, its line's mean) plus the article's mean sentence vector and the
    vectors of the sentences before and after it in its line (zeros at the ends)."""
    sents, x = DESIGN(a, vec)
    if not len(sents):
        return sents, np.zeros((0, 5 * 384))
    v, owner = vec[a.id]["sent"], np.array([i for _, _, i in sents])
    prev, nxt = np.zeros_like(v), np.zeros_like(v)
    same_prev = np.r_[False, owner[1:] == owner[:-1]]
    same_next = np.r_[owner[:-1] == owner[1:], False]
    prev[same_prev] = v[np.flatnonzero(same_prev) - 1]
    nxt[same_next] = v[np.flatnonzero(same_next) + 1]
    return sents, np.c_[x, np.repeat(v.mean(axis=0, keepdims=True), len(v), axis=0), prev, nxt]


DESIGN = H.design


def bootstrap(per_article: list[dict[str, tuple[np.ndarray, np.ndarray]]], ids: list[str],
              resamples: int = 2000) -> tuple[float, float]:
    """95% interval of the nested gain (mean of the two splits) over articles resampled with replacement, the same
    resample for both splits."""
    rng = np.random.default_rng(0)
    gains = []
    for _ in range(resamples):
        pick = rng.choice(len(ids), len(ids))
        split_gains = []
        for rows in per_article:
            xb = sum((rows[ids[i]][0] for i in pick), np.zeros(4))
            xs = sum((rows[ids[i]][1] for i in pick), np.zeros(4))
            split_gains.append(fsi(xs) - fsi(xb))
        gains.append(np.mean(split_gains))
    low, high = np.percentile(gains, [2.5, 97.5])
    return float(low), float(high)


def best_words(a: Any, scores: Any, sents: list[tuple[int, int, int]]) -> np.ndarray:
    """Per sentence, the tagger's best word score over the PTC techniques inside it."""
    out = np.zeros(len(sents))
    for para in scores:
        if not len(para.words):
            continue
        best = para.word_probs[:, PTC].max(axis=1)
        for j, (s, e, _) in enumerate(sents):
            inside = (para.words[:, 0] >= s) & (para.words[:, 1] <= e)
            if inside.any():
                out[j] = max(out[j], float(best[inside].max()))
    return out


def gate_rule(prob: dict[str, Any], word: dict[str, np.ndarray], t: float | None, v: float) -> Any:
    """Round 13's rule, a sentence added only where the tagger's best word in it also scores at least ``v``."""
    def apply(a: Any, found: list[Finding]) -> list[Finding]:
        if t is None:
            return found
        sents, p = prob[a.id]
        shown = [(s, e) for s, e, *_ in found]
        return found + [(s, e, "Loaded_Language", "sentence-head") for (s, e, _), q, w
                        in zip(sents, p, word[a.id], strict=True) if q >= t and w >= v and H.covered(shown, s, e) < 0.5]
    return apply


def counts(c: Cache, rule: Any, arts: list[Any], si: int, h: int, fit: bool = False
           ) -> tuple[np.ndarray, np.ndarray, int, int]:
    """SI counts before and after ``rule``, and how many findings it added and dropped."""
    xb, xs, added, dropped = np.zeros(4), np.zeros(4), 0, 0
    for a in arts:
        f = (c.fit if fit else c.held)[(si, h, a.id)]
        r = rule(a, f)
        kept = sum(x in f for x in r)
        added += len(r) - kept
        dropped += len(f) - kept
        xb += si_counts(a, f)
        xs += si_counts(a, r)
    return xb, xs, added, dropped


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scores", type=Path, required=True)
    ap.add_argument("--vectors", type=Path, required=True)
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("what", choices=["drop", "gate"], nargs="?", default="drop")
    ap.add_argument("--context", action="store_true", help="the head reads the article mean and the neighbours too")
    args = ap.parse_args()
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)
    vec = pickle.loads(args.vectors.read_bytes())  # a cache this project's script wrote, never downloaded
    b = Bench(args.scores, args.data)
    val_ids = {a.id for a in b.val}
    train, _ = split_articles(load_semeval2023(args.data))
    train = [a for a in train if a.paragraph_labels is not None and a.id not in val_ids]
    H.C_GRID = (0.0003, 0.001, 0.003) if args.context else (0.001,)  # round 13's choice: 0.001 by log-loss
    if args.context:
        H.design = design_context
    head, _ = H.fit_head(train, vec)
    prob = {}
    for a in b.val:
        sents, x = H.design(a, vec)
        prob[a.id] = (sents, head.predict_proba(x)[:, 1] if len(sents) else np.zeros(0))
    text_of = {a.id: a.text for a in b.val}
    c = Cache(b, offsets=True)
    if args.what == "gate":
        word = {a.id: best_words(a, b.scores[a.id], prob[a.id][0]) for a in b.val}
        gate(b, c, prob, word)
        return
    grid = rule_grid()
    for t, u, s in grid:
        halves, means, add, drop = [], [], 0, 0
        for si_, split in enumerate(b.splits):
            tb, ts = np.zeros(4), np.zeros(4)
            for y in (1, 0):
                xb, xs, n_add, n_drop = counts(c, make_rule(prob, text_of, t, u, s), split[y], si_, y)
                tb, ts, add, drop = tb + xb, ts + xs, add + n_add, drop + n_drop
                halves.append(round(fsi(xs) - fsi(xb), 4))
            means.append((fsi(tb), fsi(ts)))
        m = np.mean(means, axis=0)
        print(f"add {t}, drop {u} {s if u else ''}: SI {m[0]:.4f} -> {m[1]:.4f} ({m[1] - m[0]:+.4f}), held-out "
              f"halves {halves}, per split +{add // 2} -{drop // 2}", flush=True)
    for name, sub in (("add only", [g for g in grid if g[1] is None]),
                      ("drop only", [g for g in grid if g[0] is None]), ("all", grid)):
        means, per_article = [], []
        for si_, split in enumerate(b.splits):
            tb, ts = np.zeros(4), np.zeros(4)
            rows: dict[str, tuple[np.ndarray, np.ndarray]] = {}
            for x, y in ((0, 1), (1, 0)):
                fit = {g: counts(c, make_rule(prob, text_of, *g), split[x], si_, x, True) for g in sub}
                best = max(sub, key=lambda g: fsi(fit[g][1]) - fsi(fit[g][0]))
                xb, xs, _, _ = counts(c, make_rule(prob, text_of, *best), split[y], si_, y)
                tb, ts = tb + xb, ts + xs
                rows.update({a.id: counts(c, make_rule(prob, text_of, *best), [a], si_, y)[:2] for a in split[y]})
                print(f"nested ({name}): chosen on {si_}/{x} = {best}, held-out {fsi(xs) - fsi(xb):+.4f}", flush=True)
            means.append(fsi(ts) - fsi(tb))
            per_article.append(rows)
        low, high = bootstrap(per_article, [a.id for a in b.val])
        print(f"nested ({name}): SI gain {float(np.mean(means)):+.4f}, paired bootstrap over the articles 95% "
              f"[{low:+.4f}, {high:+.4f}]", flush=True)
    for genre in ("opinion", "reporting"):
        for g in grid:
            tb, ts, add, drop = np.zeros(4), np.zeros(4), 0, 0
            for si_, split in enumerate(b.splits):
                for y in (1, 0):
                    arts = [a for a in split[y] if (a.genre == "reporting") == (genre == "reporting")]
                    xb, xs, n_add, n_drop = counts(c, make_rule(prob, text_of, *g), arts, si_, y)
                    tb, ts, add, drop = tb + xb, ts + xs, add + n_add, drop + n_drop
            print(f"{genre}, {g}: SI (both splits pooled) {fsi(tb):.4f} -> {fsi(ts):.4f}, per split +{add // 2} "
                  f"-{drop // 2}", flush=True)


def gate(b: Bench, c: Cache, prob: dict[str, Any], word: dict[str, np.ndarray]) -> None:
    """The gated rule over its grid (fixed, then nested), and by genre."""
    grid = [(None, 0.0), *itertools.product(GATE_T, GATE_V)]
    for t, v in grid:
        halves, means, add = [], [], 0
        for si_, split in enumerate(b.splits):
            tb, ts = np.zeros(4), np.zeros(4)
            for y in (1, 0):
                xb, xs, n_add, _ = counts(c, gate_rule(prob, word, t, v), split[y], si_, y)
                tb, ts, add = tb + xb, ts + xs, add + n_add
                halves.append(round(fsi(xs) - fsi(xb), 4))
            means.append((fsi(tb), fsi(ts)))
        m = np.mean(means, axis=0)
        print(f"gate t {t}, v {v}: SI {m[0]:.4f} -> {m[1]:.4f} ({m[1] - m[0]:+.4f}), held-out halves {halves}, "
              f"per split +{add // 2}", flush=True)
    means = []
    for si_, split in enumerate(b.splits):
        tb, ts = np.zeros(4), np.zeros(4)
        for x, y in ((0, 1), (1, 0)):
            fit = {g: counts(c, gate_rule(prob, word, *g), split[x], si_, x, True) for g in grid}
            best = max(grid, key=lambda g: fsi(fit[g][1]) - fsi(fit[g][0]))
            xb, xs, _, _ = counts(c, gate_rule(prob, word, *best), split[y], si_, y)
            tb, ts = tb + xb, ts + xs
            print(f"nested (gate): chosen on {si_}/{x} = {best}, held-out {fsi(xs) - fsi(xb):+.4f}", flush=True)
        means.append(fsi(ts) - fsi(tb))
    print(f"nested (gate): SI gain {float(np.mean(means)):+.4f}", flush=True)
    for genre in ("opinion", "reporting"):
        for g in grid:
            tb, ts, add = np.zeros(4), np.zeros(4), 0
            for si_, split in enumerate(b.splits):
                for y in (1, 0):
                    arts = [a for a in split[y] if (a.genre == "reporting") == (genre == "reporting")]
                    xb, xs, n_add, _ = counts(c, gate_rule(prob, word, *g), arts, si_, y)
                    tb, ts, add = tb + xb, ts + xs, add + n_add
            print(f"{genre}, gate {g}: SI (both splits pooled) {fsi(tb):.4f} -> {fsi(ts):.4f}, per split +{add // 2}",
                  flush=True)


if __name__ == "__main__":
    main()
