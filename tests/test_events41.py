"""Round 41 (issue 17), the open leads of rounds 38-40: "gear up for a fight" is no AGREE, a blockade held by
activists is a protest, a collaboration of one with another is COOPERATE, a complaint from one that another ... is
an accusation of the other.

Every sentence here was written for these tests; none is from the development gold or the articles read.
"""

from __future__ import annotations

import pytest

from tests.event_predictions import predicted as _predicted
from tests.event_predictions import triples as _triples


@pytest.mark.parametrize("text", [
    "The American lobby group began gearing up for a legal fight with the White House.",
    "Ukraine is gearing up for a counteroffensive against Russia.",
])
def test_events41_gearing_up_for_a_fight_is_no_agreement(text: str) -> None:
    assert not any(e[0] == "AGREE" for e in _predicted(text))


def test_events41_gearing_up_for_talks_stays_an_intent() -> None:
    # guard: PETRARCH2's "gear up" (030) where what one gears up for is no fight
    assert ("AGREE", "IRN", "FRA") in _triples("Iran is gearing up for talks with France.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Greenpeace activists blockaded the Russian embassy in Berlin on Monday.", "RUS"),
    ("Farmers staged a blockade of the main road into Warsaw.", "POL"),
    ("The embassy was blockaded by protesters from Serbia.", "SRB"),
])
def test_events41_a_blockade_by_activists_is_a_protest(text: str, expected: str) -> None:
    events = _predicted(text)
    assert any(e[0] == "PROTEST" and e[2] == expected for e in events)
    assert not any(e[0] == "COERCE" for e in events)


def test_events41_a_navy_blockade_stays_coercion() -> None:
    # guard: a state's blockade is CAMEO 191
    events = {e[0] for e in _predicted("The navy imposed a blockade on the port of Gaza.")}
    assert "COERCE" in events and "PROTEST" not in events


@pytest.mark.parametrize("text", [
    "Pakistan's collaboration with Chinese firms opens new doors for its builders.",
    "Pakistan's collaboration with Chinese companies has grown.",
])
def test_events41_a_collaboration_is_cooperation(text: str) -> None:
    triples = _triples(text)
    assert ("COOPERATE", "PAK", "CHN") in triples
    assert not any(t[0] == "AGREE" for t in triples)


@pytest.mark.parametrize(("text", "expected"), [
    ("The decision came amid complaints from Germany that Poland was blocking the deal.", ("ACCUSE", "DEU", "POL")),
    ("The plan drew accusations from China that Japan was militarizing the region.", ("ACCUSE", "CHN", "JPN")),
    # the parser hangs the "that" clause on "came"; a domestic complaint keeps its own country as the target
    ("The remarks came amid constant complaints from Trump that FBI investigators are unfair to him.",
     ("ACCUSE", "USA", "USA")),
    # "from" with a name the parser reads as a pcomp
    ("The ruling follows repeated complaints from Biden that Pentagon officials are hiding the figures.",
     ("ACCUSE", "USA", "USA")),
])
def test_events41_a_nominal_complaint_accuses_the_clause_subject(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)
