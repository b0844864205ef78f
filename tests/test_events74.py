"""Round 74 (issue 17, ten 1987 Reuters farm-trade policy wire stories from branch news52's wekareuters texts): a
body approving its own bill is no concession; an act others only speculate about is no act; not having decided
whether or how is no agreement. The round's gold (`tests/gold/events_real74*.jsonl`) is checked for form here; its
articles are not stored.

Every sentence here was written for these tests; none is from the development gold or the articles read.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.event_predictions import triples

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

# --- a body approving its own bill ---------------------------------------------------------------------------------

def test_events74_panel_approving_a_measure_is_no_concession() -> None:
    text = "The U.S. House Budget Committee approved a measure that would freeze spending on highway projects."
    assert not any(e == "CONCEDE" for e, _, _ in triples(text))


def test_events74_senate_panel_approving_a_bill_is_no_concession() -> None:
    text = "The U.S. Senate Finance Committee approved a bill that would exempt small firms from a federal tax rule."
    assert not any(e == "CONCEDE" for e, _, _ in triples(text))


# --- speculation ---------------------------------------------------------------------------------------------------

def test_events74_speculated_offer_is_no_agreement() -> None:
    text = ("Oil traders have speculated that Canada would make a loan offer to Cuba, but Canadian officials "
            "said no such plan exists.")
    assert not any(e == "AGREE" for e, _, _ in triples(text))


# --- decided whether -----------------------------------------------------------------------------------------------

def test_events74_not_decided_whether_is_no_agreement() -> None:
    text = ("Smith told reporters that both he and the U.S. Treasury had not decided whether aid should be "
            "guaranteed to banks.")
    assert not any(e == "AGREE" for e, _, _ in triples(text))


def test_events74_guard_agreed_to_talks_stays() -> None:
    assert any(e == "AGREE" and s == "FRA" for e, s, _ in triples("France agreed to hold talks with Spain."))


# --- the gold's form -----------------------------------------------------------------------------------------------

# The files' form is checked with events_real71's in tests/test_events71.py.


def test_events74_held_out_by_document() -> None:
    gold = ROOT / "tests" / "gold"
    dev = {json.loads(x)["path"] for x in (gold / "events_real74.jsonl").read_text().splitlines() if x}
    held = {json.loads(x)["path"] for x in (gold / "events_real74_heldout.jsonl").read_text().splitlines() if x}
    assert dev and held and not dev & held
