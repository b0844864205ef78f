"""The lead's round-16 event fixes from real news, on sentences of our own: a denied plan is no act."""

from __future__ import annotations

import pytest

from tests.test_events import _events, events_pipeline  # noqa: F401  (the fixture)


@pytest.mark.parametrize("text", [
    "Ankara has again denied intentions to invade Syria.",
    "Baku denied any intent to attack Armenia.",
])
def test_a_denied_intention_is_no_asserted_act(events_pipeline, text):  # noqa: F811
    found, _ = _events(events_pipeline, text)
    assert not [e for e in found if e[0] in ("ASSAULT", "THREATEN") and e[3] not in ("negated",)]


def test_an_announced_intention_to_invade_is_a_threat(events_pipeline):  # noqa: F811
    found, _ = _events(events_pipeline, "Turkey announced its intention to invade Syria.")
    assert ("THREATEN", "TUR", "SYR", "planned") in found


@pytest.mark.parametrize("text", [
    "Today Estonia is meeting the second aircraft from the Norwegian government.",
    "Moldova met the conditions of the European Union in March.",
])
def test_meeting_a_delivery_or_a_condition_consults_no_one(events_pipeline, text):  # noqa: F811
    found, _ = _events(events_pipeline, text)
    assert not [e for e in found if e[0] == "CONSULT"]


def test_meeting_officials_still_consults(events_pipeline):  # noqa: F811
    found, _ = _events(events_pipeline, "Estonia met officials from Norway at the border.")
    assert ("CONSULT", "EST", "NOR", "asserted") in found


def test_revealing_that_something_happened_is_no_act_of_the_revealer(events_pipeline):  # noqa: F811
    found, _ = _events(events_pipeline, "Microsoft revealed that Russia targeted the Dutch election.")
    assert [e[:3] for e in found] == [("ASSAULT", "RUS", "NLD")]
