"""Round 17 of the attribution layer (issue 16), on sentences of our own: a word naming a thing is no speaker ("as
the name suggests"); ..."""

from __future__ import annotations

import pytest

from tests.test_attribution import _find, _part


@pytest.mark.parametrize("text", [
    "As the name suggests, the Lantern Festival is held at night on the river.",
    "As its title implies, the memoir is mostly about the years in the navy.",
    "The nickname says it all: the striker never misses from the spot.",
    "The name suggests that the village was founded by fishermen.",
])
def test_a_word_naming_a_thing_is_no_speaker(extract, text) -> None:
    doc = extract(text)
    assert not doc.attributions, [(_part(doc, a, "speaker"), _part(doc, a, "content")) for a in doc.attributions]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("As the survey shows, most farmers want the new road.", "the survey", "most farmers want the new road"),
    ("The terms of the deal say that the port stays public.", "The terms of the deal", "the port stays public"),
    ("As the mayor said, the bridge will close in May.", "the mayor", "the bridge will close in May"),
])
def test_documents_and_people_stay_speakers_of_the_same_verbs(extract, text, speaker, content) -> None:
    doc = extract(text)
    a = _find(doc, content)
    assert _part(doc, a, "speaker") == speaker
