"""Round 75 (issue 17, ten 1987 Reuters wire stories with governments, from branch news52's wekareuters texts): an
offer the other side turned down is its rejection; a state suspending its debt payments, talks named only as
broken down, a warning of an outcome naming no one, a state's inquiry into its own industry, curbs aimed at
countries "other than" X, doubting a measure's use, competing in a market, buying more of a commodity and a word
of a body's own name are no events. The round's gold (`tests/gold/events_real75*.jsonl`) is checked for form
here; its articles are not stored.

Every sentence here was written for these tests; none is from the development gold or the articles read.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.event_predictions import triples

ROOT = Path(__file__).resolve().parents[1]

# --- an offer turned down ------------------------------------------------------------------------------------------


def test_events75_rejected_offer_is_the_rejection() -> None:
    text = "Last year's Canadian offer of cheap loans to Cuba was rejected because of high interest, an official said."
    got = triples(text)
    assert ("REJECT", "CUB", "CAN") in got
    assert ("AGREE", "CAN", "CUB") not in got


def test_events75_guard_accepted_offer_keeps_its_agreement() -> None:
    text = "Last year's Canadian offer of cheap loans to Cuba was accepted, a Cuban official said."
    assert ("AGREE", "CAN", "CUB") in triples(text)


# --- no events -----------------------------------------------------------------------------------------------------


def test_events75_suspended_interest_payments_are_no_sanction() -> None:
    text = "The bank's profit fell sharply after Peru's suspension of interest payments on March 3."
    assert not any(e == "SANCTION" for e, _, _ in triples(text))


def test_events75_broken_down_talks_are_no_meeting() -> None:
    text = "The breakdown of the NATO negotiations reflected a split between northern and southern members."
    assert not any(e == "CONSULT" for e, _, _ in triples(text))


def test_events75_warning_of_an_outcome_is_no_threat() -> None:
    text = "\"Runaway inflation could well follow from such a policy,\" Garrow warned."
    assert not any(e == "THREATEN" for e, _, _ in triples(text))


def test_events75_guard_warning_of_retaliation_stays() -> None:
    text = "Iran warned that it would retaliate against any Iraqi strike."
    assert any(e == "THREATEN" and s == "IRN" for e, s, _ in triples(text))


def test_events75_inquiry_into_own_industry_is_no_investigation() -> None:
    text = ("The government's farm review body, the Rural Review Commission (RRC), will hold a 6-month inquiry into "
            "the Canadian dairy industry, Farm Minister Paul Denton said.")
    assert not any(e == "INVESTIGATE" for e, _, _ in triples(text))


def test_events75_curbs_on_countries_other_than_x_are_not_aimed_at_x() -> None:
    text = "Seoul's trade ministry acted to tighten restrictions on steel exports to countries other than Germany."
    assert not any(t == "DEU" for _, _, t in triples(text))


def test_events75_doubting_a_pact_is_no_accusation() -> None:
    text = "Major Korean steelmakers doubt the usefulness of a Germany-Korea steel pact."
    assert not any(e == "ACCUSE" for e, _, _ in triples(text))


def test_events75_competing_in_a_market_is_no_accusation() -> None:
    text = ("A trade pact with Mexico would help Canadian farmers to compete better in the Mexican market, "
            "Lindqvist said.")
    assert not any(e == "ACCUSE" for e, _, _ in triples(text))


def test_events75_buying_more_is_trade() -> None:
    text = "The Polish official said that if U.S. prices stay low, the Poles will buy more when they need it."
    assert not any(e in ("AGREE", "COOPERATE") for e, _, _ in triples(text))


def test_events75_word_of_a_body_name_is_no_aid() -> None:
    text = ("The state's regional aid body, the Rural Assistance Commission (RAC), will publish its report on Kenya "
            "next month, Farm Minister Paul Denton said.")
    assert not any(e == "AID" for e, _, _ in triples(text))


# --- the gold's form -----------------------------------------------------------------------------------------------


def test_events75_held_out_by_document() -> None:
    gold = ROOT / "tests" / "gold"
    dev = {json.loads(x)["path"] for x in (gold / "events_real75.jsonl").read_text().splitlines() if x}
    held = {json.loads(x)["path"] for x in (gold / "events_real75_heldout.jsonl").read_text().splitlines() if x}
    assert dev and held and not dev & held


def test_events75_gold_form() -> None:
    for name in ("events_real75.jsonl", "events_real75_heldout.jsonl"):
        for line in (ROOT / "tests" / "gold" / name).read_text().splitlines():
            item = json.loads(line)
            assert set(item) == {"id", "path", "sha256", "start", "end", "events"}
            assert item["path"].startswith("../wekareuters/") and len(item["sha256"]) == 64
            assert 40 <= item["end"] - item["start"] <= 400
            for ev in item["events"]:
                assert ev["source"] and all(len(c) == 3 for c in ev["source"] + ev["target"])


def test_events75_guard_warning_with_a_pronoun_stays() -> None:
    text = "Chile warned it would shut its ports if its copper exports were blocked."
    assert any(e == "THREATEN" and s == "CHL" for e, s, _ in triples(text))
