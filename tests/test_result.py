from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from spinscope.result import ArticleAnalysis, ArticleInfo, Provenance, Span, Technique, json_schema

from .conftest import ROOT

TOP_LEVEL = [
    "schema_version", "article", "genre", "frames", "techniques", "title_techniques", "attributions", "claims",
    "sourcing", "actors", "events", "narratives", "extensions", "errors", "provenance",
]


def _minimal(text: str = "Some text.", **layers) -> ArticleAnalysis:
    return ArticleAnalysis(
        article=ArticleInfo(id="x", text=text), provenance=Provenance(spinscope_version="0"), **layers
    )


def test_result_schema_file_in_sync():
    committed = (ROOT / "docs" / "result.schema.json").read_text(encoding="utf-8")
    assert committed == json_schema(), "run: python -m spinscope.result > docs/result.schema.json"


def test_result_top_level_keys_present_when_empty():
    dumped = json.loads(_minimal().model_dump_json())
    assert list(dumped) == TOP_LEVEL
    assert dumped["techniques"] == [] and dumped["genre"] is None


def test_result_rejects_span_outside_text():
    bad = Technique(start=3, end=99, label="Loaded_Language", score=0.5, evidence="test")
    with pytest.raises(ValidationError, match="outside the text"):
        _minimal(techniques=[bad])


@pytest.mark.parametrize("kwargs", [{"start": 5, "end": 2}, {"start": -1, "end": 2}])
def test_result_rejects_malformed_range(kwargs):
    with pytest.raises(ValidationError):
        Span(label="x", score=0.5, evidence="t", **kwargs)


def test_result_rejects_score_out_of_range():
    with pytest.raises(ValidationError):
        Span(start=0, end=1, label="x", score=1.5, evidence="t")


def test_result_is_frozen():
    result = _minimal()
    with pytest.raises(ValidationError):
        result.schema_version = "9"  # type: ignore[misc]


def test_result_round_trips_through_json():
    span = Technique(start=0, end=4, label="Loaded_Language", score=0.9, evidence="rule")
    result = _minimal(techniques=[span])
    assert ArticleAnalysis.model_validate_json(result.model_dump_json()) == result
