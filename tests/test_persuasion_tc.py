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
    span_context,
    span_extras,
    stack_inputs,
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


def test_persuasion_tc_stack_inputs_are_finite_for_zero_scores() -> None:
    x = stack_inputs(np.zeros((2, 14)), np.full((2, 14), 1 / 14), np.array([0.0, 1.0]))
    assert x.shape == (2, 29) and np.isfinite(x).all() and list(x[:, -1]) == [0.0, 1.0]


def test_persuasion_tc_missing_files_say_how_to_train(tmp_path: Path) -> None:
    with pytest.raises(ModelFilesMissing, match="spinscope train techniques-tc"):
        SpanClassifier(tmp_path)
