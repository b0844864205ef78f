"""Round 84 (issue 17, ten more 1987 Reuters wire stories naming governments, weka's Reuters-21578 texts): acts
between firms named by no state (an airline's bid, suit and board meeting, with a region's name read as a country),
a meeting named by its venue city alone, a state's proposal to set up a body are no events, and "The U.S., <an
apposition naming another state>, ..." acts as the United States. The round's gold (`tests/gold/events_real84*.jsonl`)
is checked for form here; its articles are not stored.

Every sentence here was written for these tests; none is from the development gold or the articles read.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.event_predictions import predicted, triples

ROOT = Path(__file__).resolve().parents[1]

# --- no events, or a recoded source (each fails on main) -----------------------------------------------------------


def test_events84_firms_bid_rejected_is_no_event() -> None:
    text = "Ozark Air Lines rejected the bid from Midway, calling it an attempt to block its buyout of Piedmont."
    assert not triples(text)


def test_events84_firm_board_meeting_is_no_event() -> None:
    assert not triples("The Piedmont board meeting began an hour after the new offer was made.")


def test_events84_firm_takeover_and_merger_plans_are_no_event() -> None:
    assert not triples("Midway, which owns 15 pct of Piedmont, has said it plans to propose a takeover of Piedmont.")
    assert not triples("Midway said it would discuss a merger with Piedmont and Ozark.")
    assert not triples("Midway said it was not changing its offer for Piedmont.")


def test_events84_firms_without_codes_give_no_event() -> None:
    assert not triples("A spokesman for Zenith had no comment on the Acme lawsuit.")
    assert not triples("Zenith said its lawyers would investigate the takeover offer.")


def test_events84_meeting_named_by_venue_city_is_no_event() -> None:
    assert not triples("Tin pact extension debated at Vienna meeting")


def test_events84_proposal_to_set_up_a_body_is_no_event() -> None:
    assert not triples("Canada has proposed creating a council to share data on the lumber trade.")


def test_events84_abbreviated_subject_with_apposition_acts() -> None:
    text = "The U.S., the biggest buyer after Japan, urged Brazil to cut coffee prices."
    assert triples(text) == {("REQUEST", "USA", "BRA")}


# --- guards (pass on main and on the branch) -----------------------------------------------------------------------


def test_events84_guard_state_rejecting_a_firms_offer_stays() -> None:
    assert ("REJECT", "JPN", "MNC") in triples("Japan rejected the offer from Boeing.")


def test_events84_guard_merger_of_states_stays() -> None:
    assert ("AGREE", "GBR", "FRA") in triples("Britain said it would discuss a merger with France.")


def test_events84_guard_meeting_of_named_states_at_a_venue_stays() -> None:
    assert ("CONSULT", "FRA", "DEU") in triples("France and Germany held a meeting in Bonn.")
    assert ("CONSULT", "IRN", "USA") in triples("The Vienna talks between Iran and the United States ended.")


def test_events84_guard_proposed_talks_with_a_state_stay() -> None:
    assert ("AGREE", "CAN", "USA") in triples("Canada proposed talks with the United States on lumber.")


def test_events84_guard_full_name_subject_with_apposition() -> None:
    text = "The United States, the biggest buyer after Japan, urged Brazil to cut coffee prices."
    assert ("REQUEST", "USA", "BRA") in triples(text)


def test_events84_guard_lobby_urging_congress_stays() -> None:
    # sides with a country of their own (a US lobby, Congress) are no private parties
    assert ("REQUEST", "USA", "USA") in triples("The American Soybean Association urged Congress to reject the bill.")


def test_events84_guard_firm_of_a_named_state_stays() -> None:
    assert ("REJECT", "JPN", "MNC") in triples("Japan rejected the takeover offer from Boeing.")


def test_events84_guard_plain_abbreviated_subject() -> None:
    assert ("REQUEST", "USA", "BRA", "asserted") in predicted("The U.S. urged Brazil to cut coffee prices.")


# --- the gold's form -----------------------------------------------------------------------------------------------


def test_events84_held_out_by_document() -> None:
    gold = ROOT / "tests" / "gold"
    dev = {json.loads(x)["path"] for x in (gold / "events_real84.jsonl").read_text().splitlines() if x}
    held = {json.loads(x)["path"] for x in (gold / "events_real84_heldout.jsonl").read_text().splitlines() if x}
    assert len(dev) == 7 and len(held) == 3 and not dev & held


def test_events84_gold_has_no_text_and_no_record() -> None:
    for name in ("events_real84.jsonl", "events_real84_heldout.jsonl"):
        for line in (ROOT / "tests" / "gold" / name).read_text().splitlines():
            item = json.loads(line)
            assert len(item["sha256"]) == 64 and 0 <= item["start"] < item["end"]
            assert "text" not in item and item["events"] == []
