"""Round 34 (issue 17): a share of a shared cost ("with Norway providing 31% and Japan 14%") is no act toward anyone;
aid a state says it will not deliver to a named recipient is AID, negated, not a refusal (a cut of deliveries made
before, "any more weapons", stays one); people deported to a country are aimed at that country; asking a court to
rule against a state is a case brought against that state (ACCUSE 115), not a request to the court; "demand" of a
market is no request; telling a hosted mission or an envoy to leave is an expulsion, as ordering it to leave was;
launchers, artillery and batteries moved are forces moved.

Every sentence here was written for these tests; none is from the development gold.
"""

from __future__ import annotations

import pytest

from tests.event_predictions import predicted as _predicted
from tests.event_predictions import triples as _triples


@pytest.mark.parametrize("text", [
    "The flood relief fund is paid for by twenty states, with Canada providing 18% and Sweden 9%.",
    "The cost of the bridge is shared by the neighbours, with Portugal contributing 40 percent and Spain the rest.",
])
def test_share_of_a_cost_is_no_cooperation(text: str) -> None:
    assert not any(event in ("COOPERATE", "AID", "AGREE") for event, _, _ in _triples(text))


def test_aid_to_a_recipient_still_counts() -> None:
    # a share given to someone is a transfer all the same
    assert any(event == "AID" and source == "CAN" for event, source, _ in _triples(
        "Canada provided 30 percent of the food aid to Haiti last year."))


@pytest.mark.parametrize(("text", "expected"), [
    ("Switzerland will not deliver ammunition to Ukraine, the Swiss defence minister said.",
     ("AID", "CHE", "UKR", "negated")),
    ("Ireland will not send military equipment to Kyiv, its foreign minister told parliament.",
     ("AID", "IRL", "UKR", "negated")),
])
def test_withheld_delivery_is_negated_aid(text: str, expected: tuple[str, str, str, str]) -> None:
    predicted = _predicted(text)
    assert expected in predicted
    assert not any(event == "REJECT" for event, _, _, _ in predicted)


def test_cut_of_deliveries_stays_a_rejection() -> None:
    predicted = _predicted("Bulgaria said it would not supply any more shells to Ukraine.")
    assert any(event == "REJECT" and source == "BGR" for event, source, _, _ in predicted)


@pytest.mark.parametrize(("text", "expected"), [
    ("Pakistan deported hundreds of Afghan refugees to Afghanistan last week.", ("COERCE", "PAK", "AFG")),
    ("Bangladesh deported thirty Rohingya men to Myanmar on Tuesday.", ("COERCE", "BGD", "MMR")),
])
def test_deported_people_aimed_at_destination(text: str, expected: tuple[str, str, str]) -> None:
    triples = _triples(text)
    assert expected in triples
    assert not any(event == "COERCE" and source == target for event, source, target in triples)


@pytest.mark.parametrize(("text", "expected"), [
    ("Nicaragua asked the International Court of Justice to order Germany to stop its arms sales to Israel.",
     ("ACCUSE", "NIC", "DEU")),
    ("Guyana urged the International Court of Justice to bar Venezuela from holding the referendum.",
     ("ACCUSE", "GUY", "VEN")),
])
def test_asking_a_court_to_rule_against_a_state_is_a_case(text: str, expected: tuple[str, str, str]) -> None:
    triples = _triples(text)
    assert expected in triples
    assert not any(event == "REQUEST" and target == "IGO" for event, _, target in triples)


def test_asking_a_court_for_nothing_against_a_state_stays_a_request() -> None:
    # no state is ruled against: an appeal to the court, as before
    triples = _triples("Chile asked the International Court of Justice to give an advisory opinion on climate duties.")
    assert not any(event == "ACCUSE" for event, _, _ in triples)


@pytest.mark.parametrize("text", [
    "Oil prices rose in New York as demand from Indian refiners picked up.",
    "Weak demand from Chinese buyers weighed on soybean prices in Chicago.",
])
def test_market_demand_is_no_request(text: str) -> None:
    assert not any(event in ("REQUEST", "DEMAND") for event, _, _ in _triples(text))


