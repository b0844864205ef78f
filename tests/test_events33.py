"""Round 33 (issue 17): a bare "the government" / "the authorities" subject is the state of the country its sentence
(else its text) names besides the one its act is aimed at; lowercase "the world court" is the International Court
of Justice; in a text about the Koreas "the South" is South Korea and "the North" North Korea; an economy's figure
that eases is no retreat; drones launched at something are an air strike, as missiles are, also counted out
("dozens of drones"); an act an actor says it would do unless another acts is a threat against that other; troops
deployed inside another country are a deployment.

Every sentence here was written for these tests; none is from the development gold.
"""

from __future__ import annotations

import pytest

from tests.event_predictions import predicted as _predicted
from tests.event_predictions import triples as _triples


@pytest.mark.parametrize(("text", "expected"), [
    ("Troops in Niamey arrested a former minister, and the government accused Benin of plotting a coup.",
     ("ACCUSE", "NER", "BEN")),
    ("Militants ambushed an army patrol in Burkina Faso, and the government blamed Niger for the attack.",
     ("ACCUSE", "BFA", "NER")),
    ("Police in Caracas detained two union leaders, and the authorities accused Colombia of funding them.",
     ("ACCUSE", "VEN", "COL")),
])
def test_bare_government_is_the_sentence_state(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Cuban intelligence officers detained a dissident blogger, and the government accused Miami exiles of paying "
     "him.", ("ACCUSE", "CUB", "USA")),
    ("Ugandan soldiers arrested two opposition legislators, and the ruling party accused Rwanda of funding them.",
     ("ACCUSE", "UGA", "RWA")),
])
def test_ruling_party_and_intelligence_scene(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


def test_bare_government_takes_no_foreign_target_as_source() -> None:
    # the country the accusation is aimed at is never the accuser, even as the text's only country
    assert not any(source == "RUS" for _, source, _ in _triples(
        "The government accused Russia of meddling in the vote."))


def test_named_government_keeps_its_own_country() -> None:
    triples = _triples("Soldiers in Kabul detained three reporters, and the Pakistani government accused India of "
                       "spying.")
    assert ("ACCUSE", "PAK", "IND") in triples
    assert ("ACCUSE", "AFG", "IND") not in triples


@pytest.mark.parametrize(("text", "expected"), [
    ("Bolivia praised the world court's ruling on its sea dispute.", ("SUPPORT", "BOL", "IGO")),
    ("The world court ordered Russia to halt its offensive.", ("REQUEST", "IGO", "RUS")),
])
def test_lowercase_world_court(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Pyongyang accused the South of staging provocative drills.", ("ACCUSE", "PRK", "KOR")),
    ("Seoul condemned the North for launching a spy satellite.", ("ACCUSE", "KOR", "PRK")),
])
def test_the_south_and_the_north_in_a_korea_story(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


def test_compass_names_outside_korea_stories_are_no_korea() -> None:
    from spinscope.components.actors import find_mentions, load_dictionary

    dictionary = load_dictionary()
    for text in ("Storms hit the South of France, officials in Paris said.",
                 "Seoul hosted talks on the South China Sea and the North Atlantic alliance."):
        assert not any(text[m.start:m.end] in ("South", "North") for m in find_mentions(text, dictionary)), text


def test_an_easing_inflation_rate_is_no_retreat() -> None:
    assert not any(event == "RETREAT" for event, *_ in _triples(
        "South Africa's inflation rate eased to four percent in May, the statistics agency said."))


def test_eased_restrictions_stay_a_concession() -> None:
    assert ("CONCEDE", "ISR", "PSE") in _triples("Israel eased restrictions on Gaza's fishing zone.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia launched dozens of drones at Odesa overnight.", ("ASSAULT", "RUS", "UKR")),
    ("Houthi rebels launched drones at a Liberian-flagged freighter on Monday.", ("ASSAULT", "YEM", "LBR")),
])
def test_drones_launched_at_a_target_are_a_strike(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


def test_a_drone_test_is_no_strike() -> None:
    assert not any(event == "ASSAULT" for event, *_ in _triples("Iran tested a new long-range drone on Sunday."))


@pytest.mark.parametrize(("text", "expected"), [
    ("Warsaw said it would shut two more border crossings unless Minsk halted the flow of migrants.",
     ("THREATEN", "POL", "BLR")),
    ("Manila said it would file a second arbitration case unless Beijing withdrew its ships from the reef.",
     ("THREATEN", "PHL", "CHN")),
])
def test_unless_makes_an_announced_act_a_threat(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


def test_unless_with_no_actor_is_no_threat() -> None:
    assert not any(event == "THREATEN" for event, *_ in _triples(
        "Chile said it would lower its import duties unless the harvest improved."))


def test_troops_deployed_inside_a_country_are_a_deployment() -> None:
    predicted = _predicted("Hungary will not deploy its soldiers inside Ukraine, the defence minister said.")
    assert ("MOBILIZE", "HUN", "UKR", "negated") in predicted
    assert not any(event == "ASSAULT" for event, *_ in predicted)


def test_bare_government_is_no_other_country_of_the_text() -> None:
    # two countries in the text, the act aimed at one's official: "the government" is not thereby the other's
    text = ("Irish ministers met their counterparts from Portugal last month. On Monday the government praised "
            "the housing scheme drawn up by former Irish deputy prime minister Mary Harney.")
    assert not any(source == "PRT" for _, source, _ in _triples(text))
