"""Round 14 of the attribution layer (issue 16), on sentences of our own: a bare surname two people of the article
share goes to the one named last, and stays unresolved when they were named together; "he"/"she" right after a
quoted speaker the entity tagger did not tag as a person goes to that speaker."""

from __future__ import annotations

import pytest

from spinscope.components.attribution.speakers import People, _resolve_pronoun
from tests.test_attribution import _find, _part


@pytest.mark.parametrize("text", [
    # the person named first is named again last: the surname is hers, not her brother's (named later in full once)
    "Maria Lindqvist chairs the council. Erik Lindqvist runs the harbour board.\n\n"
    "Maria Lindqvist spoke first at the meeting on Monday.\n\n“We need the quay,” Lindqvist said.",
    # the surname tagged as an organisation by the entity tagger: the same rule
    "Maria Lindqvist chairs the council. Erik Lindqvist runs the harbour board.\n\n"
    "Maria Lindqvist spoke first at the meeting on Monday.\n\nLindqvist said the quay would ruin the bay.",
])
def test_a_bare_surname_joins_the_person_named_last(extract, text) -> None:
    doc = extract(text)
    a = _find(doc, "quay")
    assert _part(doc, a, "speaker") == "Lindqvist"
    assert a.speaker_name == "Maria Lindqvist"


def test_a_bare_surname_after_the_other_person_named_last_is_his(extract) -> None:
    doc = extract("Maria Lindqvist chairs the council. Erik Lindqvist runs the harbour board.\n\n"
                  "“We need the quay,” Lindqvist said.")
    assert _find(doc, "We need the quay").speaker_name == "Erik Lindqvist"


@pytest.mark.parametrize("text", [
    "Erik Lindqvist and Maria Lindqvist both spoke at the meeting on Monday.\n\n“We need the quay,” Lindqvist said.",
    "Erik Lindqvist and Maria Lindqvist both spoke at the meeting on Monday.\n\n"
    "Lindqvist said the quay would ruin the bay.",
])
def test_a_bare_surname_of_two_people_named_together_stays_unresolved(extract, text) -> None:
    doc = extract(text)
    a = _find(doc, "quay")
    assert _part(doc, a, "speaker") == "Lindqvist"
    assert a.speaker_name == "Lindqvist"
    assert a.resolved_from is None
    assert "coref:surname-unclear" in a.evidence
    assert a.score <= 0.5


def test_one_person_named_by_surname_still_merges(extract) -> None:
    doc = extract("Erik Lindqvist runs the harbour board.\n\n“We need the quay,” Lindqvist said. Lindqvist added "
                  "that the vote would be held in May.")
    assert {a.speaker_name for a in doc.attributions} == {"Erik Lindqvist"}


@pytest.mark.parametrize("text", [
    "Prime Minister Tom Hale visited the plant on Monday.\n\n“The treaty is dead,” Petrov told state television. "
    "“We will respond,” he added.",
    "Prime Minister Tom Hale visited the plant on Monday.\n\n“The treaty is dead,” Petrov told state television. "
    "He said the talks were over.",
    "Prime Minister Tom Hale visited the plant on Monday. He said the plant would stay open.\n\n"
    "Petrov said the treaty was dead. He added that the talks were over.",
])
def test_a_pronoun_after_a_speaker_the_tagger_missed_is_that_speaker(extract, text) -> None:
    doc = extract(text)
    a = _find(doc, "We will respond" if "We will" in text else "the talks were over")
    assert _part(doc, a, "speaker").lower() == "he"
    assert a.speaker_name == "Petrov"
    assert a.resolved_from is not None and doc.text[a.resolved_from.start:a.resolved_from.end] == "Petrov"
    assert "coref:pronoun-unsure" in a.evidence  # gender unknown: unsure


def test_a_pronoun_after_an_untagged_speaker_passes_a_first_name_of_the_other_gender() -> None:
    people = People([])
    people.add_speaker("Ivan Kask", 10, 19)  # "“...,” said Ivan Kask." with no entity on the name
    he = _resolve_pronoun("he", 60, people, None)
    assert he is not None and he.name == "Ivan Kask" and he.confidence == "coref:pronoun-unsure"
    assert he.antecedent == (10, 19)
    she = _resolve_pronoun("she", 60, people, None)
    assert she is None or she.name != "Ivan Kask"


def test_a_pronoun_after_a_listed_outlet_is_not_the_outlet(extract) -> None:
    doc = extract("Prime Minister Tom Hale visited the plant on Monday.\n\n“Prices will rise,” Reuters said. "
                  "“We have no choice,” he said.")
    assert _find(doc, "We have no choice").speaker_name == "Tom Hale"


def test_a_person_named_after_the_untagged_speaker_takes_the_pronoun(extract) -> None:
    doc = extract("“The treaty is dead,” Petrov told state television on Monday.\n\nPrime Minister Tom Hale "
                  "visited the plant on Tuesday. He said the workers would be paid until March.")
    assert _find(doc, "the workers would be paid").speaker_name == "Tom Hale"
