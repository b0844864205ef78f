"""Round 69 (issue 17): events on ten Reuters crude-oil wire articles: a state named only as whose customers they
are is no side; a merchant ship hitting a tower or a line is an accident, and a tower "supporting" lines no
endorsement; helping protect an economy is no aid to a side; a company named without its state (a suffix, a wire
ticker) has no code, so its deals are no event; an act "none of" them did, or a meeting there are "no plans" for, is
negated. The round's gold
(`tests/gold/events_real69*.jsonl`) is checked for form here; its articles are not stored.

Every sentence here was written for these tests; none is from the development gold or the articles read.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from tests.event_predictions import predicted, triples

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TYPES = {"AGREE", "ASSAULT", "COERCE", "CONSULT", "DEMAND", "DISAPPROVE", "FIGHT", "RETREAT", "SUPPORT",
         "THREATEN", "REJECT", "SANCTION", "AID"}


# --- customers of a state ----------------------------------------------------------------------------------------

def test_events69_support_from_a_states_customers_is_theirs() -> None:
    text = ("Brisk export figures seemed to show firm support for official Opec prices from Iran's biggest crude "
            "customers, shipping sources said.")
    assert not any(e == "SUPPORT" for e, _, _ in triples(text))


def test_events69_state_named_beside_its_buyers_keeps_its_support() -> None:
    text = "Brazil, whose main buyers include Germany, voiced firm support for the coffee pact with Colombia."
    assert ("SUPPORT", "BRA", "COL") in triples(text)


# --- ships that hit things -----------------------------------------------------------------------------------------

def test_events69_freighter_hitting_a_bridge_is_an_accident() -> None:
    text = "The Greek freighter hit a bridge spanning the canal, a harbour official said."
    assert not any(e in ("ASSAULT", "FIGHT") for e, _, _ in triples(text))


def test_events69_tanker_aground_after_striking_a_pylon() -> None:
    text = ("The port of Antwerp was closed when a Greek tanker ran aground after striking a pylon supporting power "
            "lines over the river, officials said.")
    got = triples(text)
    assert not any(e in ("ASSAULT", "FIGHT", "SUPPORT") for e, _, _ in got)


def test_events69_tanker_ramming_another_states_boat_is_kept() -> None:
    assert ("ASSAULT", "NLD", "BEL") in triples("The Dutch tanker rammed a Belgian patrol boat near the harbour.")


# --- protecting an economy -----------------------------------------------------------------------------------------

def test_events69_help_protect_the_economy_is_no_aid() -> None:
    text = "Canadian policy is to enlarge the fuel stockpile to help protect the economy from a sudden supply cut."
    assert not any(e == "AID" for e, _, _ in triples(text))


def test_events69_help_protect_a_state_is_aid() -> None:
    assert ("AID", "DEU", "LTU") in triples("Germany sent troops to help protect Lithuania from attack.")


# --- companies named without their state ---------------------------------------------------------------------------

def test_events69_company_by_its_suffix_has_no_code() -> None:
    assert not triples("Texaco Inc said it signed an agreement with Venezuela to buy heavy crude.")


def test_events69_companies_with_wire_tickers_have_no_code() -> None:
    text = "Gulf Corp <GLF> and Amoco Corp <AN> signed a supply contract to buy Nigerian crude, the companies said."
    assert not triples(text)


def test_events69_firm_named_by_its_state_keeps_the_code() -> None:
    assert ("SUPPORT", "ITA", "LBY") in triples("The Italian firm Eni signed a deal with Libya to develop a gas field.")


# --- acts none did, meetings no one plans -------------------------------------------------------------------------

def test_events69_none_of_them_asked_is_negated() -> None:
    # events89 (round 58): a meeting not asked for is now no event at all (the wire golds code none: r69-62/63,
    # r80-046); what stays must not read as done
    got = predicted("He said none of the Arab states had asked Egypt for a summit.")
    assert all(mode == "negated" for _, _, _, mode in got)


def test_events69_no_plans_for_a_meeting_is_negated() -> None:
    text = "Qatar's energy minister told reporters there were no plans for an extraordinary OPEC meeting this month."
    got = [m for e, _, _, m in predicted(text) if e == "CONSULT"]
    assert all(mode == "negated" for mode in got)  # events89: now none at all (r69-62's gold codes no event)


def test_events69_plans_for_a_meeting_are_not_negated() -> None:
    text = "Qatar's energy minister told reporters there were plans for an extraordinary OPEC meeting this month."
    assert all(m != "negated" for e, _, _, m in predicted(text) if e == "CONSULT")


# --- the round's gold ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["events_real69.jsonl", "events_real69_heldout.jsonl"])
def test_events69_gold_form(name: str) -> None:
    """Reuters crude articles by path (relative to ../shared), sha256 and offsets only, with known PLOVER types."""
    lines = [json.loads(x) for x in (ROOT / "tests" / "gold" / name).read_text(encoding="utf-8").splitlines() if x]
    assert lines
    for item in lines:
        assert set(item) == {"id", "path", "sha256", "start", "end", "events"}
        assert item["path"].startswith("../reuters/crude/reut-") and item["start"] < item["end"]
        for event in item["events"]:
            assert event["event"] in TYPES and event["source"]
    path = SHARED / lines[0]["path"]
    if not path.is_file():
        pytest.skip("run scripts/reuters/fetch.py")
    for item in lines:
        data = (SHARED / item["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == item["sha256"]
        assert item["end"] <= len(data.decode("utf-8"))


def test_events69_held_out_by_document() -> None:
    gold = ROOT / "tests" / "gold"
    dev = {json.loads(x)["path"] for x in (gold / "events_real69.jsonl").read_text().splitlines() if x}
    held = {json.loads(x)["path"] for x in (gold / "events_real69_heldout.jsonl").read_text().splitlines() if x}
    assert dev and held and not dev & held
