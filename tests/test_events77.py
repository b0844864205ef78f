"""Round 77 (issue 17, ten 1987 Reuters wire stories with governments, trade and central banks, from branch news52's
wekareuters texts): buying a counted quantity with no seller, loans or sums given up with no target and
persuading a side that a claim holds are no events; a side saying a forum is not the right one refuses it
(REJECT). The round's gold (`tests/gold/events_real77*.jsonl`) is checked for form here; its articles are not
stored.

Every sentence here was written for these tests; none is from the development gold or the articles read.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.event_predictions import triples

ROOT = Path(__file__).resolve().parents[1]

# --- no events -----------------------------------------------------------------------------------------------------


def test_events77_counted_purchase_is_trade() -> None:
    text = ("Chilean orders of Peruvian fishmeal climbed to 9,300 tonnes in the quarter and Bolivia bought "
            "1,250 tonnes against none a year ago.")
    assert not any(e in ("COOPERATE", "AGREE") for e, _, _ in triples(text))


def test_events77_loans_given_up_are_no_concession() -> None:
    text = ("The Tuesday Courier said that the Bank of Norway and two other lenders plan to abandon a total of 4 "
            "billion crowns in loans to Vester Shipping.")
    assert not any(e in ("CONCEDE", "AGREE", "RETREAT") for e, _, _ in triples(text))


def test_events77_loans_written_off_are_no_aid() -> None:
    text = ("The Oslo daily Dagsavisen said that Norwegian banks plan to write off 4 billion crowns in loans to "
            "Vester Shipping.")
    assert not any(e in ("AID", "AGREE", "CONCEDE") for e, _, _ in triples(text))


def test_events77_persuading_that_a_claim_holds_is_no_support() -> None:
    text = "At the Geneva meeting, Chile will try to persuade Peru that its copper quota is fair, an aide said."
    assert not any(e in ("SUPPORT", "AGREE") for e, _, _ in triples(text))


# --- a refused forum -----------------------------------------------------------------------------------------------


def test_events77_not_the_right_forum_is_a_rejection() -> None:
    assert ("REJECT", "NOR", None) in triples("But Norway has said the council is not the right forum.")


def test_events77_wrong_venue_is_a_rejection() -> None:
    assert ("REJECT", "CHL", None) in triples("Chile said Lima was the wrong venue for the fishing talks.")


# --- guards: what stays ---------------------------------------------------------------------------------------------


def test_events77_guard_right_forum_adds_nothing() -> None:
    assert not any(e == "REJECT" for e, _, _ in triples("Norway has said the council is the right forum."))


def test_events77_guard_forgiven_debt_of_a_state_stays() -> None:
    assert ("AID", "NOR", "GHA") in triples("Norway forgave Ghana's debt of 40 mln crowns on Monday.")


def test_events77_guard_persuading_to_act_stays() -> None:
    assert triples("Chile persuaded Peru to withdraw its troops from the border.")


# --- the gold's form -----------------------------------------------------------------------------------------------


def test_events77_held_out_by_document() -> None:
    gold = ROOT / "tests" / "gold"
    dev = {json.loads(x)["path"] for x in (gold / "events_real77.jsonl").read_text().splitlines() if x}
    held = {json.loads(x)["path"] for x in (gold / "events_real77_heldout.jsonl").read_text().splitlines() if x}
    assert dev and held and not dev & held


def test_events77_gold_form() -> None:
    for name in ("events_real77.jsonl", "events_real77_heldout.jsonl"):
        for line in (ROOT / "tests" / "gold" / name).read_text().splitlines():
            item = json.loads(line)
            assert set(item) == {"id", "path", "sha256", "start", "end", "events"}
            assert item["path"].startswith("../wekareuters/") and len(item["sha256"]) == 64
            assert 40 <= item["end"] - item["start"] <= 400
            for ev in item["events"]:
                assert ev["source"] and all(len(c) == 3 for c in ev["source"] + ev["target"])
