"""Round 73 (issue 17, nine 1987 Reuters-21578 wire stories from branch news52's wekareuters texts): pointing the
finger at a side blames it; pressing for access is a demand, no meeting; a group naming no side that "agreed that"
something would happen takes no side from its content clause. The round's gold (`tests/gold/events_real73*.jsonl`)
is checked for form here; its articles are not stored.

Every sentence here was written for these tests; none is from the development gold or the articles read.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.event_predictions import triples

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

# --- pointing the finger --------------------------------------------------------------------------------------------

def test_events73_pointing_the_finger_at_a_state_blames_it() -> None:
    assert ("ACCUSE", "BRA", "ARG") in triples("Brazilian diplomats pointed the finger at Argentina for the collapse "
                                               "of the talks.")


def test_events73_the_finger_at_a_states_thing_blames_the_state() -> None:
    assert ("ACCUSE", "PER", "CHL") in triples("Peru's delegates pointed the finger at Chile's swelling budget gap.")


def test_events73_guard_not_pointing_the_finger_is_no_accusation() -> None:
    assert not any(e == "ACCUSE" for e, _, _ in triples("Brazilian diplomats did not point the finger at Argentina."))


def test_events73_guard_pointing_at_a_map_is_no_event() -> None:
    assert triples("The guide pointed at the map of Argentina.") == set()


# --- pressing for access -------------------------------------------------------------------------------------------

def test_events73_pressing_for_access_is_a_demand() -> None:
    got = triples("Spain is pressing for wider access to Moroccan fishing grounds.")
    assert ("REQUEST", "ESP", "MAR") in got
    assert not any(e == "CONSULT" for e, _, _ in got)


def test_events73_pushing_for_market_access_is_a_demand() -> None:
    got = triples("Tokyo keeps pushing for access to the Australian beef market.")
    assert ("REQUEST", "JPN", "AUS") in got
    assert not any(e == "CONSULT" for e, _, _ in got)


def test_events73_guard_pressing_for_a_vote_stays_a_demand() -> None:
    assert ("REQUEST", "DEU", "POL") in triples("Germany pressed for a quick vote on the Polish proposal.")


# --- agreeing that -------------------------------------------------------------------------------------------------

def test_events73_uncoded_group_agreeing_that_takes_no_side_from_the_clause() -> None:
    text = ("Brokers and bank economists agreed that the loan decision might slip by weeks owing to turmoil in the "
            "Kremlin over the Iraq affair.")
    assert not any(e == "AGREE" for e, _, _ in triples(text))


def test_events73_guard_states_agreeing_that_keep_agree() -> None:
    assert ("AGREE", "FRA", "ESP") in triples("France and Spain agreed that the border would be reopened next week.")


# --- capitals titles ----------------------------------------------------------------------------------------------

def test_events73_capitals_title_criticism_after_a_speaker_noun() -> None:
    assert ("ACCUSE", "CHL", "USA") in triples("CHILEAN MINISTER CRITICIZES U.S. TARIFFS")


def test_events73_guard_capitals_title_criticism_glued_target() -> None:
    assert ("ACCUSE", "GBR", "USA") in triples("BRITISH ENVOY CRITICIZES U.S.SUBSIDIES")


def test_events73_guard_price_supports_are_no_backing() -> None:
    assert not any(e == "SUPPORT" for e, _, _ in triples("EC PRICE SUPPORTS CUT BY FIVE PCT"))


# --- retaliation warned of ---------------------------------------------------------------------------------------

def test_events73_bills_that_could_trigger_a_blocs_retaliation_are_its_warning() -> None:
    text = ("A French official said that tariff bills being weighed by the Congress could trigger retaliation by "
            "the European Community.")
    assert ("THREATEN", "IGO", "USA") in triples(text)


def test_events73_quotas_that_could_provoke_retaliation_are_no_assault() -> None:
    got = triples("Brazil's new steel quotas could provoke retaliation from Argentina, an official said.")
    assert ("THREATEN", "ARG", "BRA") in got
    assert not any(e == "ASSAULT" for e, _, _ in got)


def test_events73_guard_conditional_retaliation_stays_a_threat() -> None:
    assert ("THREATEN", "ESP", "MAR") in triples("Spain said it would retaliate if Morocco seized the boats.")


# --- the gold's form -----------------------------------------------------------------------------------------------

# The files' form is checked with events_real71's in tests/test_events71.py.


def test_events73_held_out_by_document() -> None:
    gold = ROOT / "tests" / "gold"
    dev = {json.loads(x)["path"] for x in (gold / "events_real73.jsonl").read_text().splitlines() if x}
    held = {json.loads(x)["path"] for x in (gold / "events_real73_heldout.jsonl").read_text().splitlines() if x}
    assert dev and held and not dev & held
