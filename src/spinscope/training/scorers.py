"""Official metrics: SemEval-2023 Task 3 (ST1 macro-F1, ST2/ST3 micro-F1) and SemEval-2020 Task 11 (SI, TC).

The SI measure is the one of Da San Martino et al. (EMNLP 2019): a predicted span earns partial credit for the
share of it that overlaps gold, precision divides by the predicted spans and recall by the gold spans::

    P = 1/|S| * sum_{s in S, t in T} |s & t| / |s|        R = 1/|T| * sum_{s in S, t in T} |s & t| / |t|

Overlapping spans of one article are merged first (in gold and in predictions), as the official scorer does.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float
    support: int = 0

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "support": self.support}


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r > 0 else 0.0


def prf_from_counts(tp: int, fp: int, fn: int) -> PRF:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return PRF(p, r, _f1(p, r), tp + fn)


def multilabel_scores(gold: Mapping[K, Iterable[str]], pred: Mapping[K, Iterable[str]],
                      labels: Sequence[str]) -> tuple[PRF, float, dict[str, PRF]]:
    """Micro P/R/F1, macro-F1 and per-label P/R/F1 over the items of ``gold`` (ST2 articles, ST3 paragraphs).

    Items missing from ``pred`` count as predicting nothing; labels outside ``labels`` are ignored.
    """
    known = set(labels)
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for key, gold_labels in gold.items():
        g = set(gold_labels) & known
        p = set(pred.get(key, ())) & known
        for label in g & p:
            tp[label] += 1
        for label in p - g:
            fp[label] += 1
        for label in g - p:
            fn[label] += 1
    per_label = {label: prf_from_counts(tp[label], fp[label], fn[label]) for label in labels}
    micro = prf_from_counts(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    macro = sum(s.f1 for s in per_label.values()) / len(labels) if labels else 0.0
    return micro, macro, per_label


def multiclass_scores(gold: Mapping[K, str], pred: Mapping[K, str], labels: Sequence[str]
                      ) -> tuple[float, float, dict[str, PRF]]:
    """Macro-F1 (ST1's official measure), micro-F1 (accuracy) and per-class P/R/F1."""
    per_class: dict[str, PRF] = {}
    for label in labels:
        tp = sum(1 for k, g in gold.items() if g == label and pred.get(k) == label)
        fp = sum(1 for k, g in gold.items() if g != label and pred.get(k) == label)
        fn = sum(1 for k, g in gold.items() if g == label and pred.get(k) != label)
        per_class[label] = prf_from_counts(tp, fp, fn)
    macro = sum(s.f1 for s in per_class.values()) / len(labels) if labels else 0.0
    micro = sum(1 for k, g in gold.items() if pred.get(k) == g) / len(gold) if gold else 0.0
    return macro, micro, per_class


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping spans: overlapping or touching spans are joined."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def si_scores(gold: Mapping[str, Iterable[tuple[int, int]]], pred: Mapping[str, Iterable[tuple[int, int]]]) -> PRF:
    """SemEval-2020 Task 11 SI precision, recall and F1 with partial-overlap credit (see the module docstring)."""
    p_sum = r_sum = 0.0
    n_pred = n_gold = 0
    for article in set(gold) | set(pred):
        g = merge_spans(gold.get(article, ()))
        s = merge_spans(pred.get(article, ()))
        n_gold += len(g)
        n_pred += len(s)
        for ps, pe in s:
            for gs, ge in g:
                overlap = min(pe, ge) - max(ps, gs)
                if overlap > 0:
                    p_sum += overlap / (pe - ps)
                    r_sum += overlap / (ge - gs)
    p = p_sum / n_pred if n_pred else 0.0
    r = r_sum / n_gold if n_gold else 0.0
    return PRF(p, r, _f1(p, r), n_gold)


def tc_scores(gold: Mapping[tuple[str, int, int], str], pred: Mapping[tuple[str, int, int], str],
              labels: Sequence[str]) -> tuple[PRF, dict[str, PRF], Counter[tuple[str, str]]]:
    """TC micro-F1 over the gold spans (keyed by article, start, end), per-label P/R/F1 and the confusions."""
    micro_tp = sum(1 for k, g in gold.items() if pred.get(k) == g)
    n_pred = sum(1 for k in gold if k in pred)
    micro = prf_from_counts(micro_tp, n_pred - micro_tp, len(gold) - micro_tp)
    per_label: dict[str, PRF] = {}
    for label in labels:
        tp = sum(1 for k, g in gold.items() if g == label and pred.get(k) == label)
        fp = sum(1 for k, g in gold.items() if g != label and pred.get(k) == label)
        fn = sum(1 for k, g in gold.items() if g == label and pred.get(k) != label)
        per_label[label] = prf_from_counts(tp, fp, fn)
    confusions: Counter[tuple[str, str]] = Counter(
        (g, pred[k]) for k, g in gold.items() if k in pred and pred[k] != g)
    return micro, per_label, confusions
