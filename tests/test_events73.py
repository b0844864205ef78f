"""Round 73 (issue 17, nine 1987 Reuters-21578 wire stories from branch news52's wekareuters texts).
The round's gold (`tests/gold/events_real73*.jsonl`) is checked for form here; its articles are not stored.

Every sentence here was written for these tests; none is from the development gold or the articles read.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TYPES = {"AGREE", "ASSAULT", "COERCE", "CONSULT", "DEMAND", "DISAPPROVE", "FIGHT", "RETREAT", "SUPPORT",
         "THREATEN", "REJECT", "SANCTION", "AID", "INVESTIGATE"}


# --- the gold's form -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["events_real73.jsonl", "events_real73_heldout.jsonl"])
def test_events73_gold_form(name: str) -> None:
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


def test_events73_held_out_by_document() -> None:
    gold = ROOT / "tests" / "gold"
    dev = {json.loads(x)["path"] for x in (gold / "events_real73.jsonl").read_text().splitlines() if x}
    held = {json.loads(x)["path"] for x in (gold / "events_real73_heldout.jsonl").read_text().splitlines() if x}
    assert dev and held and not dev & held
