"""Round 7 of the attribution rules (issue 16): each pattern with sentences of our own."""

from __future__ import annotations

import pytest

from tests.test_attribution import _find, _part


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("The video shows an exhausted senator stumbling to his car.",
     "an exhausted senator stumbling to his car", "The video"),
    ("Critics were angry after a video surfaced showing an exhausted senator stumbling to his car.",
     "an exhausted senator stumbling to his car", "a video"),
])
def test_what_evidence_shows_may_be_an_object_with_its_participle(extract, text: str, content: str,
                                                                  speaker: str) -> None:
    doc = extract(text)
    found = _find(doc, content)
    assert _part(doc, found, "content") == content
    assert _part(doc, found, "speaker") == speaker
    assert _part(doc, found, "cue") in ("shows", "showing")


def test_showing_someone_a_thing_is_no_report(extract) -> None:
    doc = extract("The guide showed the reporters a photo of the old bridge.")
    assert not [a for a in doc.attributions if _part(doc, a, "cue") == "showed"]


@pytest.mark.parametrize(("text", "content", "cue"), [
    ("The mayor spoke at length. In her view, the new levy is unfair to renters.",
     "the new levy is unfair to renters", "In her view"),
    ("The coach left the club in May. The young players are safe in his eyes.",
     "The young players are safe", "in his eyes"),
])
def test_a_view_owned_by_a_third_person_pronoun_names_a_source(extract, text: str, content: str, cue: str) -> None:
    doc = extract(text)
    found = _find(doc, content)
    assert _part(doc, found, "content") == content
    assert _part(doc, found, "cue") == cue


@pytest.mark.parametrize("text", [
    "The levy is unfair to renters, in my view.",
    "He kept the old letter in his mind.",
])
def test_no_source_phrase_for_the_author_or_a_place_in_the_mind(extract, text: str) -> None:
    doc = extract(text)
    assert not [a for a in doc.attributions if "source-phrase" in a.evidence]
