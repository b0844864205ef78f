"""Round 35 (issue 17): a state that takes another to a court brings a case against it (ACCUSE 115); a state that
bars another country's vehicles, aircraft or goods from entering sanctions it (163), people barred stay repression;
craft sent with aid goods aboard are aid, armed state craft (coast guard, navy vessels) sent somewhere a
mobilization, and "dispatch" alone is no accusation (PETRARCH2 files it with "dismiss"); a vow of force is a threat;
a mobilization with no foreign target is aimed at the one country its circumstance names; a recalled high
commissioner is a recalled envoy; clinics and hospitals paid for are aid.

Every sentence here was written for these tests; none is from the development gold.
"""

from __future__ import annotations

import pytest

from tests.event_predictions import triples as _triples


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukraine took Russia to the International Court of Justice over the downing of the airliner.",
     ("ACCUSE", "UKR", "RUS")),
    ("Bolivia hauled Chile before the world court in a dispute over access to the sea.", ("ACCUSE", "BOL", "CHL")),
    ("Belize took Guatemala to the international tribunal over their border.", ("ACCUSE", "BLZ", "GTM")),
])
def test_taking_a_state_to_court_is_a_case_against_it(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


def test_taking_troops_somewhere_is_no_case() -> None:
    # no court: "take" stays no event of its own
    assert not any(event == "ACCUSE" for event, _, _ in _triples(
        "Kenya took its troops to the border with Somalia last week."))


@pytest.mark.parametrize(("text", "expected"), [
    ("Finland barred Russian-registered cars from entering the country from Saturday.", ("SANCTION", "FIN", "RUS")),
    ("Latvia barred Belarusian trucks from entering its territory after the border dispute.",
     ("SANCTION", "LVA", "BLR")),
])
def test_barring_a_countrys_vehicles_is_a_sanction(text: str, expected: tuple[str, str, str]) -> None:
    triples = _triples(text)
    assert expected in triples
    assert not any(event == "COERCE" for event, _, _ in triples)


def test_barring_people_stays_as_it_was() -> None:
    # people barred by their own police: no sanction on anyone
    assert not any(event == "SANCTION" for event, _, _ in _triples(
        "Turkish police barred opposition supporters from entering Taksim Square."))


@pytest.mark.parametrize(("text", "expected"), [
    ("Spain dispatched three navy ships loaded with drinking water and tents to quake-hit Morocco.",
     ("AID", "ESP", "MAR")),
    ("Algeria dispatched cargo planes loaded with flour and blankets to Libya.", ("AID", "DZA", "LBY")),
    ("Turkey sent two navy frigates packed with tents and generators to Lebanon.", ("AID", "TUR", "LBN")),
])
def test_craft_carrying_aid_are_aid(text: str, expected: tuple[str, str, str]) -> None:
    triples = _triples(text)
    assert expected in triples
    assert not any(event in ("ACCUSE", "MOBILIZE") for event, _, _ in triples)


@pytest.mark.parametrize(("text", "expected"), [
    ("Tokyo dispatched coast guard vessels to waters near the Chinese-claimed islands.", ("MOBILIZE", "JPN", "CHN")),
    ("Vietnam dispatched navy ships to the waters off the Chinese-held reefs.", ("MOBILIZE", "VNM", "CHN")),
])
def test_armed_craft_sent_are_a_mobilization(text: str, expected: tuple[str, str, str]) -> None:
    triples = _triples(text)
    assert expected in triples
    assert not any(event == "ACCUSE" for event, _, _ in triples)


@pytest.mark.parametrize("text", [
    "Canada dispatched a senior envoy to Ghana before the vote.",
    "Canada dispatched a team of election observers to Ghana for the vote.",
])
def test_dispatch_alone_is_no_accusation(text: str) -> None:
    assert not any(event == "ACCUSE" for event, _, _ in _triples(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Seoul vowed to intercept any North Korean drone that crossed the border.", ("THREATEN", "KOR", "PRK")),
])
def test_a_vow_of_force_is_a_threat(text: str, expected: tuple[str, str, str]) -> None:
    triples = _triples(text)
    assert expected in triples
    assert not any(event == "AGREE" for event, _, _ in triples)


def test_a_conditional_response_stays_a_threat() -> None:
    # guard: the older "respond with force if ..." threat is untouched by the vow rule
    assert ("THREATEN", "CHL", "ARG") in _triples(
        "Chile said it would respond with force if Argentine patrol boats entered the strait again.")


def test_a_vow_of_help_stays_an_agreement() -> None:
    assert any(event == "AGREE" for event, _, _ in _triples(
        "Japan vowed to help the Philippines rebuild its storm-hit ports."))


@pytest.mark.parametrize(("text", "expected"), [
    ("Egypt called up reservists amid fears of an Ethiopian attack on the dam.", ("MOBILIZE", "EGY", "ETH")),
    ("Croatia put its army on alert amid fears of a Serbian incursion.", ("MOBILIZE", "HRV", "SRB")),
])
def test_a_mobilization_is_aimed_at_the_country_its_circumstance_names(
        text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya recalled its high commissioner from Kampala over the arrest of its traders.", ("SANCTION", "KEN", "UGA")),
    ("Norway has financed two clinics for displaced families in Sudan.", ("AID", "NOR", "SDN")),
])
def test_curated_rows(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)
