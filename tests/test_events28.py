"""Round 28 (issue 17): the conventions CAMEO-PLOV-2021-07 settles (a pledge of aid is an intent, AGREE 033; a
border or crossing closed restricts movement, COERCE 191; an office closed is an administrative sanction, COERCE
172), closures ordered, money disbursed, readiness raised, land taken by force under a condition, orders to withdraw
hosted forces, and the maker of a promise.

Every sentence here was written for these tests; none is from the development gold.
"""

from __future__ import annotations

import pytest

from tests.event_predictions import predicted as _predicted
from tests.event_predictions import triples as _triples


@pytest.mark.parametrize(("text", "expected"), [
    # a pledge or an offer of aid is an intent to provide it (CAMEO 033: AGREE), not aid given (07)
    ("Canada pledged a new package of winter equipment for Ukrainian soldiers.", ("AGREE", "CAN", "UKR")),
    ("Sweden offered a package of field hospitals to Turkey after the earthquake.", ("AGREE", "SWE", "TUR")),
    # a promised deployment is an intent to cooperate militarily (CAMEO 0312), not a mobilization
    ("Rwanda promised to send a battalion of police officers to the Central African Republic.",
     ("AGREE", "RWA", "CAF")),
])
def test_pledge_of_aid_is_an_intent(text: str, expected: tuple[str, str, str]) -> None:
    triples = _triples(text)
    assert expected in triples
    assert not any(event in ("AID", "MOBILIZE") for event, _, _ in triples)


def test_aid_delivered_stays_aid() -> None:
    # guard: a package handed over is aid given
    assert ("AID", "CAN", "UKR") in _triples("Canada delivered a package of winter equipment to Ukraine.")


@pytest.mark.parametrize(("text", "expected"), [
    # closing a border, a crossing or a checkpoint restricts movement (CAMEO 191: COERCE), no reduced relations
    ("Georgia closed its border crossings with Russia after the clashes.", ("COERCE", "GEO", "RUS")),
    ("Thailand shut three border checkpoints with Myanmar on Monday.", ("COERCE", "THA", "MMR")),
    ("Algeria closed its frontier with Morocco.", ("COERCE", "DZA", "MAR")),
    # closing a body's offices is an administrative sanction (CAMEO 172: COERCE)
    ("Belarusian police closed the Minsk offices of a Lithuanian charity.", ("COERCE", "BLR", "LTU")),
])
def test_closure_of_crossings_and_offices_is_coercion(text: str, expected: tuple[str, str, str]) -> None:
    triples = _triples(text)
    assert expected in triples
    assert not any(event == "SANCTION" for event, _, _ in triples)


@pytest.mark.parametrize(("text", "expected"), [
    # ordering a closure is the closure: a consulate's reduces diplomatic relations (161), a crossing's restricts
    # movement (191); no demand
    ("Poland ordered the closure of the Russian consulate in Poznan.", ("SANCTION", "POL", "RUS")),
    ("Iran ordered the closure of two crossings on its border with Pakistan.", ("COERCE", "IRN", "PAK")),
])
def test_ordered_closure_is_the_closure(text: str, expected: tuple[str, str, str]) -> None:
    triples = _triples(text)
    assert expected in triples
    assert not any(event == "REQUEST" for event, _, _ in triples)


def test_embassy_closed_stays_a_sanction() -> None:
    # guard: closing an embassy reduces diplomatic relations (CAMEO 161)
    assert ("SANCTION", "CAN", "IRN") in _triples("Canada closed its embassy in Iran.")


def test_money_disbursed_is_aid() -> None:
    assert ("AID", "IGO", "ARM") in _triples("The World Bank disbursed 80 million dollars in budget support to "
                                             "Armenia.")


def test_readiness_raised_is_a_mobilization() -> None:
    triples = _triples("Greece raised the combat readiness of its navy in the Aegean on Tuesday.")
    assert any(event == "MOBILIZE" and source == "GRC" for event, source, _ in triples)
    assert not any(event == "AGREE" for event, _, _ in triples)


def test_taking_land_by_force_under_a_condition_is_a_threat() -> None:
    predicted = _predicted("If Georgia does not return the villages, Russia will take them by force, the Kremlin "
                           "said.")
    assert any(event == "THREATEN" and source == "RUS" and target == "GEO" for event, source, target, _ in predicted)


@pytest.mark.parametrize(("text", "expected"), [
    # an order to withdraw peacekeepers, or troops out of the orderer's country, is an expulsion (CAMEO 166)
    ("Sudan told the United Nations to withdraw its peacekeepers from Darfur.", ("SANCTION", "SDN", "IGO")),
    ("The junta in Niamey ordered France to pull its soldiers out of the country.", ("SANCTION", "NER", "FRA")),
])
def test_order_to_withdraw_hosted_forces_is_an_expulsion(text: str, expected: tuple[str, str, str]) -> None:
    triples = _triples(text)
    assert expected in triples
    assert not any(event == "RETREAT" for event, _, _ in triples)


def test_request_to_withdraw_stays_a_demand() -> None:
    # guard: asking another to withdraw its troops from a third country is a demand, no expulsion
    triples = _triples("The United Nations asked Russia to withdraw its troops from Ukraine.")
    assert not any(event == "SANCTION" for event, _, _ in triples)


def test_promise_with_a_purpose_is_the_promisers() -> None:
    # "promise" is subject control: the promiser helps; the promise to its recipient is the event
    triples = _triples("Italian Prime Minister Giorgia Meloni visited Libya on Tuesday. She promised the government "
                       "in Tripoli 60 million euros to help stop boats leaving for Lampedusa.")
    assert ("AGREE", "ITA", "LBY") in triples
    assert not any(source == "LBY" for _, source, _ in triples)


@pytest.mark.parametrize(("text", "expected"), [
    # a crowd the police act on, told of by a relative clause in any tense, protests in the police's country; what
    # demonstrators demand is their protest's aim, no demand of its own
    ("Ugandan police fired tear gas at demonstrators who were demanding the speaker's resignation.",
     ("PROTEST", "UGA", "UGA")),
    ("Police in Karachi fired tear gas at hundreds of textile workers who had blocked the main highway to demand "
     "back pay.",
     ("PROTEST", "PAK", "PAK")),
    ("Police in Quito detained students who had marched on the ministry.", ("PROTEST", "ECU", "ECU")),
])
def test_crowd_under_repression_in_a_relative_clause_protests(text: str, expected: tuple[str, str, str]) -> None:
    triples = _triples(text)
    assert expected in triples
    assert not any(event == "REQUEST" for event, _, _ in triples)


def test_people_shot_by_troops_protest_only_where_named() -> None:
    # guard: a relative clause on people shot by soldiers names no scene: no protest is made up for the shooter's
    # country
    assert not any(event == "PROTEST" for event, _, _ in
                   _triples("Israeli troops shot at people who were protesting the occupation of their homeland."))
