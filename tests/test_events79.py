"""Round 79 (issue 17, ten 1987 Reuters wire stories with governments and trade, weka's Reuters-21578 texts): a
market instrument as the subject, a meeting there is no need for, a body's own proposals withdrawn, a mood "given"
by an announcement, details given, support for a state's own farmers, a bill drafted, imports stepped up and goods
taken as collateral are no events; a warning that a conflict will erupt if another side acts and a hint that
others would suffer are threats. The round's gold (`tests/gold/events_real79*.jsonl`) is checked for form here; its
articles are not stored.

Every sentence here was written for these tests; none is from the development gold or the articles read.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.event_predictions import triples

ROOT = Path(__file__).resolve().parents[1]

# --- no events -----------------------------------------------------------------------------------------------------


def test_events79_futures_settling_is_no_concession() -> None:
    assert not triples("Chicago wheat futures settled two cents higher on Monday.")


def test_events79_no_need_for_a_meeting_is_no_consultation() -> None:
    assert not triples("Saudi officials said there is no need for a special meeting of Opec this month.")


def test_events79_own_proposals_withdrawn_are_no_retreat() -> None:
    assert not triples("The European Commission withdrew the proposals last week.")


def test_events79_jitters_given_are_no_aid() -> None:
    assert not triples("Peru's announcement of a moratorium gave the banking system the jitters.")


def test_events79_details_given_are_no_cooperation() -> None:
    assert not triples("The Mexican minister did not give precise details of the plan on Monday.")


def test_events79_support_for_own_farmers_is_no_event() -> None:
    assert not triples("The commission said the EC will provide income support for small farmers.")


def test_events79_bill_drafted_is_no_agreement() -> None:
    text = "The House Agriculture Committee is meeting on Tuesday to draft a farm bill, aides said."
    assert not any(e == "AGREE" for e, _, _ in triples(text))


def test_events79_imports_stepped_up_are_no_agreement() -> None:
    assert not triples("Poland will step up its imports of corn this year, traders said.")
    assert not triples("Analysts expect Egypt to step up imports of wheat from Argentina.")


def test_events79_grain_taken_as_collateral_is_no_agreement() -> None:
    assert not triples("The U.S. Agriculture Department will accept corn from farmers as collateral for loans.")


# --- threats -------------------------------------------------------------------------------------------------------


def test_events79_conflict_warning_is_a_threat() -> None:
    text = "U.S. trade representative Mark Olden said that if Japan imposes the tariff, a trade war will erupt."
    assert ("THREATEN", "USA", "JPN") in triples(text)


def test_events79_hint_that_others_would_suffer_is_a_threat() -> None:
    text = "Officials said Nigeria hinted it could cut output sharply and others would suffer."
    assert ("THREATEN", "NGA", None) in triples(text)
    assert not any(e == "REQUEST" for e, _, _ in triples(text))


# --- guards: what stays ---------------------------------------------------------------------------------------------


def test_events79_guard_dispute_settled_stays() -> None:
    assert ("CONCEDE", "JPN", "USA") in triples("Japan settled its trade dispute with the United States.")


def test_events79_guard_troops_withdrawn_stay() -> None:
    assert ("RETREAT", "ISR", "LBN") in triples("Israel withdrew its troops from Lebanon.")


def test_events79_guard_food_aid_given_stays() -> None:
    assert ("AID", "USA", "EGY") in triples("The United States gave Egypt food aid last year.")


def test_events79_guard_boost_by_an_actor_stays() -> None:
    assert ("SUPPORT", "GBR", None) in triples("Britain gave the plan a boost by backing it at the summit.")


def test_events79_guard_aid_to_farmers_abroad_stays() -> None:
    assert ("AGREE", "IGO", "POL") in triples("The European Community will provide aid to farmers in Poland.")


def test_events79_guard_cooperation_stepped_up_stays() -> None:
    assert ("SUPPORT", "MEX", "USA") in triples("Mexico stepped up cooperation with the United States.")


def test_events79_guard_proposal_accepted_stays() -> None:
    assert ("AGREE", "IRN", "IGO") in triples("Iran accepted the United Nations proposal.")


def test_events79_guard_treaty_drafted_stays() -> None:
    assert ("AGREE", "IRN", "IRQ") in triples("Iran and Iraq agreed to draft a peace treaty.")


def test_events79_guard_unconditioned_war_talk_is_no_threat() -> None:
    assert not triples("An economist said that if prices fall, a trade war could break out.")


def test_events79_guard_hint_of_an_appeal_stays() -> None:
    assert ("REQUEST", "ARG", "BRA") in triples("Argentina hinted that it would ask Brazil for help.")


# --- the gold's form -----------------------------------------------------------------------------------------------


def test_events79_held_out_by_document() -> None:
    gold = ROOT / "tests" / "gold"
    dev = {json.loads(x)["path"] for x in (gold / "events_real79.jsonl").read_text().splitlines() if x}
    held = {json.loads(x)["path"] for x in (gold / "events_real79_heldout.jsonl").read_text().splitlines() if x}
    assert dev and held and not dev & held


def test_events79_gold_records_are_plover_types() -> None:
    types = {"CONSULT", "DEMAND", "REJECT", "DISAPPROVE", "THREATEN"}
    for name in ("events_real79.jsonl", "events_real79_heldout.jsonl"):
        for line in (ROOT / "tests" / "gold" / name).read_text().splitlines():
            item = json.loads(line)
            assert len(item["sha256"]) == 64 and 0 <= item["start"] < item["end"]
            assert "text" not in item
            assert all(ev["event"] in types and ev["source"] for ev in item["events"])
