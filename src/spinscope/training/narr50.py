"""Round 45, narr50 (issue 19): the Hindi narrative heads ``narratives.hi`` / ``subnarratives.hi`` fitted by the
training command itself (``python -m spinscope.training.multilingual --only narratives-hi``, and as part of the full
command after the narratives stage), with narr49's recipe (``scripts/narr49/crossfit.py final joint``):

- rows: every Hindi article (290, the validation split included: narr49's rule decided on a cross-fitted estimate
  over all of them) after the training articles of the other SemEval-2025 languages (bg, en, pt, ru, in that order);
  features: the lead vector; labels: the shared heads' labels, then the labels only the Hindi gold has (sorted);
- one logistic regression per label (:func:`~spinscope.training.multilingual.fit_multilabel`), C 0.003 (coarse) and
  0.01 (fine);
- one threshold pair (coarse, fine) chosen on 5-fold out-of-fold probabilities of the Hindi rows (folds by a salted
  hash of the file name, the other languages' rows always in training), decoding as ``predict`` does (the top
  narrative's domain gate ``names_domain``, coarse labels of that domain above t_c, fine labels above t_f under each
  kept one, else ``<coarse>: Other``), scored by summed per-article coarse F1 + fine F1; ties go to the pair nearest
  (0.25, 0.20).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..components.multilingual import Head

NEVER = 1.01
COARSE_GRID = [round(0.05 + 0.01 * i, 2) for i in range(56)] + [NEVER]
FINE_GRID = [round(0.05 + 0.01 * i, 2) for i in range(56)]
REF = (0.25, 0.20)
C_COARSE, C_FINE = 0.003, 0.01
FOLD_SALT, FOLDS_HI = "narr49", 5
#: The languages whose training articles join the Hindi rows, in row order.
OTHER_LANGUAGES = ("bg", "en", "pt", "ru")

Gold = tuple[frozenset[str], frozenset[str]]


def gold_of(narratives: Sequence[str] | None, subnarratives: Sequence[str] | None) -> Gold:
    """An article's labels as sets, the bare ``Other`` dropped (narr49's ``load_tsv``)."""
    return (frozenset(x for x in narratives or [] if x != "Other"),
            frozenset(x for x in subnarratives or [] if x != "Other"))


def _f1(gold: frozenset[str], pred: frozenset[str]) -> float:
    if not gold and not pred:
        return 1.0
    tp = len(gold & pred)
    return 2 * tp / (len(gold) + len(pred)) if tp else 0.0


def fold_of(names: Sequence[str], salt: str, k: int) -> np.ndarray:
    return np.array([int(hashlib.sha1(f"{salt}:{n}".encode()).hexdigest(), 16) % k for n in names])


def _tables(cp: np.ndarray, fp: np.ndarray, flags: Sequence[dict[str, bool]], gold: Sequence[Gold],
            cl: Sequence[str], fl: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Per article, coarse F1 for each t_c and fine F1 for each (t_c, t_f) (narr48's decoding tables)."""
    n = len(gold)
    coarse = np.zeros((n, len(COARSE_GRID)))
    fine = np.zeros((n, len(COARSE_GRID), len(FINE_GRID)))
    fine_of = {label: [k for k in range(len(fl)) if fl[k].startswith(label + ": ")] for label in cl}
    for i in range(n):
        domain = cl[int(np.argmax(cp[i]))].split(":", 1)[0].strip()
        named = flags[i].get(domain, False)
        order = [int(k) for k in np.argsort(-cp[i])]
        memo: dict[tuple[str, ...], list[float]] = {}
        for a, tc in enumerate(COARSE_GRID):
            kept = tuple(cl[k] for k in order if cp[i][k] >= tc and cl[k].startswith(domain + ":")) if named else ()
            coarse[i, a] = _f1(gold[i][0], frozenset(kept))
            if kept not in memo:
                row = []
                for tf in FINE_GRID:
                    subs: set[str] = set()
                    for label in kept:
                        under = {fl[k] for k in fine_of[label] if fp[i][k] >= tf}
                        subs |= under or {f"{label}: Other"}
                    row.append(_f1(gold[i][1], frozenset(subs)))
                memo[kept] = row
            fine[i, a] = memo[kept]
    return coarse, fine


def _choose(coarse: np.ndarray, fine: np.ndarray) -> tuple[int, int]:
    total = coarse.sum(axis=0)[:, None] + fine.sum(axis=0)
    best = total.max()
    cands = [(abs(COARSE_GRID[a] - REF[0]) + abs(FINE_GRID[b] - REF[1]), COARSE_GRID[a], FINE_GRID[b], a, b)
             for a, b in zip(*np.where(total >= best - 1e-9), strict=True)]
    _, _, _, a, b = min(cands)
    return int(a), int(b)


