"""Round 58 (issue 17): events on long Lee news articles (the Afghan war and Israel, late 2001): a fact
acknowledged and the dead honoured are no acts; an act "a matter of time" away is hypothetical and one someone
"failed to" do negated; suspended air raids de-escalate; telling an actor to do something is a demand; "X was
behind the attacks" is an accusation; talks "after talks with X" a consultation; someone who "faces counts" is
charged; attack nouns with a relative clause of force name their victim; the venue of an agreement a group
reached is no party to it. The draw's optional cut that keeps
"U.S." and "Sept." inside a sentence. The round's gold (`tests/gold/events_real58*.jsonl`) is checked for form here;
its articles are not stored.

Every sentence here was written for these tests; none is from the development gold or the articles read.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

import pytest

from tests.event_predictions import predicted, triples

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TYPES = {"AGREE", "ASSAULT", "COERCE", "CONSULT", "DEMAND", "DISAPPROVE", "FIGHT", "RETREAT", "SUPPORT",
         "THREATEN"}


# --- no acts: a fact acknowledged, the dead honoured -------------------------------------------------------------

def test_events58_acknowledging_a_fact_is_no_support() -> None:
    text = ("Worn out by a week of tense bargaining, the UN mediator recognised the deal was far from ideal, and that "
            "its parties did not speak for all Syrians.")
    assert not any(event == "SUPPORT" for event, _, _ in triples(text))


def test_events58_recognising_a_state_stays_an_event() -> None:
    assert triples("Russia recognised the independence of Abkhazia in a decree on Tuesday.")


def test_events58_honouring_the_dead_is_no_event() -> None:
    text = ("At 9:15am Paris time, the moment a truck bomb tore into the embassy, services in Paris, London and "
            "across Europe honoured some 200 people killed that day.")
    assert triples(text) == set()


def test_events58_vowing_never_to_forget_is_no_intent() -> None:
    text = "The Japanese Defence Minister vowed never to forget the 40 soldiers who died at the base."
    assert triples(text) == set()


def test_events58_a_vow_to_help_stays_an_intent() -> None:
    assert ("AGREE", "JPN", "KOR") in triples("The Japanese Defence Minister vowed to help South Korea.")


# --- modes ---------------------------------------------------------------------------------------------------------

def test_events58_failing_to_surrender_is_no_surrender() -> None:
    found = predicted("Israeli jets struck the camp after Hamas fighters failed to surrender.")
    assert ("ASSAULT", "ISR", "PSE", "asserted") in found
    assert all(mode == "negated" for event, _, _, mode in found if event == "RETREAT")
    assert any(event == "RETREAT" for event, _, _, _ in found)


@pytest.mark.parametrize("text", [
    "Mr Putin expressed confidence it was only a matter of time before Russia captures the man accused of the blast.",
    "The President said it was only a matter time before Russia captures the man accused of organising the blast.",
])
def test_events58_a_matter_of_time_is_not_done(text: str) -> None:
    found = predicted(text)
    assert found and all(mode == "hypothetical" for _, _, _, mode in found)


# --- raids suspended -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "French jets halted their air strikes on the advice of a tribal chief whose men were combing the hills.",
    "Russian jets suspended their night raids after a plea from a village elder.",
])
def test_events58_suspended_raids_are_a_retreat(text: str) -> None:
    found = triples(text)
    assert any(event == "RETREAT" for event, _, _ in found)
    assert not any(event in ("SANCTION", "CONCEDE") for event, _, _ in found)


@pytest.mark.parametrize("text", [
    "Russian warplanes did not suspend their raids on Idlib.",
    "Pakistan demanded that the United States stop its drone strikes in Waziristan.",
    "Egypt asked the Security Council to order Israel to halt its offensive in Gaza.",
])
def test_events58_raids_not_halted_are_no_retreat(text: str) -> None:
    assert not any(event == "RETREAT" for event, _, _ in triples(text))


# --- telling to do, "was behind", talks, charges, strikes that ... -------------------------------------------------

def test_events58_telling_an_actor_to_act_is_a_demand() -> None:
    text = "At a summit in Rome, the Chinese Foreign Minister told Pakistan to prepare for more floods this year."
    assert ("REQUEST", "CHN", "PAK") in triples(text)


def test_events58_telling_an_actor_a_fact_is_no_demand() -> None:
    text = "The Chinese Foreign Minister told Pakistan that the floods this year would be worse."
    assert not any(event == "REQUEST" for event, _, _ in triples(text))


def test_events58_behind_the_attacks_is_an_accusation() -> None:
    assert ("ACCUSE", "RUS", "UKR") in triples("The Kremlin says the footage proves the Ukrainian government was "
                                               "behind the sabotage.")
    assert ("ACCUSE", "JPN", "PRK") in triples("The Japanese Government says the video shows Kim Jong Un was "
                                               "clearly behind the attacks.")


def test_events58_not_behind_the_attacks_is_no_accusation() -> None:
    text = "The Japanese Government says the video shows Kim Jong Un was not behind the attacks."
    assert not any(event == "ACCUSE" for event, _, _ in triples(text))


def test_events58_after_talks_with_two_sides_is_a_consultation_with_each() -> None:
    text = ("EU foreign ministers issued a stern statement after talks in Luxembourg with the Israeli Foreign "
            "Minister and the Palestinian Prime Minister.")
    found = {(event, target) for event, _, target in triples(text)}
    assert {("CONSULT", "ISR"), ("CONSULT", "PSE")} <= found


def test_events58_facing_counts_is_a_charge_by_the_reporter_s_state() -> None:
    text = ("Smith, a British citizen, faces four counts in connection with the bombing in Madrid, the US Attorney "
            "General said.")
    assert ("COERCE", "USA", "GBR") in triples(text)


def test_events58_strikes_that_dislodged_an_actor_attacked_it() -> None:
    text = ("The bombing is the reason for fierce Russian air raids that have dislodged the Taliban from most of "
            "the country.")
    assert ("ASSAULT", "RUS", "AFG") in triples(text)


# --- an agreement reached at a venue ------------------------------------------------------------------------------

def test_events58_the_venue_of_an_agreement_is_no_party() -> None:
    text = "Rival Libyan factions meeting in Geneva have reached an agreement on a unity government after nine days."
    found = triples(text)
    assert ("AGREE", "LBY", "LBY") in found
    assert not any(target == "CHE" for _, _, target in found)


@pytest.mark.parametrize(("text", "row"), [
    ("Libya reached an agreement with Italy in Rome on migrants.", ("AGREE", "LBY", "ITA")),
    ("Russia and China reached a deal on gas supplies.", ("AGREE", "RUS", "CHN")),
])
def test_events58_an_agreement_with_a_named_party_stays(text: str, row: tuple[str, str, str]) -> None:
    assert row in triples(text)


# --- the draw's cut ------------------------------------------------------------------------------------------------

def _draw36():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("events36_draw", ROOT / "scripts" / "events36" / "draw.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_events58_the_draw_keeps_abbreviations_when_asked() -> None:
    draw = _draw36()
    text = "The U.S. Senate met on Sept. 12 with Mr. Smith. The House did not."
    assert len(draw.sentences(text)) == 5  # round 36's cut, unchanged by default
    cut = draw.sentences(text, abbreviations=True)
    assert [text[s:e] for s, e in cut] == ["The U.S. Senate met on Sept. 12 with Mr. Smith.", "The House did not."]


# --- the round's gold ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["events_real58.jsonl", "events_real58_heldout.jsonl"])
def test_events58_gold_form(name: str) -> None:
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


def test_events58_held_out_by_document() -> None:
    gold = ROOT / "tests" / "gold"
    dev = {json.loads(x)["path"] for x in (gold / "events_real58.jsonl").read_text().splitlines() if x}
    held = {json.loads(x)["path"] for x in (gold / "events_real58_heldout.jsonl").read_text().splitlines() if x}
    assert dev and held and not dev & held
