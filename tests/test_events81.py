"""Round 81 (issue 17, ten 1987 Reuters wire stories naming governments, weka's Reuters-21578 texts): freight prices
paid or agreed between the ports of a route, a meeting verb whose one actor is its venue and a side's agreement to
appoint a chairman of its own are no events; a speaker's "must" / "should" to a group of states named by no code is
the speaker's appeal with no target. The round's gold (`tests/gold/events_real81*.jsonl`) is checked for form here;
its articles are not stored.

Every sentence here was written for these tests; none is from the development gold or the articles read.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.event_predictions import triples

ROOT = Path(__file__).resolve().parents[1]

# --- no events -----------------------------------------------------------------------------------------------------


def test_events81_freight_agreed_between_ports_is_no_agreement() -> None:
    assert not triples("Shippers agreed 21 dlrs for rice from Bangkok to Dakar.")
    assert not triples("In the Mediterranean, owners agreed 17 dlrs for oats from Sete to Valparaiso and 8.40 dlrs for"
                       " barley from Antwerp to Tunis.")


def test_events81_freight_paid_between_ports_is_no_cooperation() -> None:
    text = ("Talk in the market was that a ship had been booked to carry sugar from Santos to Egypt at 16 dlrs and 9.75"
            " was paid for one load of soymeal from Ontario to Poland, but nobody would confirm it.")
    assert not triples(text)


def test_events81_meeting_verb_venue_is_no_party() -> None:
    assert not triples("GRAIN EXPORTERS TO MEET IN OTTAWA")
    assert not triples("Cocoa traders will meet in Abidjan next week.")


def test_events81_own_chairman_appointed_is_no_agreement() -> None:
    assert not triples("Both parties to the Utrecht rail dispute have agreed to appoint a neutral chairman,"
                       " Pieter de Vries, to preside over the talks.")
    assert not triples("The two sides in the Lyon bus dispute agreed to appoint a chairman, Paul Martin, a union"
                       " spokesman said.")


# --- events --------------------------------------------------------------------------------------------------------


def test_events81_must_to_unnamed_states_is_the_speakers_appeal() -> None:
    assert ("REQUEST", "VEN", None) in triples("Oil exporting nations must cut output at once, Venezuela's energy"
                                               " minister said.")
    assert ("REQUEST", "KEN", None) in triples("Consuming countries should pay fairer prices, Kenya's trade minister"
                                               " said.")


# --- guards (pass on main and on the branch) -----------------------------------------------------------------------


def test_events81_guard_state_shipping_to_a_state_stays() -> None:
    assert ("AGREE", "RUS", "UKR") in triples("Russia agreed to ship gas from Siberia to Ukraine.")


def test_events81_guard_meeting_of_a_coded_minister_stays() -> None:
    assert ("AGREE", "IRN", "FRA") in triples("Iran's foreign minister will meet in Geneva with his French"
                                              " counterpart.")


def test_events81_guard_foreign_appointee_and_joint_body_stay() -> None:
    assert ("AGREE", "DEU", "FRA") in triples("Germany agreed to appoint a French judge, Marie Dupont, to the panel.")
    assert ("AGREE", "CAN", "MEX") in triples("Canada and Mexico agreed to name a joint commission.")


def test_events81_guard_must_to_a_named_state_keeps_its_target() -> None:
    assert ("REQUEST", "USA", "JPN") in triples("Japan must open its rice market, the U.S. trade representative said.")


def test_events81_guard_uncoded_or_negated_must_is_no_appeal() -> None:
    assert not triples("Analysts said producing countries must cut output.")
    assert not triples("Producing countries must not cut output, Venezuela's energy minister said.")


# --- the gold's form -----------------------------------------------------------------------------------------------


def test_events81_held_out_by_document() -> None:
    gold = ROOT / "tests" / "gold"
    dev = {json.loads(x)["path"] for x in (gold / "events_real81.jsonl").read_text().splitlines() if x}
    held = {json.loads(x)["path"] for x in (gold / "events_real81_heldout.jsonl").read_text().splitlines() if x}
    assert len(dev) == 7 and len(held) == 3 and not dev & held


def test_events81_gold_records_are_plover_types() -> None:
    types = {"CONSULT", "DEMAND", "DISAPPROVE", "THREATEN"}
    for name in ("events_real81.jsonl", "events_real81_heldout.jsonl"):
        for line in (ROOT / "tests" / "gold" / name).read_text().splitlines():
            item = json.loads(line)
            assert len(item["sha256"]) == 64 and 0 <= item["start"] < item["end"]
            assert "text" not in item
            assert all(ev["event"] in types and ev["source"] for ev in item["events"])
