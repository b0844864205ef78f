"""The lead's round-17 event fixes from real news, on sentences of our own: a country's allies are not the
country, and what is sent, or where it is sent from, is not whom it is sent to."""

from __future__ import annotations

import pytest

from tests.test_events import _events, events_pipeline  # noqa: F401  (the fixture)


def test_a_countrys_allies_are_not_the_country(events_pipeline):  # noqa: F811
    found, _ = _events(events_pipeline, "Moldova's allies sent more grain to Chisinau.")
    assert not [e for e in found if e[1] == "MDA"]


def test_persuading_a_countrys_western_allies_acts_on_the_allies(events_pipeline):  # noqa: F811
    found, _ = _events(events_pipeline, "The visit persuaded Moldova's Western allies to send more generators.")
    assert not [e for e in found if e[2] == "MDA"]


@pytest.mark.parametrize(("text", "event"), [
    ("Norway sent fighter jets from Cyprus to Estonia.", ("AID", "NOR", "EST", "asserted")),
    ("Norway sent tanks from its reserves to Estonia.", ("AID", "NOR", "EST", "asserted")),
])
def test_what_is_sent_and_where_from_are_no_recipient(events_pipeline, text, event):  # noqa: F811
    found, _ = _events(events_pipeline, text)
    assert event in found
    assert not [e for e in found if e[2] == "CYP"]


def test_a_recipient_as_object_of_supply_stays(events_pipeline):  # noqa: F811
    found, _ = _events(events_pipeline, "Norway supplied Estonia with generators.")
    assert [e[1:3] for e in found] == [("NOR", "EST")]


def test_fighting_for_a_cause_attacks_no_one(events_pipeline):  # noqa: F811
    found, _ = _events(events_pipeline, "Hnatiuk fought for the unity of the Ukrainian and Russian working class.")
    assert found == []


def test_fighting_a_side_is_still_an_assault(events_pipeline):  # noqa: F811
    found, _ = _events(events_pipeline, "Russian troops fought Ukrainian forces near the river.")
    assert [e[0] for e in found] == ["ASSAULT"]
