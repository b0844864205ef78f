"""Round 17 of the attribution layer (issue 16), on sentences of our own: a word naming a thing is no speaker ("as
the name suggests"); the writer's predicate after "everything X says" is not X's; a passive as-clause's document
is its source ("As stated in the report, ..."). (The branch's relative-clause objects, possessive owners of stance
nouns and names "known as" were left out at the merge: docs/EVALUATION.md, "Attributions, round 17".)"""

from __future__ import annotations

import pytest

from tests.test_attribution import _find, _part


@pytest.mark.parametrize("text", [
    "As the name suggests, the Lantern Festival is held at night on the river.",
    "As its title implies, the memoir is mostly about the years in the navy.",
    "The nickname says it all: the striker never misses from the spot.",
    "The name suggests that the village was founded by fishermen.",
    "As the old adage says, the early bird catches the worm.",
    "As the word suggests, a ceasefire means that no one shoots.",
])
def test_a_word_naming_a_thing_is_no_speaker(extract, text) -> None:
    doc = extract(text)
    assert not doc.attributions, [(_part(doc, a, "speaker"), _part(doc, a, "content")) for a in doc.attributions]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("As the survey shows, most farmers want the new road.", "the survey", "most farmers want the new road"),
    ("The terms of the deal say that the port stays public.", "The terms of the deal", "the port stays public"),
    ("As the mayor said, the bridge will close in May.", "the mayor", "the bridge will close in May"),
    ("As the label says, the pills contain no sugar.", "the label", "the pills contain no sugar"),
    ("His words suggest that the port will close.", "His words", "the port will close"),
])
def test_documents_and_people_stay_speakers_of_the_same_verbs(extract, text, speaker, content) -> None:
    doc = extract(text)
    a = _find(doc, content)
    assert _part(doc, a, "speaker") == speaker


def test_what_the_writer_says_of_a_speakers_words_is_not_theirs(extract) -> None:
    doc = extract("Everything the mayor says is a lie.")
    assert not any("lie" in _part(doc, a, "content") for a in doc.attributions)


def test_a_possessive_pronoun_with_a_noun_and_no_clause_is_no_attribution(extract) -> None:
    doc = extract("Senator Okafor spoke for an hour. His criticism of the plan was sharp. His house is near the port.")
    assert not doc.attributions, [_part(doc, a, "content") for a in doc.attributions]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("As stated in the report, prices rose sharply in the spring.", "the report", "prices rose sharply in the spring"),
    ("Prices rose, as stated in the report.", "the report", "Prices rose"),
    ("As noted in the Gazette, the council voted twice.", "the Gazette", "the council voted twice"),
    ("As described in Lena Park's column, the ferry is late every day.", "Lena Park's column",
     "the ferry is late every day"),
])
def test_a_passive_as_clause_names_its_document_as_the_source(extract, text, speaker, content) -> None:
    doc = extract(text)
    a = _find(doc, content)
    assert (_part(doc, a, "speaker"), _part(doc, a, "content")) == (speaker, content)


@pytest.mark.parametrize("text", [
    "As noted in Berlin, the deal is done.",  # a place
    "As announced in May, the plant will close.",  # a date
])
def test_a_place_or_a_date_in_a_passive_as_clause_is_no_source(extract, text) -> None:
    doc = extract(text)
    assert all(a.speaker is None for a in doc.attributions)
