"""Round 46 (issue 17), the open leads of rounds 42-44, each a sentence of our own, read alone (no article): a US
title's country, a topic country no home, ISIS fighters as the group, regime change as a goal, backing out of a deal
under a condition, "has to" in a quote, a dateline the parser splits off, a visit's destination, a place of speaking,
an act asked for, keeping reporters out, a title-case "X Orders Y To ...".

Every sentence here was written for these tests; none is from the development gold or the articles read.
"""

from __future__ import annotations

import pytest

from tests.event_predictions import predicted as _predicted
from tests.event_predictions import triples as _triples


@pytest.mark.parametrize(("text", "expected"), [
    ("Senator Tom Halvorsen accused China of stealing technology.", ("ACCUSE", "USA", "CHN")),
    ("Attorney General Mary Dunmore sued the Mexican government over the water deal.", ("ACCUSE", "USA", "MEX")),
])
def test_events46_a_us_title_gives_the_united_states(text: str, expected: tuple[str, str, str]) -> None:
    # the country named after the person is the other side of his act, not his home
    assert expected in _triples(text)


def test_events46_a_title_with_a_country_word_keeps_that_country() -> None:
    # guard: "Philippine Senator X" is no American
    assert ("ACCUSE", "PHL", "CHN") in _triples("Philippine Senator Ramon Dizon criticized China over the reef.")


def test_events46_a_special_counsels_probe_is_american() -> None:
    text = "Special counsel Robert Mueller's inquiry into Russian hacking has lasted two years."
    assert ("INVESTIGATE", "USA", "RUS") in _triples(text)


def test_events46_a_topic_country_is_no_home_of_an_untitled_person() -> None:
    # "Russian hacking" is what he investigates: no Russian investigator (he stays uncoded)
    text = "Robert Mueller is investigating Russian hacking of the election."
    assert not any(source == "RUS" for _, source, _ in _triples(text))


def test_events46_fighters_named_by_their_group_are_the_group() -> None:
    assert ("ASSAULT", "IRQ", "IMG") in _triples("Iraqi troops killed twenty ISIS militants in Anbar.")


def test_events46_regime_change_set_as_a_goal_is_a_threat() -> None:
    text = "The senator said the White House had made regime change in Venezuela its top goal."
    assert ("THREATEN", "USA", "VEN") in _triples(text)


def test_events46_regime_change_called_for_stays_a_demand() -> None:
    # guard: a call for regime change is a demand (CAMEO 1041)
    triples = _triples("The Israeli prime minister called for regime change in Iran.")
    assert ("REQUEST", "ISR", "IRN") in triples
    assert not any(t[0] == "THREATEN" for t in triples)


@pytest.mark.parametrize(("text", "expected"), [
    ("Washington seemed ready to back out of the deal if Tehran kept enriching uranium.", ("USA", "IRN")),
    ("Washington was ready to pull out of the nuclear accord with Iran if Tehran kept enriching uranium.",
     ("USA", "IRN")),
])
def test_events46_backing_out_of_a_deal_under_a_condition_is_a_threat(text: str, expected: tuple[str, str]) -> None:
    events = _predicted(text)
    assert ("THREATEN", *expected, "hypothetical") in events  # the project's mode of a conditional threat
    assert not any(e[0] == "AGREE" for e in events)


def test_events46_a_deal_left_with_no_condition_is_no_threat() -> None:
    # guard: a withdrawal that happened is no threat
    assert not any(e[0] == "THREATEN" for e in _predicted("Washington pulled out of the nuclear accord with Iran in "
                                                          "2018."))


def test_events46_has_to_in_a_quote_is_a_demand() -> None:
    text = "\u201cTehran has to stop enriching uranium,\u201d the French envoy said."
    assert ("REQUEST", "FRA", "IRN") in _triples(text)


def test_events46_we_have_to_is_no_demand_of_another() -> None:
    # guard: the speaker's own side
    assert not any(e[0] == "REQUEST" for e in _predicted("\u201cWe have to protect our farmers,\u201d the French "
                                                         "minister said."))


def test_events46_a_dateline_split_off_gives_the_agent_its_land() -> None:
    assert ("ACCUSE", "CHN", "JPN") in _triples("BEIJING - The foreign ministry criticized Japan on Tuesday.")


def test_events46_a_visits_destination_is_no_visitor() -> None:
    assert not any(e[0] == "CONSULT" and e[1] == "UKR" for e in _predicted(
        "The first lady arrived in Kyiv to meet Olena Zelenska."))


def test_events46_a_coded_visitor_keeps_the_meeting() -> None:
    # guard
    assert ("CONSULT", "POL", "UKR") in _triples("The Polish president arrived in Kyiv on Friday to meet Zelensky.")


@pytest.mark.parametrize("text", [
    "Speaking in Oslo, the minister accused Russia of war crimes.",
    "Speaking in Oslo on Monday, the Kenyan president appealed for more aid.",
    "Speaking in Oslo, the minister urged Russia to free the sailors.",
])
def test_events46_a_place_of_speaking_is_no_side(text: str) -> None:
    assert not any("NOR" in (source, target) for _, source, target in _triples(text))


def test_events46_an_act_asked_for_is_not_done() -> None:
    # the asker has no code, so no request; the freeing has not happened
    assert not any(e[0] == "RETREAT" for e in _predicted("The minister urged Russia to free the sailors."))


@pytest.mark.parametrize("text", [
    "The Obama administration excluded Fox News reporters from the briefing.",
    "The White House excluded CNN's reporter from the event.",
])
def test_events46_keeping_reporters_out_is_coercion(text: str) -> None:
    events = _predicted(text)
    assert any(e[:3] == ("COERCE", "USA", "USA") for e in events)
    assert not any(e[0] == "REJECT" for e in events)


def test_events46_a_headline_order_is_no_act_of_the_ordered() -> None:
    assert not any(e[0] == "SUPPORT" for e in _predicted("Judge Orders White House To Restore Press Pass Of CNN "
                                                         "Reporter"))


def test_events46_a_headline_order_between_states_is_a_demand() -> None:
    assert ("REQUEST", "RUS", "UKR") in _triples("Russia Orders Ukraine To Withdraw Troops From Border")


def test_events46_a_bare_judge_has_no_code() -> None:
    # guard: no court and no country named, no code for the judge
    assert all(e[1] is None for e in _predicted("Judge Amy Carter ordered the agency to restore the grants."))


def test_events46_an_owned_investigation_asked_to_end_is_still_an_investigation() -> None:
    # the winding down is asked for, not done; the inquiry it names exists
    text = "The French president urged his justice minister to wind down special counsel Anne Roux's inquiry into " \
        "Russian meddling."
    assert ("INVESTIGATE", "FRA", "RUS") in _triples(text)
