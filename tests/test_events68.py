"""Round 68 (issue 17, seven Lee test stories): a state "holding" a person detains him; seeking or wanting a person
is no request; a visit to a thing that names no actor is no meeting with a side named in another clause.

Every sentence here was written for these tests; none is from a gold or an article read.
"""

from __future__ import annotations

from tests.event_predictions import triples


def test_events68_ministry_confirms_it_is_holding_a_national() -> None:
    text = "Egyptian officials confirmed they are holding an Egyptian man the CIA wants for questioning."
    got = triples(text)
    assert ("COERCE", "EGY", "EGY") in got
    assert not any(e in ("REQUEST", "DEMAND") for e, _, _ in got)


def test_events68_police_holding_a_foreign_journalist() -> None:
    text = "Iranian police are holding a French journalist in Tehran."
    assert ("COERCE", "IRN", "FRA") in triples(text)


def test_events68_man_the_agency_is_seeking_is_no_request() -> None:
    text = "Pakistani police arrested a Pakistani man the CIA is seeking for alleged ties to a bomb plot."
    assert not any(e in ("REQUEST", "DEMAND") for e, _, _ in triples(text))


def test_events68_visit_to_a_ship_is_no_meeting() -> None:
    text = "Radio traffic was monitored by the French navy when the Dutch envoy visited the tanker during the dispute."
    assert not any(e == "CONSULT" for e, _, _ in triples(text))


def test_events68_guard_holds_talks_stays_a_meeting() -> None:
    text = "Turkey held talks with Greece on Monday."
    got = triples(text)
    assert ("CONSULT", "TUR", "GRC") in got
    assert not any(e == "COERCE" for e, _, _ in got)


def test_events68_guard_holds_responsible_is_no_detention() -> None:
    text = "Kenya holds Somali militants responsible for the attack."
    assert not any(e == "COERCE" for e, _, _ in triples(text))


def test_events68_guard_visit_to_a_capital_stays_a_meeting() -> None:
    text = "The British foreign secretary visited Moscow on Tuesday."
    assert ("CONSULT", "GBR", "RUS") in triples(text)


def test_events68_guard_seeking_weapons_stays_a_request() -> None:
    text = "Ukraine sought more weapons from Germany."
    assert ("REQUEST", "UKR", "DEU") in triples(text)


def test_events68_land_annexed_by_the_army_is_taken_by_force() -> None:
    text = "In 2015, Moscow used its army to annex the Crimean Peninsula, a step that drew a rebuke from Germany."
    got = triples(text)
    assert ("ASSAULT", "RUS", "UKR") in got
    assert ("ACCUSE", "DEU", "RUS") in got


def test_events68_guard_bare_annexation_stays_coercion() -> None:
    assert ("COERCE", "RUS", "UKR") in triples("Russia annexed Crimea in 2014.")
