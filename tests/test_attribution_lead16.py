"""The lead's round-14 fixes from real articles: a consequence is no statement."""

from __future__ import annotations

import pytest

from spinscope import analyze


def _speakers(text: str) -> list[str]:
    result = analyze(text, components=["language.v1", "segment.v1", "attributions.v1"])
    return [text[a.speaker.start:a.speaker.end] for a in result.attributions if a.speaker is not None]


@pytest.mark.parametrize("text", [
    "Cutting the fuel subsidy will mean that farmers stop planting wheat next spring.",
    "More foreign tanks in the region will mean the war lasts another year.",
])
def test_a_thing_or_an_event_that_means_something_is_no_speaker(text):
    assert _speakers(text) == []


def test_a_person_who_meant_something_still_speaks():
    assert _speakers("The senator meant that the bill would fail in the House.") == ["The senator"]
