"""Round 85 (issue 17, thirty 1987 Reuters wire stories naming governments, weka's Reuters-21578 texts): a
headline's passive call ("<COUNTRY> <GROUP> ASKED TO ...") names no caller, an imposed measure owned by a state
("<state> tariffs on <state> goods would be imposed") is the owner's act, "U.S. And <adjective> officials are to
meet" (ARFF casing) is a meeting of both states, and a negated act between sides with no code is no record. The
round's gold (`tests/gold/events_real85*.jsonl`) is checked for form here; its articles are not stored.

Every sentence here was written for these tests; none is from the development gold or the articles read.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.event_predictions import triples

ROOT = Path(__file__).resolve().parents[1]

# --- rules (each fails on main) ------------------------------------------------------------------------------------


def test_events85_headline_passive_call_is_no_event() -> None:
    assert not triples("KENYA FARMERS ASKED TO PLANT MORE MAIZE")
    assert not triples("KENYA FARMERS URGED TO CUT TEA OUTPUT")


def test_events85_measure_owner_is_the_source() -> None:
    text = ("The Treasury said stiff U.S. duties on Brazilian shoes would probably be imposed next month, despite "
            "efforts by Brazil to head them off.")
    found = triples(text)
    assert ("THREATEN", "USA", "BRA") in found and ("THREATEN", "BRA", "USA") not in found


def test_events85_capital_and_pair_meeting() -> None:
    text = "A spokesman spoke a day before U.S. And Mexican officials are to meet to discuss the steel quotas."
    assert ("CONSULT", "MEX", "USA") in triples(text)


def test_events85_codeless_negated_act_is_no_event() -> None:
    assert not triples("The Baxter family has not indicated support for the new offer, a banker said.")


# --- guards (pass on main and on the branch) -----------------------------------------------------------------------


def test_events85_guard_headline_call_with_an_object_stays() -> None:
    assert ("REQUEST", "USA", "JPN") in triples("U.S. URGES JAPAN TO OPEN RICE MARKET")


def test_events85_guard_lower_case_call_stays() -> None:
    assert ("REQUEST", "USA", "JPN") in triples("The United States asked Japan to open its rice market.")


def test_events85_guard_coded_negated_act_stays() -> None:
    assert ("SUPPORT", "JPN", None) in triples("Japan has not indicated any support for the proposal.")


def test_events85_guard_lower_case_pair_meeting_stays() -> None:
    assert ("CONSULT", "USA", "MEX") in triples("U.S. and Mexican officials are to meet to discuss the steel quotas.")


# --- the gold's form -----------------------------------------------------------------------------------------------


def test_events85_held_out_by_document() -> None:
    gold = ROOT / "tests" / "gold"
    dev = {json.loads(x)["path"] for x in (gold / "events_real85.jsonl").read_text().splitlines() if x}
    held = {json.loads(x)["path"] for x in (gold / "events_real85_heldout.jsonl").read_text().splitlines() if x}
    assert len(dev) == 20 and len(held) == 10 and not dev & held


def test_events85_gold_has_no_text() -> None:
    n = 0
    for name in ("events_real85.jsonl", "events_real85_heldout.jsonl"):
        for line in (ROOT / "tests" / "gold" / name).read_text().splitlines():
            item = json.loads(line)
            assert len(item["sha256"]) == 64 and 0 <= item["start"] < item["end"] and "text" not in item
            n += len(item["events"])
    assert n == 9
