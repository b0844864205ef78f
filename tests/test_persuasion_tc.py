"""The PTC TC span classifier (components/persuasion_tc.py): its features, its files, and its labels on
sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from spinscope.components.persuasion_models import MODELS_DIR, ModelFilesMissing
from spinscope.components.persuasion_tc import (
    EXTRA_FEATURES,
    TC_MODEL_DIR,
    SpanClassifier,
    blend_scores,
    span_context,
    span_extras,
)
from spinscope.training.data import PTC_CLASSES

needs_models = pytest.mark.skipif(
    not (MODELS_DIR / "techniques" / "model.safetensors").is_file() or not (TC_MODEL_DIR / "model.json").is_file(),
    reason="trained models are absent")


def test_persuasion_tc_context_is_the_sentence_around_the_span() -> None:
    text = "Title here\n\nFirst sentence is calm. The crooks lied again! Last one.\nNext line."
    start = text.index("crooks")
    s, e = span_context(text, start, start + len("crooks"))
    assert text[s:e] == "The crooks lied again!"
    # a span over two sentences gets both, never the next line
    s, e = span_context(text, text.index("calm"), text.index("lied") + 4)
    assert text[s:e] == "First sentence is calm. The crooks lied again!"


def test_persuasion_tc_extras_count_recurrence_and_title() -> None:
    text = "Build the wall\n\nWe must build the wall. Build the wall, they chanted. The wall is not built."
    first = text.index("Build the wall")
    extras = dict(zip(EXTRA_FEATURES, span_extras(text, first, first + 14), strict=True))
    assert extras["recurs"] == 1.0 and extras["in_title"] == 1.0
    assert extras["log_recurrences"] == pytest.approx(np.log1p(2))  # three times in all
    once = text.index("is not built")
    extras = dict(zip(EXTRA_FEATURES, span_extras(text, once, once + 12), strict=True))
    assert extras["recurs"] == 0.0 and extras["in_title"] == 0.0 and extras["log_words"] == pytest.approx(np.log1p(3))


def test_persuasion_tc_blend_weighs_the_tagger_and_stays_finite() -> None:
    span = np.array([[0.6, 0.4, 0.0]])
    tagger = np.array([[0.1, 0.9, 0.0]])  # zero scores are floored, never -inf
    assert np.isfinite(blend_scores(span, tagger, 1.0)).all()
    assert blend_scores(span, tagger, 0.0).argmax() == 0  # the span model alone
    assert blend_scores(span, tagger, 1.0).argmax() == 1  # the tagger outweighs it
    assert blend_scores(span, tagger, 0.0, np.array([0.0, 0.5, 0.0])).argmax() == 1  # an offset moves it


def test_persuasion_tc_missing_files_say_how_to_train(tmp_path: Path) -> None:
    with pytest.raises(ModelFilesMissing, match="spinscope train techniques-tc"):
        SpanClassifier(tmp_path)


ARTICLE = ("Stop the invasion now\n\n"
           "The senator called the protesters a mob of thugs and radical extremists.\n\n"
           "Stop the invasion now. We must stop the invasion now, and we will stop the invasion now before it is "
           "too late.\n\n"
           "These cowardly traitors have sold out our great nation to foreign bankers.\n")
ONCE = ("Border towns\n\nThe mayor said the town would open a new school in March. Stop the invasion now, one banner "
        "read, but most residents walked past it.\n")


def _labels(text: str, phrases: list[str]) -> list[str]:
    """The TC classifier's labels of the last occurrence of each phrase, with the real tagger's scores."""
    from spinscope.cli.train import _document
    from spinscope.components.persuasion import TechniqueSpans
    from spinscope.components.persuasion_models import span_probs
    from spinscope.components.persuasion_tc import load_span_classifier
    from spinscope.training.data import TECHNIQUES
    from spinscope.training.techniques import tc_class_scores

    scores = TechniqueSpans()(_document(text)).cache["techniques.scores"]
    spans = [(text.rindex(p), text.rindex(p) + len(p)) for p in phrases]
    tagger = np.array([tc_class_scores(span_probs(scores, s, e, len(TECHNIQUES))) for s, e in spans])
    classifier = load_span_classifier()
    probs = classifier.probabilities(text, spans, tagger)
    assert probs.shape == (len(spans), len(PTC_CLASSES)) and np.allclose(probs.sum(axis=1), 1.0)
    return classifier.label(text, spans, tagger)


@pytest.mark.slow
@needs_models
def test_persuasion_tc_labels_written_spans() -> None:
    labels = _labels(ARTICLE, ["a mob of thugs and radical extremists", "cowardly traitors",
                               "stop the invasion now", "sold out our great nation"])
    assert labels == ["Name_Calling,Labeling", "Name_Calling,Labeling", "Repetition", "Flag-Waving"]


@pytest.mark.slow
@needs_models
def test_persuasion_tc_repetition_needs_the_phrase_to_recur() -> None:
    assert _labels(ONCE, ["Stop the invasion now"]) != ["Repetition"]