@dataclass
class HindiRows:
    """The stage's input: Hindi rows (names, lead vectors, domain flags, gold) and the other languages' rows."""

    names: list[str]
    x: np.ndarray
    flags: list[dict[str, bool]]
    gold: list[Gold]
    other_x: np.ndarray
    other_gold: list[Gold]


def fit_hindi_heads(rows: HindiRows, base_coarse: Sequence[str], base_fine: Sequence[str],
                    fit_multilabel: Callable[[np.ndarray, np.ndarray, float], Any]
                    ) -> tuple[dict[str, Head], dict[str, Any]]:
    """``narratives.hi`` and ``subnarratives.hi`` (narr49's ``final joint``) and a small report; ``fit_multilabel`` is
    :func:`spinscope.training.multilingual.fit_multilabel`, passed in so that this module does not import the one
    that calls it."""
    cl = list(base_coarse) + sorted({c for g in rows.gold for c in g[0]} - set(base_coarse))
    fl = list(base_fine) + sorted({f for g in rows.gold for f in g[1]} - set(base_fine))
    x = np.asarray(rows.x, dtype=np.float64)
    ox = np.asarray(rows.other_x, dtype=np.float64).reshape(-1, x.shape[1])
    yc = np.array([[lab in g[0] for lab in cl] for g in rows.gold], dtype=int).reshape(-1, len(cl))
    yf = np.array([[lab in g[1] for lab in fl] for g in rows.gold], dtype=int).reshape(-1, len(fl))
    oyc = np.array([[lab in g[0] for lab in cl] for g in rows.other_gold], dtype=int).reshape(-1, len(cl))
    oyf = np.array([[lab in g[1] for lab in fl] for g in rows.other_gold], dtype=int).reshape(-1, len(fl))

    def fit(idx: np.ndarray) -> tuple[Any, Any]:
        z = np.vstack([ox, x[idx]])
        return (fit_multilabel(z, np.vstack([oyc, yc[idx]]), C_COARSE),
                fit_multilabel(z, np.vstack([oyf, yf[idx]]), C_FINE))

    def probs(heads: tuple[Any, Any], idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        c, f = heads
        z = x[idx]
        return 1 / (1 + np.exp(-(z @ c.weight.T + c.bias))), 1 / (1 + np.exp(-(z @ f.weight.T + f.bias)))

    every = np.arange(len(rows.names))
    fold = fold_of(rows.names, FOLD_SALT, FOLDS_HI)
    cp, fp = np.zeros((len(every), len(cl))), np.zeros((len(every), len(fl)))
    for j in range(FOLDS_HI):
        if (fold == j).any():
            cp[fold == j], fp[fold == j] = probs(fit(every[fold != j]), every[fold == j])
    a, b = _choose(*_tables(cp, fp, rows.flags, rows.gold, cl, fl))
    tc, tf = COARSE_GRID[a], FINE_GRID[b]
    c, f = fit(every)
    heads = {name: Head(name=name, labels=[str(x) for x in labels], weight=lin.weight.astype(np.float32),
                        bias=lin.bias.astype(np.float32), recipe="lead", decision="threshold", threshold=float(t),
                        language_thresholds={"hi": float(t)})
             for name, lin, labels, t in (("narratives.hi", c, cl, tc), ("subnarratives.hi", f, fl, tf))}
    report = {"hindi_rows": len(rows.names), "other_rows": len(ox), "coarse_labels": len(cl), "fine_labels": len(fl),
              "C": [C_COARSE, C_FINE], "thresholds": [tc, tf]}
    return heads, report


def hindi_rows(items25: Sequence[Any], texts: dict[str, str]) -> HindiRows:
    """The stage's rows from the training command's SemEval-2025 items (every Hindi one; the other languages'
    training ones, in :data:`OTHER_LANGUAGES` order) and the Hindi articles' texts (for the domain gate)."""
    from ..components.multilingual import features
    from ..components.narrative_domains import names_domain

    hi = [it for it in items25 if it.language == "hi"]
    others = [it for lang in OTHER_LANGUAGES for it in items25 if it.language == lang and not it.validation]
    dim = features("lead", hi[0].vectors).shape[-1] if hi else 384

    def leads(chosen: Sequence[Any]) -> np.ndarray:
        return np.vstack([features("lead", it.vectors) for it in chosen]) if chosen else np.zeros((0, dim))

    return HindiRows(
        names=[it.id for it in hi],
        x=leads(hi),
        flags=[{d: names_domain(texts[it.id], d, "hi") for d in ("URW", "CC")} for it in hi],
        gold=[gold_of(it.narratives, it.subnarratives) for it in hi],
        other_x=leads(others),
        other_gold=[gold_of(it.narratives, it.subnarratives) for it in others])
