"""Round 43 (issue 17), the open leads of rounds 39-41: a dateline's land is no source of a subject with a code of
its own, an agentless future strike in a quote is its speaker's threat, a stated condition in a quote is a demand,
"the toll of X's invasion" is X's invasion, a meeting's source is not named inside its purpose, a complaint's "from"
hung on the verb, and a writer's "we" is no other actor of the sentence.

Every sentence here was written for these tests; none is from the development gold or the articles read.
"""

from __future__ import annotations

import pytest

from tests.event_predictions import predicted as _predicted
from tests.event_predictions import triples as _triples


@pytest.mark.parametrize(("text", "expected"), [
    ("TEHRAN - Israeli jets struck a military base.", ("ASSAULT", "ISR", "IRN")),
    ("MOSCOW - Ukrainian drones attacked an oil depot on Saturday.", ("ASSAULT", "UKR", "RUS")),
])
def test_events43_a_dateline_land_is_no_source_of_a_coded_subject(text: str, expected: tuple[str, str, str]) -> None:
    events = _triples(text)
    assert expected in events
    assert not any(e[1] == expected[2] for e in events)


def test_events43_a_dateline_land_is_no_source_of_drones() -> None:
    assert not any(e[1] == "RUS" for e in _predicted("MOSCOW - Drones attacked an oil depot."))


@pytest.mark.parametrize(("text", "expected"), [
    ("MOSCOW - Police detained dozens of protesters on Saturday.", ("COERCE", "RUS", "RUS")),
    ("MOSCOW - Security forces arrested two Ukrainian saboteurs.", ("COERCE", "RUS", "UKR")),
    ("KYIV - Russian troops shelled three villages overnight.", ("ASSAULT", "RUS", "UKR")),
])
def test_events43_a_dateline_land_keeps_its_own_agents(text: str, expected: tuple[str, str, str]) -> None:
    # guards: the land's police and security forces are its own; a coded subject's strike falls on the land
    assert expected in _triples(text)


def test_events43_an_agentless_future_strike_in_a_quote_is_the_speakers_threat() -> None:
    text = ('In a statement, the Iranian defence ministry said: "The number of drone strikes on bases in Iraq will '
            'increase in response to any attacks on Iranian soil carried out by the American occupiers."')
    events = _triples(text)
    assert ("THREATEN", "IRN", "IRQ") in events
    assert not any(e[1] in ("IRQ", "USA") for e in events)


def test_events43_a_stated_condition_in_a_quote_is_a_demand() -> None:
    text = ('"A settlement will become possible only when Georgia ceases to threaten Russia and stops persecuting '
            'Russian speakers," Russia\'s ambassador to the OSCE said.')
    events = _triples(text)
    assert ("REQUEST", "RUS", "GEO") in events
    assert not any(e[1] == "GEO" for e in events)  # the acts inside the condition have not happened


def test_events43_a_condition_without_only_is_no_demand() -> None:
    # guard: a plain "when" clause states no condition
    text = '"We met when Georgia withdrew its troops," Russia\'s ambassador to the OSCE said.'
    assert not any(e[0] == "REQUEST" for e in _predicted(text))


def test_events43_the_toll_of_an_invasion_is_the_invasion() -> None:
    text = ("The TV presenter arrived in Kyiv today to meet Olena Zelenska and to draw attention to the toll of "
            "Russia's invasion.")
    assert ("ASSAULT", "RUS", "UKR") in _triples(text)


def test_events43_a_meeting_has_no_source_named_in_its_purpose() -> None:
    text = "The envoy flew to Warsaw to discuss the cost of Russia's invasion."
    assert not any(e[0] == "CONSULT" and e[1] == "RUS" for e in _predicted(text))


def test_events43_a_complaint_with_its_from_hung_on_the_verb() -> None:
    assert ("ACCUSE", "TUR", "SWE") in _triples(
        "It follows bitter complaints from President Erdogan that Sweden harbours militants.")


def test_events43_a_writers_we_is_no_other_actor() -> None:
    text = "After 9/11, we invaded Afghanistan and Iraq, toppled the regime in Libya and armed rebels in Syria."
    assert not any(e[1] == "LBY" for e in _predicted(text))


def test_events43_a_writers_we_is_american_where_the_article_says_so() -> None:
    text = ("As Americans, we must face facts. After 9/11, we invaded Afghanistan and Iraq, toppled the regime "
            "in Libya and armed rebels in Syria.")
    events = _triples(text)
    assert ("ASSAULT", "USA", "AFG") in events
    assert not any(e[1] == "LBY" for e in events)


@pytest.mark.parametrize(("text", "source"), [
    ("Luis Rubio criticized Mexico's government.", None),
    ("Marco Rubio criticized Mexico's government.", "USA"),
])
def test_events43_persons_match_whole_names_only(text: str, source: str | None) -> None:
    # guards: the Phoenix person table (already in actors.tsv) codes Marco Rubio, not a namesake
    sources = {e[1] for e in _predicted(text) if e[0] == "ACCUSE"}
    if source is None:
        assert "USA" not in sources
    else:
        assert source in sources


def test_events43_persuading_others_to_give_is_a_request_for_aid() -> None:
    text = ('"We are trying to persuade our allies to send us more air defence systems," the Ukrainian defence '
            'minister said.')
    events = _predicted(text)
    assert any(e[0] == "REQUEST" and e[1] == "UKR" for e in events)
    assert not any(e[0] == "AID" and e[1] == "UKR" for e in events)


def test_events43_a_finished_persuasion_keeps_the_giving() -> None:
    # guard: "persuaded Germany to send tanks to Ukraine" reports the sending
    assert ("AID", "DEU", "UKR") in _triples("Poland persuaded Germany to send tanks to Ukraine.")


def test_events43_a_persons_attack_on_a_person_is_words() -> None:
    events = _triples("Erdogan's attack on Macron drew a sharp response from Paris.")
    assert ("ACCUSE", "TUR", "FRA") in events
    assert not any(e[0] == "ASSAULT" for e in events)


def test_events43_a_leaders_attack_on_a_country_stays_an_assault() -> None:
    # guard: a leader's attack on a land is his country's assault
    assert ("ASSAULT", "RUS", "UKR") in _triples("Putin's attack on Ukraine shocked Europe.")
