"""PTC technique classification (SemEval-2020 Task 11 TC): a span classifier blended with the tagger.

TC gives spans and asks for one of 14 classes each. Two parts, both cheap once the technique tagger has run:

1. **span model**: a multinomial logistic regression over the span's own evidence, trained on the gold spans
   of the tagger's *training* articles: TF-IDF of the span's words, frozen MiniLM vectors of the span and of
   the sentence(s) around it, its length, and how often it recurs in the article (the SemEval-2020 TC winners
   used the span in its sentence, its length and its recurrence);
2. **blend**: the span model's log probabilities plus ``tagger_weight`` times the log of the tagger's 14 class
   scores, plus a per-class offset; the weight and the offsets are fitted on the gold spans of the tagger's
   *validation* articles, the only ones whose tagger scores are not in-sample. A logistic-regression stacker
   over the same inputs was measured and lost (docs/EVALUATION.md, "Techniques round 4").

The files are a :mod:`spinscope.modelio` bundle (``model.json`` + ``model.safetensors`` + vocabulary; no
pickles) in ``resources/models/techniques_tc``; ``spinscope train techniques-tc`` writes them with a model card.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ModelFilesMissing
from .persuasion_models import MODELS_DIR, split_sentences

TC_MODEL_DIR = MODELS_DIR / "techniques_tc"
#: Names the feature recipe; a model trained on another one is refused.
TC_FEATURE_VERSION = "tc-span-features-v1"
#: Hand features of a span, in the order of their columns (after the two 384-d vectors).
EXTRA_FEATURES = ("log_words", "log_recurrences", "recurs", "in_title", "quoted", "question", "exclamation",
                  "capitalized_share", "sentence_share")
#: Scores below this are clipped before the log, so that a zero tagger score is a large but finite feature.
LOG_FLOOR = 1e-4


def normalize_phrase(text: str) -> str:
    """Lower case, one space between words, outer punctuation off: how a phrase is counted in its article (as
    :func:`spinscope.training.techniques.span_recurs` counts it)."""
    return re.sub(r"\s+", " ", text.lower().strip(" .,;:!?\"'“”"))


def span_context(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentences around ``text[start:end]``: from the first sentence it overlaps to the last, inside its line(s)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", max(start, end - 1))
    line_end = len(text) if line_end < 0 else line_end
    sentences = [(s, e) for s, e in split_sentences(text, line_start, line_end) if s < end and e > start]
    if not sentences:
        return line_start, line_end
    return sentences[0][0], sentences[-1][1]


def span_extras(text: str, start: int, end: int, *, lowered: str | None = None) -> np.ndarray:
    """The hand features of one span (:data:`EXTRA_FEATURES`)."""
    span = text[start:end]
    words = span.split()
    phrase = normalize_phrase(span)
    lowered = text.lower() if lowered is None else lowered
    occurrences = lowered.count(phrase) if len(phrase) >= 4 else 1
    c_start, c_end = span_context(text, start, end)
    first_break = text.find("\n")
    return np.array([
        np.log1p(len(words)),
        np.log1p(max(occurrences - 1, 0)),
        float(occurrences >= 2),
        float(first_break < 0 or start < first_break),
        float(any(q in span for q in "\"“”")),
        float("?" in text[start:c_end]),
        float("!" in text[start:c_end]),
        sum(w[:1].isupper() for w in words) / max(len(words), 1),
        min(1.0, (end - start) / max(c_end - c_start, 1)),
    ], dtype=np.float32)


def span_feature_rows(text: str, spans: Sequence[tuple[int, int]], encoder: Any) -> tuple[list[str], np.ndarray]:
    """The span texts (for the TF-IDF part) and the dense features of ``spans`` in ``text``.

    Dense columns: the MiniLM vector of the span, that of its sentence(s) (:func:`span_context`), then
    :data:`EXTRA_FEATURES`. ``encoder`` is a :class:`~spinscope.components.persuasion_models.SentenceEncoder`.
    """
    if not spans:
        return [], np.zeros((0, 2 * 384 + len(EXTRA_FEATURES)), dtype=np.float32)
    lowered = text.lower()
    span_texts = [text[s:e] for s, e in spans]
    contexts = [text[slice(*span_context(text, s, e))] for s, e in spans]
    unique = sorted(set(span_texts) | set(contexts))
    vectors = dict(zip(unique, encoder.encode(unique), strict=True))
    dense = np.hstack([np.stack([vectors[t] for t in span_texts]), np.stack([vectors[t] for t in contexts]),
                       np.stack([span_extras(text, s, e, lowered=lowered) for s, e in spans])])
    return span_texts, dense.astype(np.float32)


def span_model_inputs(bundle: dict[str, Any], span_texts: Sequence[str], dense: np.ndarray) -> Any:
    """The span model's input matrix: TF-IDF of the span words (weighted) next to the dense features."""
    from scipy import sparse

    tfidf = bundle["vectorizer"].transform(list(span_texts)) * float(bundle["tfidf_weight"])
    return sparse.hstack([tfidf, sparse.csr_matrix(dense)]).tocsr()


