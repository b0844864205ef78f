"""Round 78 (issue 17, ten 1987 Reuters wire stories with governments, trade and central banks, from branch news52's
wekareuters texts): a side hurt by a market's movement, a state curbing its own debt, a legislature's vote aimed at
its own state, a body managing a thing of its own state, a forecast or a mood read as a demand, an economy that
improves, a central bank's easing, inquiries received and a committee's own meeting are no events. The round's
gold (`tests/gold/events_real78*.jsonl`) is checked for form here; its articles are not stored.

Every sentence here was written for these tests; none is from the development gold or the articles read.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.event_predictions import triples

ROOT = Path(__file__).resolve().parents[1]

# --- no events -----------------------------------------------------------------------------------------------------


def test_events78_hurt_by_a_currency_fall_is_no_assault() -> None:
    text = ("Korean savers, who were badly hurt last year by sharp falls in the Thai baht, are wary of new bonds, "
            "dealers said.")
    assert not any(e in ("ASSAULT", "COERCE") for e, _, _ in triples(text))


def test_events78_curbing_own_debt_is_no_coercion() -> None:
    text = "Lenders want Peru to take firm steps to curb its foreign debt and budget deficit, bankers said."
    assert not any(e == "COERCE" for e, _, _ in triples(text))


def test_events78_committee_vote_for_own_state_is_no_agreement() -> None:
    text = ("The Senate Finance Committee has voted for a transfer of the oversight of grain reserves to the U.S. "
            "Agriculture Secretary.")
    assert not any(e in ("AGREE", "COOPERATE") for e, _, _ in triples(text))


def test_events78_managing_own_stockpile_is_no_cooperation() -> None:
    assert not any(e == "COOPERATE" for e, _, _ in triples("SENATE PANEL WANTS PENTAGON MANAGE U.S. TIN STOCKPILE"))


def test_events78_forecast_with_should_is_no_request() -> None:
    text = "Silva said that March Brazilian industrial output should rise at least one pct after a flat February."
    assert not any(e in ("REQUEST", "DEMAND") for e, _, _ in triples(text))


def test_events78_has_to_be_pleased_is_no_request() -> None:
    assert not triples('"The Bundesbank has to be pleased with these figures," Weber said.')


def test_events78_improving_trade_is_no_cooperation() -> None:
    text = ("Silva noted that the Brazilian trade balance improved in the third quarter, and said it should keep on "
            "improving.")
    assert not any(e == "COOPERATE" for e, _, _ in triples(text))


def test_events78_central_bank_easing_is_no_retreat() -> None:
    assert not triples('"This limits the Bundesbank\'s room to ease, but there is no need to tighten.')


def test_events78_inquiries_received_are_no_investigation() -> None:
    assert not triples("Dealers said they received daily inquiries from Korea and Taiwan.")


def test_events78_committee_meeting_is_no_consultation() -> None:
    assert not triples("The Senate Banking Committee meeting was delayed by a floor vote, aides said.")


# --- guards: what stays ---------------------------------------------------------------------------------------------


def test_events78_guard_troops_hurting_people_stays() -> None:
    assert ("ASSAULT", "ISR", "PSE") in triples("Israeli troops badly hurt ten Palestinians on Friday.")


def test_events78_guard_curbing_another_states_imports_stays() -> None:
    assert ("SANCTION", "JPN", "KOR") in triples("Japan curbed imports from South Korea last year.")


def test_events78_guard_improving_ties_stay() -> None:
    assert ("COOPERATE", "CHL", "PER") in triples("Ties between Chile and Peru continued to improve.")


def test_events78_guard_committee_meeting_others_stays() -> None:
    assert ("CONSULT", "USA", "JPN") in triples("The committee met Japanese officials in Washington.")


def test_events78_guard_easing_sanctions_stays() -> None:
    assert ("RETREAT", "USA", "CUB") in triples("The United States eased sanctions on Cuba on Monday.")


# --- the gold's form -----------------------------------------------------------------------------------------------


def test_events78_held_out_by_document() -> None:
    gold = ROOT / "tests" / "gold"
    dev = {json.loads(x)["path"] for x in (gold / "events_real78.jsonl").read_text().splitlines() if x}
    held = {json.loads(x)["path"] for x in (gold / "events_real78_heldout.jsonl").read_text().splitlines() if x}
    assert dev and held and not dev & held


def test_events78_gold_records_are_plover_types() -> None:
    types = {"AGREE", "CONSULT", "DEMAND", "REJECT", "DISAPPROVE"}
    for name in ("events_real78.jsonl", "events_real78_heldout.jsonl"):
        for line in (ROOT / "tests" / "gold" / name).read_text().splitlines():
            item = json.loads(line)
            assert len(item["sha256"]) == 64 and 0 <= item["start"] < item["end"]
            assert all(ev["event"] in types and ev["source"] for ev in item["events"])
