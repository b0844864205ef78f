"""Round 48 (narr48): Bulgarian's narrative thresholds re-chosen, cross-fitted, on the articles the multilingual
heads never saw (docs/EVALUATION.md, "Narratives: thresholds per language, round 45"); the other languages keep
theirs."""

from __future__ import annotations

import numpy as np
import pytest

from spinscope.components.multilingual import MultilingualModel, MultilingualUnavailable


@pytest.fixture(scope="module")
def heads():
    try:
        model = MultilingualModel()
    except MultilingualUnavailable as exc:  # pragma: no cover - the files are committed
        pytest.skip(str(exc))
    return model.heads["narratives"], model.heads["subnarratives"]


def _one(head, p):
    probs = np.zeros(len(head.labels), dtype=np.float32)
    probs[0] = p
    return probs


def test_bulgarian_reports_a_narrative_from_022_and_a_subnarrative_from_012(heads):
    coarse, fine = heads
    assert coarse.chosen(_one(coarse, 0.23), "bg") == [0]  # main: 0.25, none
    assert coarse.chosen(_one(coarse, 0.21), "bg") == []
    assert fine.chosen(_one(fine, 0.13), "bg") == [0]  # main: 0.23, none
    assert fine.chosen(_one(fine, 0.11), "bg") == []


def test_other_languages_keep_their_thresholds(heads):
    coarse, fine = heads
    assert [coarse.threshold_for(x) for x in ("pt", "ru", "en", None)] == [0.23, 0.18, 0.33, 0.25]
    assert [fine.threshold_for(x) for x in ("pt", "ru", "en", None)] == [0.15, 0.15, 0.48, 0.2]
    assert coarse.chosen(_one(coarse, 0.22), "pt") == []
