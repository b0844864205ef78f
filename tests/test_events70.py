"""Round 70 (issue 17): events on ten English news pages (US and international sites, article extractors' test
fixtures unpacked beside ../shared as ../webnews by branch news52's ``scripts/webnews/fetch.py``): looking up a
country's food or music is no investigation of it; a person defending another in words, or another's pick,
endorses him; recommending a person for a post endorses him. The round's gold
(`tests/gold/events_real70*.jsonl`) is checked for form here; its articles are not stored.

Every sentence here was written for these tests; none is from the development gold or the articles read.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from tests.event_predictions import triples

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TYPES = {"AGREE", "ASSAULT", "COERCE", "CONSULT", "DEMAND", "DISAPPROVE", "FIGHT", "RETREAT", "SUPPORT",
         "THREATEN", "REJECT", "SANCTION", "AID", "INVESTIGATE", "MOBILIZE", "CONCEDE", "ACCUSE", "REQUEST"}


# --- looking things up ------------------------------------------------------------------------------------------

def test_events70_searching_a_countrys_food_is_no_investigation() -> None:
    assert not triples("Homesick students in Canada searched Greek food more than Greece.")


def test_events70_searching_for_a_countrys_music_is_no_investigation() -> None:
    assert not triples("Young fans in Brazil searched for Argentine music online last year.")


def test_events70_police_searching_trucks_stay_an_investigation() -> None:
    assert ("INVESTIGATE", "DEU", "ITA") in triples("German police searched Italian trucks at the border.")


# --- defending and recommending a person -------------------------------------------------------------------------

def test_events70_defending_a_president_is_support() -> None:
    assert ("SUPPORT", "USA", "USA") in triples("Former Defense Secretary John Smith defended President Mary Jones.")


def test_events70_defending_the_presidents_pick_supports_the_picker() -> None:
    text = ("Former Defense Secretary John Smith on Sunday defended President Mary Jones's pick for attorney "
            "general over his ties to a foreign bank.")
    assert ("SUPPORT", "USA", "USA") in triples(text)


def test_events70_not_defending_is_no_support() -> None:
    assert not triples("Former Defense Secretary John Smith did not defend President Mary Jones.")


def test_events70_troops_defending_a_town_are_no_endorsement() -> None:
    assert not {t for t in triples("French troops defended the Malian town of Gao.") if t[0] == "SUPPORT"}


def test_events70_recommending_a_man_for_the_job_is_support() -> None:
    text = "Former Defense Secretary John Smith recommended banker Tom Brown for the job."
    found = triples(text)
    assert ("SUPPORT", "USA", "USA") in found and not {t for t in found if t[0] in ("REQUEST", "DEMAND")}


def test_events70_recommending_a_policy_is_untouched() -> None:
    assert not {t for t in triples("The panel recommended that the government raise taxes.") if t[0] == "SUPPORT"}


# --- the round's gold ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["events_real70.jsonl", "events_real70_heldout.jsonl"])
def test_events70_gold_form(name: str) -> None:
    """News pages by path (relative to ../shared), sha256 and offsets only, with known PLOVER types."""
    lines = [json.loads(x) for x in (ROOT / "tests" / "gold" / name).read_text(encoding="utf-8").splitlines() if x]
    assert lines
    for item in lines:
        assert set(item) == {"id", "path", "sha256", "start", "end", "events"}
        assert item["path"].startswith("../webnews/") and item["start"] < item["end"]
        for event in item["events"]:
            assert event["event"] in TYPES and event["source"]
    path = SHARED / lines[0]["path"]
    if not path.is_file():
        pytest.skip("run scripts/webnews/fetch.py (branch news52)")
    for item in lines:
        data = (SHARED / item["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == item["sha256"]
        assert item["end"] <= len(data.decode("utf-8"))


def test_events70_held_out_by_document() -> None:
    gold = ROOT / "tests" / "gold"
    dev = {json.loads(x)["path"] for x in (gold / "events_real70.jsonl").read_text().splitlines() if x}
    held = {json.loads(x)["path"] for x in (gold / "events_real70_heldout.jsonl").read_text().splitlines() if x}
    assert dev and held and not dev & held
