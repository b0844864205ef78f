"""Round 28 (issue 16, round 27's Next item 2), on sentences of our own: in a joined direct quote of a columnist,
her own statements must not become events of hers that are wrong. In the events layer, an actor named only in a
phrase of time is no target of the act ("backed him ..., up until the Peru scandal" is no support of Peru), and a
bare "find out" is learning, no consultation."""

from __future__ import annotations

import pytest

COLUMN = (
    "Pope under fire\n\n"
    "The writer Anna Kowalski keeps her distance from the critics: “I have no reason to attack the bishop.\n"
    "I have backed him for years, up until the Peru scandal.\n"
    "So I try hard not to assume the worst before we find out what the files hold.\n"
    "But he makes it hard.”\n"
)


@pytest.mark.parametrize(("text", "place"), [
    (COLUMN, "Peru"),
    # on main this one gave no event; with Iraq kept out of the target it must not become the supporter either
    ("The senator defended him for years, until the Iraq invasion.", "Iraq"),
])
def test_a_country_named_only_in_a_phrase_of_time_is_no_target(text: str, place: str) -> None:
    from tests.test_lead_round22 import _events

    events = _events(text)
    assert not any(e[2] is not None and e[2].startswith(place) for e in events), events
    assert not any(e[0] is not None and e[0].startswith(place) for e in events), events


@pytest.mark.parametrize("text", [
    COLUMN,
    "Senator Dana Whitfield found out that Turkey had closed the border.",
])
def test_a_bare_find_out_is_no_consultation(text: str) -> None:
    from tests.test_lead_round22 import _events

    events = _events(text)
    assert not any(e[1] == "CONSULT" for e in events), events


@pytest.mark.parametrize(("text", "target"), [
    ("Britain backed Ukraine throughout the Crimea crisis.", "Ukraine"),
    ("France has supported Mali since the coup.", "Mali"),
])
def test_an_object_target_stays_beside_a_phrase_of_time(text: str, target: str) -> None:
    from tests.test_lead_round22 import _events

    events = _events(text)
    assert any(e[2] is not None and e[2].startswith(target) for e in events), events
