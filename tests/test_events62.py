"""Round 62 (issue 17): events on short Lee news articles (700-849 characters) and events60/61's open leads: an
approval that a side "offered" / "gave" is an endorsement (051, SUPPORT), not an offer (03x, AGREE); a meeting named
by its hyphened pair of sides ("the <A>-<B> meeting") is aimed at the side that is not its source, when that side
has a code of its own. The round's gold (`tests/gold/events_real62*.jsonl`) is checked for form here; its articles
are not stored.

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
         "THREATEN", "REJECT", "SANCTION", "AID", "MOBILIZE"}


# --- an approval offered --------------------------------------------------------------------------------------------

def test_events62_offered_approval_is_support() -> None:
    got = triples("France offered its full approval to Germany's plan to rearm.")
    assert ("SUPPORT", "FRA", "DEU") in got and ("AGREE", "FRA", "DEU") not in got


def test_events62_offered_talks_keep_their_code() -> None:
    assert ("CONSULT", "CAN", "MEX") in triples("Canada offered talks to Mexico on the dispute.")


# --- a hyphened pair's meeting --------------------------------------------------------------------------------------

def test_events62_pair_meeting_names_the_other_side() -> None:
    assert ("CONSULT", "PAK", "IND") in triples("The dispute eased after the Vajpayee-Musharraf meeting in Agra.")


def test_events62_pair_meeting_with_an_uncoded_surname_keeps_no_target() -> None:
    # the surname read alone takes its neighbour's country in the actors layer: no target, not the source's own
    got = triples("The talks came a day after the Bush-Putin meeting.")
    assert ("CONSULT", "RUS", "RUS") not in got


# --- the round's gold ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["events_real62.jsonl", "events_real62_heldout.jsonl"])
def test_events62_gold_form(name: str) -> None:
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
        assert 700 <= len(data) <= 849 and item["end"] <= len(data.decode("utf-8"))


def test_events62_held_out_by_document() -> None:
    gold = ROOT / "tests" / "gold"
    dev = {json.loads(x)["path"] for x in (gold / "events_real62.jsonl").read_text().splitlines() if x}
    held = {json.loads(x)["path"] for x in (gold / "events_real62_heldout.jsonl").read_text().splitlines() if x}
    assert dev and held and not dev & held
