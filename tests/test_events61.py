"""Round 61 (issue 17): events on long Lee news articles (1,900-2,499 characters): a court's finding of guilt
is CAMEO 116 (ACCUSE / DISAPPROVE), aimed at the one found guilty or, uncoded, at the court's own country; Jewish
settlers are Israel's people; a person named right after "United Nations <region> envoy" is the UN's. The round's
gold (`tests/gold/events_real61*.jsonl`) is checked for form here; its articles are not stored.

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
         "THREATEN", "REJECT", "SANCTION", "AID"}


# --- a finding of guilt ------------------------------------------------------------------------------------------

def test_events61_court_finds_uncoded_people_guilty() -> None:
    text = "A Dutch court has found three of the company's managers guilty of negligence after the fire."
    assert ("ACCUSE", "NLD", "NLD") in triples(text)


def test_events61_court_finds_coded_people_guilty() -> None:
    text = "A French court found the two Algerian men guilty of plotting a bombing."
    assert ("ACCUSE", "FRA", "DZA") in triples(text)


def test_events61_found_guilty_by_a_court_passive() -> None:
    text = "The former minister was found guilty of fraud by a Kenyan court on Monday."
    assert ("ACCUSE", "KEN", "KEN") in triples(text)


def test_events61_not_guilty_is_no_finding() -> None:
    text = "A Dutch court found the three managers not guilty of negligence."
    assert not any(e == "ACCUSE" for e, _, _ in triples(text))


def test_events61_finding_evidence_is_no_finding_of_guilt() -> None:
    assert not any(e == "ACCUSE" for e, _, _ in triples("Dutch police found new evidence in the managers' offices."))


# --- actors: settlers, a UN envoy's name ---------------------------------------------------------------------------

def test_events61_jewish_settlers_are_israels_people() -> None:
    text = "Masked gunmen launched two ambushes, wounding four Jewish settlers near a West Bank village."
    assert ("ASSAULT", "PSE", "ISR") in triples(text)


def test_events61_un_envoy_name_tagged_apart() -> None:
    from spinscope.components.actors import Mention, _un_envoy_names_61

    text = "The plan was praised by United Nations Middle East envoy Olav Brekke-Dahl on Friday."
    un = Mention(24, 38, ("United Nations", "IGOUNO", None), "name")
    name = Mention(text.index("Olav"), text.index(" on Friday"), ("Olav Brekke-Dahl", None, "PSE"), "ner",
                   ner_type="organization")
    _un_envoy_names_61(text, [un, name])
    assert name.key == ("Olav Brekke-Dahl", "IGOUNO", None)


def test_events61_a_name_after_another_title_keeps_its_key() -> None:
    from spinscope.components.actors import Mention, _un_envoy_names_61

    text = "The plan was praised by Norwegian envoy Olav Brekke-Dahl on Friday."
    name = Mention(text.index("Olav"), text.index(" on Friday"), ("Olav Brekke-Dahl", None, "NOR"), "ner",
                   ner_type="person")
    _un_envoy_names_61(text, [name])
    assert name.key == ("Olav Brekke-Dahl", None, "NOR")


# --- the round's gold ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["events_real61.jsonl", "events_real61_heldout.jsonl"])
def test_events61_gold_form(name: str) -> None:
    """Lee articles by path (relative to ../shared), sha256 and offsets only, with known PLOVER types."""
    lines = [json.loads(x) for x in (ROOT / "tests" / "gold" / name).read_text(encoding="utf-8").splitlines() if x]
    assert lines
    for item in lines:
        assert set(item) == {"id", "path", "sha256", "start", "end", "events"}
        assert item["path"].startswith("../lee/background/lee_bg_") and item["start"] < item["end"]
        for event in item["events"]:
            assert event["event"] in TYPES and event["source"]
    path = SHARED / lines[0]["path"]
    if not path.is_file():
        pytest.skip("run scripts/lee/fetch.py")
    for item in lines:
        data = (SHARED / item["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == item["sha256"]
        assert 1900 <= len(data) <= 2499 and item["end"] <= len(data.decode("utf-8"))


def test_events61_held_out_by_document() -> None:
    gold = ROOT / "tests" / "gold"
    dev = {json.loads(x)["path"] for x in (gold / "events_real61.jsonl").read_text().splitlines() if x}
    held = {json.loads(x)["path"] for x in (gold / "events_real61_heldout.jsonl").read_text().splitlines() if x}
    assert dev and held and not dev & held


# --- a bloc's members taken together -------------------------------------------------------------------------------

def test_events61_nato_allies_are_igo() -> None:
    assert ("REQUEST", "USA", "IGO") in triples("The United States told its NATO allies to prepare for more attacks.")


def test_events61_eu_members_are_igo() -> None:
    assert ("REQUEST", "IGO", "ISR") in triples("EU members urged Israel to halt the raids.")


def test_events61_the_west_keeps_its_code() -> None:
    assert ("THREATEN", "WST", "SRB") in triples("The Western allies warned Serbia of air strikes.")