def test_a_demand_of_a_state_stays_a_request() -> None:
    triples = _triples("Lithuania rejected a demand from Belarus to hand over the opposition leader.")
    assert any(source == "LTU" and target == "BLR" for _, source, target in triples)


@pytest.mark.parametrize(("text", "expected"), [
    ("Burkina Faso's military rulers told the UN observer mission to quit the country.", ("SANCTION", "BFA", "IGO")),
    ("Niger told the French ambassador to leave.", ("SANCTION", "NER", "FRA")),
])
def test_telling_a_hosted_body_to_leave_is_an_expulsion(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


def test_telling_reporters_to_leave_is_no_expulsion() -> None:
    assert not any(event == "SANCTION" for event, _, _ in _triples(
        "The Kenyan president told reporters to leave the room before the talks began."))


@pytest.mark.parametrize(("text", "expected"), [
    ("Pyongyang moved rocket launchers closer to the coast, South Korea's military said.", ("MOBILIZE", "PRK")),
    ("Belarus repositioned artillery near its border with Lithuania.", ("MOBILIZE", "BLR")),
])
def test_moved_launchers_and_artillery_are_a_deployment(text: str, expected: tuple[str, str]) -> None:
    assert any((event, source) == expected for event, source, _ in _triples(text))


def test_withheld_delivery_with_a_dative_recipient() -> None:
    # spaCy parses "to Armenia" here as the verb's dative, not a preposition
    assert ("AID", "PRT", "ARM", "negated") in _predicted(
        "Portugal will not send weapons to Armenia, its defence minister said on Friday.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Moldova could close its airspace to Russian military transport planes, the prime minister warned.",
     ("SANCTION", "MDA", "RUS", "hypothetical")),
    ("Estonia shut its airspace to Belarusian airlines on Sunday.", ("SANCTION", "EST", "BLR", "asserted")),
])
def test_airspace_closed_to_a_country_is_a_sanction(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in _predicted(text)


def test_airspace_closed_to_no_one_is_no_sanction() -> None:
    assert not any(event == "SANCTION" for event, _, _ in _triples(
        "Jordan closed its airspace for six hours while the missiles flew overhead."))


@pytest.mark.parametrize(("text", "country"), [
    ("Hundreds of bus drivers in Lagos walked off the job over unpaid wages.", "NGA"),
    ("Peruvian miners walked off the job on Wednesday.", "PER"),
])
def test_walking_off_the_job_is_a_strike(text: str, country: str) -> None:
    assert any(event == "PROTEST" and source == country for event, source, _ in _triples(text))


@pytest.mark.parametrize(("text", "pair"), [
    ("Egypt and Sudan will hold joint naval drills in the Red Sea next week.", {"EGY", "SDN"}),
    ("Thai and Malaysian police will conduct joint patrols along the border from Monday.", {"THA", "MYS"}),
])
def test_scheduled_joint_act_is_cooperation(text: str, pair: set[str]) -> None:
    predicted = _predicted(text)
    assert any(event == "COOPERATE" and {source, target} == pair for event, source, target, _ in predicted)
    assert not any(event == "AGREE" for event, _, _, _ in predicted)


def test_joint_act_agreed_to_stays_an_agreement() -> None:
    triples = _triples("Chile and Peru agreed to hold joint naval exercises off the coast.")
    assert any(event == "AGREE" for event, _, _ in triples)


def test_armoured_vehicles_provided_are_aid() -> None:
    assert any(event == "AID" and (source, target) == ("NZL", "UKR") for event, source, target, _ in _predicted(
        "New Zealand could supply armoured vehicles to Ukraine, its defence minister said."))


def test_armoured_vehicles_sent_to_a_border_stay_a_deployment() -> None:
    assert not any(event == "AID" for event, _, _ in _triples(
        "Azerbaijan sent tanks and armoured vehicles to the border with Armenia."))
