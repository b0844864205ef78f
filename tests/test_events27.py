"""Round 27 (issue 17): expulsions by deadline, inverted conditions in warnings, grants approved, entry bars, and
fights against trades and crimes.

Every sentence here was written for these tests; none is from the development gold.
"""

from __future__ import annotations

import pytest

from tests.event_predictions import triples as _triples


@pytest.mark.parametrize(("text", "expected"), [
    # a deadline to leave given to an envoy or troops is an expulsion (CAMEO 166), not a concession
    ("The junta in Bamako gave Sweden's ambassador three days to get out of Mali.", ("SANCTION", "MLI", "SWE")),
    ("Burkina Faso gave the French ambassador a week to depart.", ("SANCTION", "BFA", "FRA")),
    ("Chad gave the German envoy 48 hours to leave the country on Friday.", ("SANCTION", "TCD", "DEU")),
])
def test_deadline_to_leave_is_an_expulsion(text: str, expected: tuple[str, str, str]) -> None:
    triples = _triples(text)
    assert expected in triples
    assert not any(event == "CONCEDE" for event, _, _ in triples)


def test_deadline_to_reach_something_is_no_expulsion() -> None:
    assert not any(event == "SANCTION" for event, _, _ in
                   _triples("The court gave the Kenyan parties two weeks to reach a settlement."))


@pytest.mark.parametrize(("text", "expected"), [
    # "should X be done" is a condition of the warning (if X is done), not a demand that X do something
    ("Moscow warned Helsinki of a military response should Finnish troops be sent to Estonia.",
     ("THREATEN", "RUS", "FIN")),
    ("Ankara warned Athens of a firm response should Greek warships approach the disputed islets.",
     ("THREATEN", "TUR", "GRC")),
])
def test_inverted_should_is_a_condition_not_a_demand(text: str, expected: tuple[str, str, str]) -> None:
    triples = _triples(text)
    assert expected in triples
    assert not any(event == "REQUEST" for event, _, _ in triples)


def test_should_after_its_subject_is_still_a_demand() -> None:
    # guard: "said Y should ..." (the subject first) stays a demand of the speaker to Y
    assert ("REQUEST", "RUS", "UKR") in _triples("Moscow said Kyiv should stop the shelling of Donetsk.")


def test_grant_approved_is_aid() -> None:
    triples = _triples("The Asian Development Bank approved a grant of 50 million dollars for flood relief in Nepal.")
    assert ("AID", "IGO", "NPL") in triples
    assert not any(event == "AGREE" for event, _, _ in triples)


@pytest.mark.parametrize("text", [
    "London barred entry to eight Nicaraguan officials over the crackdown on the church.",
    "Canada banned entry to twenty Iranian officials linked to the morality police.",
])
def test_entry_barred_to_officials_is_a_sanction(text: str) -> None:
    events = [event for event, _, _ in _triples(text)]
    assert "SANCTION" in events
    assert "COERCE" not in events


@pytest.mark.parametrize("text", [
    "Japan gave Vietnam six patrol boats to fight illegal fishing in the South China Sea.",
    "Indonesia will give Timor-Leste two patrol boats to fight smuggling, the navy said.",
])
def test_fighting_a_trade_or_a_crime_is_no_assault(text: str) -> None:
    assert not any(event in ("ASSAULT", "THREATEN") for event, _, _ in _triples(text))
