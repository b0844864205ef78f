"""Round 56 (issue 17): events on short Lee news articles and the open leads of rounds 53-54: a suicide bomber who
blew himself up at a place, a sports record bettered or broken, reaching "the stage where ..." (no refusal of its
own), an act in the clause of a degree someone wants or does not want reached (wished, by the one who would reach
it), negotiating with someone (a negotiation, not support). The round's gold (`tests/gold/events_real56*.jsonl`)
is checked for form here; its articles are not stored.

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
TYPES = {"AGREE", "ASSAULT", "COERCE", "CONSULT", "DEMAND", "FIGHT", "SUPPORT", "THREATEN"}


# --- a suicide bomber who blew himself up ------------------------------------------------------------------------

def test_events56_a_bomber_who_blew_himself_up_attacked_the_place_s_country() -> None:
    text = "Five soldiers were wounded when a Palestinian attacker blew himself up at a checkpoint in northern Israel."
    assert ("ASSAULT", "PSE", "ISR") in triples(text)


def test_events56_a_bombing_at_home_is_domestic() -> None:
    text = "Two guards were hurt after an apparent Iraqi suicide bomber blew himself up near a mosque in Basra."
    assert ("ASSAULT", "IRQ", "IRQ") in triples(text)


def test_events56_a_self_inflicted_loss_stays_no_attack() -> None:
    text = "With its new tariffs on Chinese steel the ministry has shot itself in the foot."
    assert not any(event == "ASSAULT" for event, _, _ in triples(text))


# --- records in sport --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Jane Smith bettered the Australian record in the 200 metres freestyle at the meet in Hobart.",
    "Jane Smith broke the Australian record at the national championships in Perth.",
])
def test_events56_a_record_bettered_is_no_event(text: str) -> None:
    assert triples(text) == set()


# --- degrees reached ---------------------------------------------------------------------------------------------

def test_events56_not_reaching_a_stage_is_no_refusal() -> None:
    text = "Georgia will not reach the stage where it must bargain with Russia."
    assert not any(event == "REJECT" for event, _, _ in triples(text))


def test_events56_an_unwanted_degree_is_wished_and_not_the_wisher_s_act() -> None:
    text = "Biden does not want Ukraine to get to the point where it has to negotiate with Russia."
    found = predicted(text)
    assert not any(source == "USA" for _, source, _, _ in found)
    assert all(mode == "hypothetical" for _, _, _, mode in found)


def test_events56_a_hoped_for_degree_is_the_reacher_s_wished_act() -> None:
    text = "Macron hopes Iran gets to the point where it negotiates with the Saudis."
    assert ("CONSULT", "IRN", "SAU", "hypothetical") in predicted(text)


@pytest.mark.parametrize(("text", "row"), [
    ("Putin came to the point where he had to bargain with the Chinese.", ("CONSULT", "RUS", "CHN", "asserted")),
    ("Trump hopes Putin does not get to the stage where Moscow needs to barter with the Chinese.",
     ("CONSULT", "RUS", "CHN", "negated")),
])
def test_events56_degrees_of_round_54_stay(text: str, row: tuple[str, str, str, str]) -> None:
    assert row in predicted(text)


def test_events56_negotiating_with_someone_is_a_negotiation() -> None:
    found = triples("Georgia has to negotiate with Armenia about the border crossings.")
    assert ("CONSULT", "GEO", "ARM") in found
    assert not any(event == "SUPPORT" for event, _, _ in found)


def test_events56_a_deal_reached_stays_an_agreement() -> None:
    assert ("AGREE", "RUS", "CHN") in triples("Russia and China reached a deal on gas supplies.")


# --- the round's gold ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["events_real56.jsonl", "events_real56_heldout.jsonl"])
def test_events56_gold_form(name: str) -> None:
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
        assert item["end"] <= len(data.decode("utf-8"))


def test_events56_held_out_by_document() -> None:
    gold = ROOT / "tests" / "gold"
    dev = {json.loads(x)["path"] for x in (gold / "events_real56.jsonl").read_text().splitlines() if x}
    held = {json.loads(x)["path"] for x in (gold / "events_real56_heldout.jsonl").read_text().splitlines() if x}
    assert dev and held and not dev & held
