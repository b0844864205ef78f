"""Round 14 of the attribution layer (issue 16), on sentences of our own: a bare surname two people of the article
share goes to the one named last, and stays unresolved when they were named together."""

from __future__ import annotations

import pytest

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
