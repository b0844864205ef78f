"""Round 31 (issue 17): a criticism of an arrest, a jailing or a killing whose doer goes unnamed is aimed at the
state where it happened, and the arrest it criticises happened; "told X it would take measures / respond if ..." is
a threat to X; a joint act done "jointly" by two forces is their cooperation; data and imagery shared are
intelligence shared; a government withdrawing its own bill or law yields; leaders of today's news the Phoenix files
lack ("Sheikh Hasina", "Prabowo", "Hemedti") are actors of their country; "the State of Palestine" is Palestine.

Every sentence here was written for these tests; none is from the development gold.
"""

from __future__ import annotations

import pytest

from tests.event_predictions import predicted as _predicted
from tests.event_predictions import triples as _triples


@pytest.mark.parametrize(("text", "expected"), [
    ("Rome condemned the detention of three Italian sailors in Libya.", ("ACCUSE", "ITA", "LBY")),
    ("Canada denounced the jailing of a Canadian blogger in Iran.", ("ACCUSE", "CAN", "IRN")),
    ("Tokyo deplored the arrest of two Japanese fishermen in Russia.", ("ACCUSE", "JPN", "RUS")),
    ("Ghana criticised the killing of Ghanaian traders in Ivory Coast.", ("ACCUSE", "GHA", "CIV")),
])
def test_criticism_of_an_act_is_aimed_at_its_scene(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Rome condemned the detention of three Italian sailors in Libya.", ("COERCE", "LBY", "ITA")),
    ("Canada denounced the jailing of a Canadian blogger in Iran.", ("COERCE", "IRN", "CAN")),
])
def test_criticised_arrest_happened(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


def test_named_doer_still_wins_over_the_scene() -> None:
    # guard: "by Iran" names who did it; the scene rule does not apply
    assert ("ACCUSE", "SWE", "IRN") in _triples("Sweden's foreign minister condemned the abduction of a "
                                                  "Swedish-Iranian doctor in Iraq by Iranian agents.")


def test_criticism_of_an_act_at_home_has_no_foreign_target() -> None:
    # guard: the scene is the critic's own country; no other state is blamed
    triples = _triples("Uganda condemned the killing of two students in Kampala.")
    assert all(target == "UGA" or target is None for event, _, target in triples if event == "ACCUSE")


@pytest.mark.parametrize(("text", "expected"), [
    ("Ankara told Athens it would take all necessary measures if Greek ships entered the disputed waters.",
     ("THREATEN", "TUR", "GRC")),
    ("Moscow told Helsinki it would respond if American troops were stationed on Finnish soil.",
     ("THREATEN", "RUS", "FIN")),
])
def test_told_conditional_response_is_a_threat(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


def test_told_conditional_help_is_no_threat() -> None:
    # guard: a promise of help on a condition is no threat
    triples = _triples("Tokyo told Manila it would help rebuild the port if the typhoon season ended early.")
    assert not any(event == "THREATEN" for event, _, _ in triples)


@pytest.mark.parametrize(("text", "pair"), [
    ("Dutch and German police jointly raided a cocaine lab near the border.", {"NLD", "DEU"}),
    ("Polish and Lithuanian border guards jointly detained a gang of smugglers.", {"POL", "LTU"}),
])
def test_jointly_done_act_is_cooperation(text: str, pair: set[str]) -> None:
    triples = _triples(text)
    assert any(event == "COOPERATE" and {source, target} == pair for event, source, target in triples)


@pytest.mark.parametrize(("text", "expected"), [
    ("Latvia began sharing radar data with Lithuania on drones crossing the border.", ("COOPERATE", "LVA", "LTU")),
    ("Canberra shared satellite imagery with Tokyo.", ("COOPERATE", "AUS", "JPN")),
])
def test_data_shared_is_cooperation(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


@pytest.mark.parametrize("text", [
    "Nigeria's government withdrew the fuel tax bill after a week of strikes.",
    "Serbia's parliament repealed the mining law after months of protests.",
])
def test_withdrawn_bill_is_a_concession(text: str) -> None:
    assert any(event == "CONCEDE" for event, _, _, _ in _predicted(text))
    assert not any(event == "RETREAT" for event, _, _, _ in _predicted(text))


def test_troops_withdrawn_stay_a_retreat() -> None:
    # guard: a pullout of forces is still RETREAT
    assert any(event == "RETREAT" for event, _, _, _ in _predicted("Malian troops withdrew from the town of Kidal."))


@pytest.mark.parametrize(("text", "expected"), [
    ("Sheikh Hasina praised India for its help during the floods.", ("SUPPORT", "BGD", "IND")),
    ("Prabowo Subianto criticised Australia over its new visa rules.", ("ACCUSE", "IDN", "AUS")),
    ("Hemedti accused Egypt of bombing his fighters.", ("ACCUSE", "SDN", "EGY")),
    ("Spain's Pedro Sanchez met Mohammed bin Zayed in Abu Dhabi.", ("CONSULT", "ESP", "ARE")),
])
def test_current_leaders_are_actors(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


def test_state_of_palestine_is_palestine() -> None:
    assert ("SUPPORT", "IRL", "PSE") in _triples("Ireland formally recognised the State of Palestine.")
