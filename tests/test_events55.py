"""Round 55 (issue 17), from the real-news events gold on Lee news sentences (tests/gold/events_real55.jsonl, ABC
Australia's news wire): business figures that "sank" or firms that "failed to hit" targets are no attacks, an
abstract subject "threatening to" spoil something is a risk, "spoiling for a fight" an eagerness, job cuts and
launched bids no sanctions, a scrapped registration system no act against anyone, "defended itself" no support;
"criticism of its ties with countries like Y" criticises the subject; money paid to an actor and its members
harboured are aid.

Every sentence here was written for these tests; none is from the development gold or the articles read.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.event_predictions import predicted, triples

ROOT = Path(__file__).resolve().parents[1]


# --- business figures and figures of speech are no attacks --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Japan's biggest carmaker failed to hit its projected sales growth targets this year.",
    "Toyota's annual profit sank 30 per cent last year.",
])
def test_events55_a_business_figure_is_no_attack(text: str) -> None:
    assert not [e for e in predicted(text) if e[0] in ("ASSAULT", "FIGHT")]


def test_events55_a_risk_threatening_to_spoil_is_no_threat() -> None:
    text = "The absence of the French President was threatening to spoil the conference."
    assert not [e for e in predicted(text) if e[0] in ("THREATEN", "ASSAULT", "FIGHT")]


def test_events55_spoiling_for_a_fight_is_no_fight() -> None:
    found = predicted("The US Congress is spoiling for a fight with Iran.")
    assert not [e for e in found if e[0] in ("ASSAULT", "FIGHT")]


def test_events55_job_cuts_are_no_sanction_or_threat() -> None:
    text = "Australia's largest airline said it plans to cut 3,000 jobs."
    assert not [e for e in predicted(text) if e[0] in ("SANCTION", "THREATEN")]


def test_events55_a_launched_bid_is_no_sanction() -> None:
    text = "Senator Jones has launched a bid to save the Liberal Party from a rift that threatens to wreck the party."
    assert not [e for e in predicted(text) if e[0] == "SANCTION"]


def test_events55_a_scrapped_registration_system_is_no_act() -> None:
    text = ("Tokyo has abruptly withdrawn a new licence plate system after motorists showed a liking for emblems of "
            "American power such as the CIA.")
    assert not [e for e in predicted(text) if e[2] == "USA"]


def test_events55_held_ground_is_no_cooperation() -> None:
    text = ("Officers in Iraq told the Times that the rebel group is keeping hostages in several towns it controls "
            "near the Turkish border.")
    assert not [e for e in predicted(text) if e[0] == "COOPERATE"]


# --- the criticised of "criticism of its ties" ---------------------------------------------------------------------

def test_events55_criticism_of_its_ties_criticises_the_subject() -> None:
    found = predicted("Russia defended itself against French criticism of its trade with countries like Syria.")
    triples_ = {(e, s, t) for e, s, t, _ in found}
    assert ("ACCUSE", "FRA", "RUS") in triples_
    assert ("ACCUSE", "FRA", "SYR") not in triples_
    assert not [e for e in found if e[0] == "SUPPORT"]  # defending itself supports no one


def test_events55_criticism_of_a_named_country_keeps_it() -> None:
    # guard: no "its" pronoun, the criticised is the one named
    assert ("ACCUSE", "FRA", "SYR") in triples("Russia defended itself against French criticism of Syria's government.")


# --- aid paid and members harboured ------------------------------------------------------------------------------

def test_events55_money_paid_to_a_group_is_aid() -> None:
    assert ("AID", "PAK", "AFG") in triples("Officials of the Pakistani government paid $3 million to the Taliban "
                                            "for a truce.")


def test_events55_harbouring_a_groups_members_is_aid() -> None:
    text = "The Pakistani army is harbouring about 200 Taliban fighters in villages along the border."
    assert ("AID", "PAK", "AFG") in triples(text)


def test_events55_paying_tribute_is_no_aid() -> None:
    # guard: no money paid
    assert not [e for e in predicted("Iran paid tribute to the Iraqi soldiers.") if e[0] == "AID"]


# --- a court's rejected appeal, its appellant no actor ---------------------------------------------------------------

def test_events55_a_rejected_appeal_of_no_actor_is_domestic() -> None:
    text = ("A court in southern Pakistan rejected an appeal on Monday by a Christian woman sentenced to death for "
            "blasphemy.")
    found = triples(text)
    assert ("REJECT", "PAK", "PAK") in found
    assert ("ACCUSE", "PAK", "PAK") in found  # the appeal, legal action (round 54)
    assert ("COERCE", "PAK", "PAK") in found  # the sentence she appealed


def test_events55_the_appellant_hung_on_the_verb_is_read_too() -> None:
    # the parser hangs "by a farmer" on "rejected" after a time word
    text = "A provincial court in Pakistan rejected an appeal yesterday by a farmer jailed for life for murder."
    assert ("COERCE", "PAK", "PAK") in triples(text)


def test_events55_an_ignored_plea_is_no_court_appeal() -> None:
    # guard: no court, no sentence: a plea ignored is no legal action
    found = predicted("The President of France is sure to reject this heartfelt appeal from the striking nurses.")
    assert not [e for e in found if e[0] in ("ACCUSE", "DISAPPROVE", "COERCE")]


def test_events55_a_rejected_appeal_of_a_named_actor_keeps_it() -> None:
    # guard: the appellant names an actor
    found = triples("The Supreme Court of Pakistan rejected an appeal by the Indian government.")
    assert ("REJECT", "PAK", "IND") in found
    assert ("REJECT", "PAK", "PAK") not in found


# --- guards: real attacks, aid cuts and withdrawals stay ------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Russian missiles hit targets in Kyiv on Monday.", ("ASSAULT", "RUS", "UKR")),
    ("Russia cut its aid to Syria.", ("SANCTION", "RUS", "SYR")),
    ("Israel withdrew its troops from Gaza.", ("RETREAT", "ISR", "PSE")),
])
def test_events55_guards(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text)


# --- the gold's form ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["events_real55.jsonl", "events_real55_heldout.jsonl"])
def test_events55_gold_form(name: str) -> None:
    """The round's gold names Lee articles by path (relative to ../shared), sha256 and offsets only (no text)."""
    lines = [json.loads(x) for x in (ROOT / "tests" / "gold" / name).read_text(encoding="utf-8").splitlines() if x]
    assert lines
    for item in lines:
        assert set(item) == {"id", "path", "sha256", "start", "end", "events"}
        assert item["path"].startswith("../lee/test/lee_t_")
        assert len(item["sha256"]) == 64 and 0 <= item["start"] < item["end"]
        for e in item["events"]:
            assert e["source"] and all(len(c) == 3 for c in e["source"] + e["target"])


def test_events55_gold_halves_are_disjoint_by_document() -> None:
    gold = ROOT / "tests" / "gold"
    dev = {json.loads(x)["path"] for x in (gold / "events_real55.jsonl").read_text().splitlines() if x}
    held = {json.loads(x)["path"] for x in (gold / "events_real55_heldout.jsonl").read_text().splitlines() if x}
    assert dev and held and not dev & held
