"""Round 71 (issue 17, twelve 1987 Reuters trade-policy wire stories from branch news52's wekareuters texts): a
state's sellers cutting their margins or prices is no sanction; a side "unwilling to accept" a proposal rejects it.
The round's gold (`tests/gold/events_real71*.jsonl`) is checked for form here; its articles are not stored.

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
         "THREATEN", "REJECT", "SANCTION", "AID", "INVESTIGATE"}  # INVESTIGATE: events72's and events73's golds


# --- cutting margins and prices ------------------------------------------------------------------------------------

def test_events71_exporters_cutting_margins_is_no_sanction() -> None:
    text = ("She told the forum that the French and the Italians had cut their profit margins because the franc "
            "and the lira fell.")
    assert not any(e == "SANCTION" for e, _, _ in triples(text))


def test_events71_guard_cutting_ties_stays_a_sanction() -> None:
    assert ("SANCTION", "ESP", "VEN") in triples("Spain cut diplomatic ties with Venezuela.")


def test_events71_guard_cutting_aid_stays_a_sanction() -> None:
    assert any(e == "SANCTION" and s == "DEU" for e, s, _ in triples("Germany has cut its aid."))


# --- unwilling to accept -------------------------------------------------------------------------------------------

def test_events71_unwilling_to_accept_is_a_rejection() -> None:
    text = "Peru remains unwilling to accept any plan that would cut its share, delegates said."
    got = triples(text)
    assert ("REJECT", "PER", None) in got
    assert not any(e == "AGREE" for e, _, _ in got)


def test_events71_reluctant_to_accept_a_proposal_rejects_it() -> None:
    assert ("REJECT", "PER", "CHL") in triples("Peru is reluctant to accept the proposal from Chile.")


def test_events71_guard_not_unwilling_keeps_agree() -> None:
    got = triples("Peru is not unwilling to accept the proposal from Chile.")
    assert not any(e == "REJECT" for e, _, _ in got)


def test_events71_guard_willing_keeps_agree() -> None:
    got = triples("Peru is willing to accept the proposal from Chile.")
    assert ("AGREE", "PER", "CHL") in got
    assert not any(e == "REJECT" for e, _, _ in got)


# --- the gold's form -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", [f"events_real{n}{part}.jsonl" for n in (71, 72, 73, 74) for part in ("", "_heldout")])
def test_events71_gold_form(name: str) -> None:
    """Wekareuters stories by path (relative to ../shared), sha256 and offsets only, with known PLOVER types."""
    lines = [json.loads(x) for x in (ROOT / "tests" / "gold" / name).read_text(encoding="utf-8").splitlines() if x]
    assert lines
    for item in lines:
        assert set(item) == {"id", "path", "sha256", "start", "end", "events"}
        assert item["path"].startswith("../wekareuters/") and item["start"] < item["end"]
        for event in item["events"]:
            assert event["event"] in TYPES and event["source"]
    path = SHARED / lines[0]["path"]
    if not path.is_file():
        pytest.skip("run scripts/wekareuters/fetch.py (branch news52)")
    for item in lines:
        data = (SHARED / item["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == item["sha256"]
        assert item["end"] <= len(data.decode("utf-8"))


def test_events71_held_out_by_document() -> None:
    gold = ROOT / "tests" / "gold"
    dev = {json.loads(x)["path"] for x in (gold / "events_real71.jsonl").read_text().splitlines() if x}
    held = {json.loads(x)["path"] for x in (gold / "events_real71_heldout.jsonl").read_text().splitlines() if x}
    assert dev and held and not dev & held
