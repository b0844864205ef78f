"""Round 76 (issue 17, ten 1987 Reuters wire stories with governments and firms, from branch news52's wekareuters
texts): seeking a pact or venture with another country's side is an intent to cooperate (AGREE), in a sentence
and in a headline; bids accepted at a tender, money drained from a market, a firm's plan at home, buying with
nothing bought named, a meeting or a start named only as the time since which something holds, a firm's backing
by its own government, refusing to change one's own stance, backing a bill at home and gaining from something are
no events. The round's gold (`tests/gold/events_real76*.jsonl`) is checked for form here; its articles are not
stored.

Every sentence here was written for these tests; none is from the development gold or the articles read.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.event_predictions import triples

ROOT = Path(__file__).resolve().parents[1]

# --- seeking a pact ------------------------------------------------------------------------------------------------


def test_events76_seeking_pacts_with_a_country_is_an_intent_to_cooperate() -> None:
    text = ("Spain's state-owned Alcora Steel SA intends to seek joint marketing agreements with Greece, its "
            "president Ana Vidal said.")
    got = triples(text)
    assert ("AGREE", "ESP", "GRC") in got
    assert ("REQUEST", "ESP", "GRC") not in got


def test_events76_headline_looking_for_ventures_is_an_intent_to_cooperate() -> None:
    assert ("AGREE", "ESP", "GRC") in triples("SPANISH CARMAKER LOOKS FOR GREEK VENTURES")


# --- no events -----------------------------------------------------------------------------------------------------


def test_events76_bids_accepted_at_a_tender_are_no_agreement() -> None:
    text = "The Swiss National Bank accepted bids for 2.4 billion francs at its weekly tender, a bank official said."
    assert not any(e == "AGREE" for e, _, _ in triples(text))


def test_events76_money_withdrawn_from_a_market_is_no_yielding() -> None:
    text = ("Some 3.1 billion francs flow out as an older pact lapses, so the Swiss National Bank is withdrawing a "
            "net 1.2 billion francs from the money market.")
    assert not any(e in ("AGREE", "RETREAT") for e, _, _ in triples(text))


def test_events76_headline_plan_of_a_firm_is_no_agreement() -> None:
    assert not any(e == "AGREE" for e, _, _ in triples("CHILEAN COPPER FIRM PLANS STOCK SPLIT"))


def test_events76_buying_with_nothing_named_is_trade() -> None:
    text = "Prices rose because Polish coal buyers have been busily purchasing over the winter, the ministry said."
    assert not any(e in ("COOPERATE", "AGREE") for e, _, _ in triples(text))


def test_events76_meeting_named_as_a_time_is_no_meeting() -> None:
    text = "Early figures released since the last meeting of NEPAC in May show the plan is on course, Orton said."
    assert not any(e == "CONSULT" for e, _, _ in triples(text))


def test_events76_start_of_a_firm_is_no_attack() -> None:
    text = "Orlan said Vesta Mining has run up losses of 40 mln U.S. dollars since starting operations in 1979."
    assert not any(e in ("ASSAULT", "FIGHT") for e, _, _ in triples(text))


def test_events76_government_backing_at_home_is_no_support() -> None:
    text = "But he said the carrier, which is Chile's largest airline, still has full government support."
    assert not any(e == "SUPPORT" for e, _, _ in triples(text))


def test_events76_refusing_to_change_ones_stance_is_no_rejection() -> None:
    text = "At their spring meeting, PGA leaders refused to change their official stance on the tariff."
    assert not any(e == "REJECT" for e, _, _ in triples(text))


def test_events76_backing_a_bill_at_home_is_no_support() -> None:
    text = ("The growers' council backs current bills of Rep. Ann Foley, R-Ind. and Sen. Mark Dunne, R-Ohio, which "
            "call for a higher support price.")
    assert not any(e == "SUPPORT" for e, _, _ in triples(text))


def test_events76_gaining_from_something_is_no_act() -> None:
    text = ("Officials said Greek yards would gain from lower wages in Egypt while Nilotic would benefit from Greek "
            "know-how.")
    assert not any(e == "AGREE" for e, _, _ in triples(text))


# --- guards: what stays ---------------------------------------------------------------------------------------------


def test_events76_guard_withdrawn_ambassador_stays() -> None:
    assert triples("Peru withdrew its ambassador from Chile on Monday.")


def test_events76_guard_seeking_talks_stays_a_request() -> None:
    text = "Spain will seek talks with Greece on the fishing dispute, the minister said."
    assert ("REQUEST", "ESP", "GRC") in triples(text)


def test_events76_guard_accepted_offer_stays() -> None:
    assert ("AGREE", "CAN", "MEX") in triples("Canada accepted Mexico's offer of talks on the border.")


# --- the gold's form -----------------------------------------------------------------------------------------------


def test_events76_held_out_by_document() -> None:
    gold = ROOT / "tests" / "gold"
    dev = {json.loads(x)["path"] for x in (gold / "events_real76.jsonl").read_text().splitlines() if x}
    held = {json.loads(x)["path"] for x in (gold / "events_real76_heldout.jsonl").read_text().splitlines() if x}
    assert dev and held and not dev & held


def test_events76_gold_form() -> None:
    for name in ("events_real76.jsonl", "events_real76_heldout.jsonl"):
        for line in (ROOT / "tests" / "gold" / name).read_text().splitlines():
            item = json.loads(line)
            assert set(item) == {"id", "path", "sha256", "start", "end", "events"}
            assert item["path"].startswith("../wekareuters/") and len(item["sha256"]) == 64
            assert 40 <= item["end"] - item["start"] <= 400
            for ev in item["events"]:
                assert ev["source"] and all(len(c) in (3,) for c in ev["source"] + ev["target"])
