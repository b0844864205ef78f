"""Round 30 (issue 17): a bare denial is no event (CAMEO 016, which CAMEO-PLOV-2021-07 leaves out) and what it
denies is none either; a verb conjoined to a coded verb keeps its own mode; "riot police" is no riot and crowd-control
weapons used on people are violent repression (ASSAULT 175); an envoy expelled with no agent named is expelled by the
state he is posted to; a declined invitation is a rejection whatever it is to; artillery delivered is military aid;
"did not" with a material act tells what did not happen (negated), not a refusal; a stance prefix ("pro-Russian")
makes no actor of the country.

Every sentence here was written for these tests; none is from the development gold.
"""

from __future__ import annotations

import pytest

from tests.event_predictions import predicted as _predicted
from tests.event_predictions import triples as _triples


@pytest.mark.parametrize("text", [
    "Chad's defence minister denied that his soldiers had opened fire on the marchers.",
    "The Burmese junta denied reports that its aircraft had bombed a school near the Thai border.",
    "Minsk denied it had flown migrants to the Polish frontier.",
    "Ankara denied sending armed drones to the Sudanese army.",
    "The Eritrean information minister denied any involvement in the fighting in Tigray.",
])
def test_bare_denial_is_no_event(text: str) -> None:
    assert _predicted(text) == []


def test_denied_accusation_keeps_the_accuser_only() -> None:
    # the accusation denied is the accuser's (ACCUSE 112); the denial itself is no rejection
    triples = _triples("Rwanda denied accusations by Burundi that it was training rebels.")
    assert ("ACCUSE", "BDI", "RWA") in triples
    assert not any(event == "REJECT" for event, _, _ in triples)


@pytest.mark.parametrize(("text", "expected"), [
    # guards: a denial of a request, of entry or of permission is a refusal and stays one
    ("Chad denied a request by France to use its air base in N'Djamena.", ("REJECT", "TCD", "FRA")),
    ("Hungary denied entry to two Ukrainian reporters.", ("SANCTION", "HUN", "UKR")),
])
def test_refusals_by_deny_stay(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


def test_verb_conjoined_to_a_denial_keeps_its_mode() -> None:
    predicted = _predicted("Chad denied the allegations and summoned the French envoy.")
    assert ("ACCUSE", "TCD", "FRA", "asserted") in predicted
    assert not any(mode == "negated" for _, _, _, mode in predicted)


@pytest.mark.parametrize(("text", "expected"), [
    ("Bangladeshi riot police used tear gas on striking garment workers.", ("ASSAULT", "BGD", "BGD")),
    ("Kenyan police used rubber bullets on students in Nairobi.", ("ASSAULT", "KEN", "KEN")),
    ("Georgian riot police employed water cannon against the crowd outside parliament.", ("ASSAULT", "GEO", "GEO")),
])
def test_crowd_control_weapons_are_repression(text: str, expected: tuple[str, str, str]) -> None:
    triples = _triples(text)
    assert expected in triples
    assert not any(event == "PROTEST" for event, _, _ in triples)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Danish envoy to Egypt was expelled on Sunday.", ("SANCTION", "EGY", "DNK")),
    ("The Belgian ambassador to Rwanda was expelled after a row over aid.", ("SANCTION", "RWA", "BEL")),
])
def test_envoy_expelled_by_host(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


def test_expelled_envoy_with_agent_keeps_agent() -> None:
    # guard: a named agent is the expeller, not the state the envoy is posted to
    triples = _triples("The Russian ambassador to Canada was expelled by Washington.")
    assert ("SANCTION", "USA", "RUS") in triples
    assert ("SANCTION", "CAN", "RUS") not in triples


@pytest.mark.parametrize(("text", "expected"), [
    ("Oman declined an invitation to the trade fair in Tehran.", ("REJECT", "OMN", "IRN")),
    ("Chile rejected an invitation to the trade conference in Beijing.", ("REJECT", "CHL", "CHN")),
])
def test_declined_invitation_is_a_rejection(text: str, expected: tuple[str, str, str]) -> None:
    triples = _triples(text)
    assert expected in triples
    assert not any(event == "SANCTION" for event, _, _ in triples)


@pytest.mark.parametrize(("text", "expected"), [
    ("Spain sent artillery shells to Ukraine.", ("AID", "ESP", "UKR")),
    ("Portugal supplied artillery to the Ukrainian army.", ("AID", "PRT", "UKR")),
])
def test_artillery_delivered_is_military_aid(text: str, expected: tuple[str, str, str]) -> None:
    triples = _triples(text)
    assert expected in triples
    assert not any(event == "COOPERATE" for event, _, _ in triples)


@pytest.mark.parametrize(("text", "expected"), [
    ("Spain did not deliver the artillery shells to Ukraine on time.", ("AID", "ESP", "UKR", "negated")),
    ("Syria did not withdraw its troops from Lebanon that year.", ("RETREAT", "SYR", "LBN", "negated")),
    # guard: an accord refused stays a rejection
    ("Morocco did not agree to talks with Algeria.", ("REJECT", "MAR", "DZA", "asserted")),
])
def test_did_not_with_material_act(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in _predicted(text)


def test_stance_prefix_names_no_country() -> None:
    assert ("COERCE", "PHL", "PHL") in _triples("Police in Manila detained a pro-Chinese lawmaker on Monday.")


def test_stance_prefix_in_actors() -> None:
    from spinscope.components.actors import load_dictionary, normalize_actors

    dictionary = load_dictionary()
    stance = [a.country for a in normalize_actors("Anti-American students rallied in Lahore.", dictionary)]
    plain = [a.country for a in normalize_actors("American students rallied in Lahore.", dictionary)]
    assert stance == ["PAK"]
    assert "USA" in plain  # guard: without the prefix the students are American


@pytest.mark.parametrize(("text", "expected"), [
    ("The Danish ambassador was summoned after Ankara accused him of meddling.", ("ACCUSE", "TUR", "DNK")),
    ("The British ambassador to Iran was expelled after Tehran accused him of meeting protesters.",
     ("ACCUSE", "IRN", "GBR")),
])
def test_him_is_the_unnamed_envoy_of_the_main_clause(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


@pytest.mark.parametrize("text", [
    "The students' march in Skopje was broken up by riot police using pepper spray and batons.",
    "Peruvian police used tear gas to disperse farmers blocking the highway.",
])
def test_weapons_as_means_add_no_second_event(text: str) -> None:
    assert not any(event == "ASSAULT" for event, _, _ in _triples(text))