def blend_scores(span_probs: np.ndarray, tagger_scores: np.ndarray, tagger_weight: float,
                 offsets: np.ndarray | None = None) -> np.ndarray:
    """The class scores of the blend: log span-model probabilities + weight x log tagger scores (+ offsets)."""
    scores = np.log(np.clip(span_probs, LOG_FLOOR, None)) + tagger_weight * np.log(np.clip(tagger_scores, LOG_FLOOR,
                                                                                          None))
    return scores if offsets is None else scores + offsets


def span_model_probs(bundle: dict[str, Any], span_texts: Sequence[str], dense: np.ndarray,
                     classes: Sequence[str]) -> np.ndarray:
    """(n, len(classes)) span-model probabilities in the order of ``classes`` (a class it never saw gets 0)."""
    model = bundle["span_model"]
    out = np.zeros((len(span_texts), len(classes)))
    if len(span_texts):
        probs = model.predict_proba(span_model_inputs(bundle, span_texts, dense))
        index = {c: i for i, c in enumerate(classes)}
        for j, c in enumerate(model.classes_):
            out[:, index[str(c)]] = probs[:, j]
    return out


class SpanClassifier:
    """The trained TC classifier: :meth:`label` gives the PTC class of each span of an article."""

    def __init__(self, model_dir: Path | None = None) -> None:
        from ..modelio import UnsafeModelFile, bundle_files_exist, load_bundle

        model_dir = Path(model_dir or TC_MODEL_DIR)
        config_path = model_dir / "config.json"
        if not bundle_files_exist(model_dir) or not config_path.is_file():
            raise ModelFilesMissing(f"TC classifier files not found in {model_dir} (expected model.json, "
                                    "model.safetensors and config.json); train them with "
                                    "`spinscope train techniques-tc`")
        try:
            self.bundle = load_bundle(model_dir)
        except UnsafeModelFile as exc:
            raise ModelFilesMissing(str(exc)) from exc
        self.config: dict[str, Any] = json.loads(config_path.read_text(encoding="utf-8"))
        if self.config.get("features") != TC_FEATURE_VERSION:
            raise ModelFilesMissing(f"{model_dir} was trained on features {self.config.get('features')!r}, "
                                    f"this version computes {TC_FEATURE_VERSION!r}; retrain it")
        self.classes: list[str] = list(self.config["classes"])

    def probabilities(self, text: str, spans: Sequence[tuple[int, int]], tagger_scores: np.ndarray,
                      *, encoder: Any = None) -> np.ndarray:
        """(n_spans, 14) class probabilities (the blend's scores through a softmax), columns in ``classes`` order.
        ``tagger_scores``: the tagger's PTC class scores of each span in the same order
        (:func:`spinscope.training.techniques.tc_class_scores` without the bonus)."""
        if not spans:
            return np.zeros((0, len(self.classes)))
        if encoder is None:
            from .persuasion_models import shared_sentence_encoder

            encoder = shared_sentence_encoder()
        span_texts, dense = span_feature_rows(text, spans, encoder)
        first = span_model_probs(self.bundle, span_texts, dense, self.classes)
        offsets = np.array([self.config["class_offsets"].get(c, 0.0) for c in self.classes])
        scores = blend_scores(first, tagger_scores, float(self.config["tagger_weight"]), offsets)
        scores = np.exp(scores - scores.max(axis=1, keepdims=True))
        return np.asarray(scores / scores.sum(axis=1, keepdims=True))

    def label(self, text: str, spans: Sequence[tuple[int, int]], tagger_scores: np.ndarray,
              *, encoder: Any = None) -> list[str]:
        """The PTC class of each span of ``text``."""
        probs = self.probabilities(text, spans, tagger_scores, encoder=encoder)
        return [self.classes[int(k)] for k in np.argmax(probs, axis=1)]


@lru_cache(maxsize=2)
def load_span_classifier(model_dir: Path | None = None) -> SpanClassifier:
    return SpanClassifier(model_dir)
