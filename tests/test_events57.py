"""Round 57 (issue 17): events on Lee news articles of 850-999 characters and the lead's leads: going on with one's
own plan (no attack), an agreement whose infinitive says what was agreed (AGREE), an attack on a vehicle carrying
people (aimed at them), two conjoined raids of two states (aimed at each other), hosting a summit at a date ahead
(AGREE, 036), helping someone make a weapon (AID, 072), setting up a body (no act), militant camps funded in a land
(no recipient), closing down the bodies of an actor (COERCE, 172), condemning a nationality's attack in an article,
"It was the third such raid" after an attack. The round's gold (`tests/gold/events_real57*.jsonl`) is
checked for form here; its articles are not stored.

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
TYPES = {"AGREE", "AID", "ASSAULT", "COERCE", "CONSULT", "COOPERATE", "DEMAND", "DISAPPROVE", "FIGHT", "REJECT",
         "SANCTION", "SUPPORT", "THREATEN"}


# --- going on with one's own plan; an agreement to do something -------------------------------------------------

def test_events57_pressing_on_with_a_plan_is_no_attack() -> None:
    text = "Canada is pressing on with its northern plan, with agreement last week to raise the number of " \
        "places in Chad."
    found = triples(text)
    assert not any(event in ("ASSAULT", "FIGHT") for event, _, _ in found)


def test_events57_an_agreement_to_do_something_is_agree() -> None:
    text = "Canada is pressing on with its northern plan, with agreement last week to raise the number of " \
        "places in Chad."
    found = triples(text)
    assert ("AGREE", "CAN", "TCD") in found
    assert not any(event == "COOPERATE" for event, _, _ in found)


# --- attacks: on a vehicle carrying people; two states' raids ----------------------------------------------------

def test_events57_an_ambush_on_a_bus_carrying_soldiers_is_aimed_at_them() -> None:
    text = "The curfew followed a Palestinian ambush on an army truck carrying Israeli soldiers near Hebron."
    assert ("ASSAULT", "PSE", "ISR") in triples(text)


def test_events57_two_states_raids_are_aimed_at_each_other() -> None:
    text = "The talks were overshadowed by frequent violence, such as Palestinian suicide bombings and harsh " \
        "Israeli air raids."
    found = triples(text)
    assert ("ASSAULT", "PSE", "ISR") in found
    assert ("FIGHT", "ISR", "PSE") in found


def test_events57_one_state_s_two_raids_are_not_aimed_at_each_other() -> None:
    text = "The town was battered by Syrian air raids and Syrian shelling for a week."
    assert all(target in ("SYR", None) for _, _, target in triples(text))


# --- hosting ahead -----------------------------------------------------------------------------------------------

def test_events57_co_hosting_a_conference_next_month_is_an_intent_to_meet() -> None:
    text = "Germany and France are co-hosting an international conference on migration in March."
    assert ("AGREE", "DEU", "FRA") in triples(text)


def test_events57_a_summit_hosted_in_the_past_stays_a_meeting() -> None:
    text = "Germany hosted the Polish president at a summit in Berlin in March."
    found = triples(text)
    assert ("CONSULT", "DEU", "POL") in found
    assert not any(event == "AGREE" for event, _, _ in found)


# --- helping make arms; setting up a body --------------------------------------------------------------------------

def test_events57_helping_a_group_build_a_weapon_is_military_aid() -> None:
    text = "A Pakistani engineer had set up a charity called Hope, after helping Osama bin Laden's group build a " \
        "chemical weapon."
    found = predicted(text)
    assert any(event == "AID" and source == "PAK" and target == "IMG" for event, source, target, _ in found)


def test_events57_setting_up_a_group_is_no_cooperation() -> None:
    text = "A Pakistani engineer had established a group called Hope, after helping Osama bin Laden's network " \
        "build a chemical weapon."
    assert not any(event == "COOPERATE" for event, _, _ in triples(text))


def test_events57_helping_farmers_build_a_school_is_no_military_aid() -> None:
    from spinscope.predict import predict_events

    text = "Indian volunteers helped Nepalese farmers build a school last year."
    out = next(iter(predict_events([{"id": "t", "text": text}])))
    assert not any(e["cameo"] == "072" for e in out["events"])


# --- funding militant camps in a land; closing down an actor's bodies ---------------------------------------------

def test_events57_militant_camps_funded_in_a_land_give_it_nothing() -> None:
    text = "The Saudi businessman funded training camps in Afghanistan for years."
    assert not any(target == "AFG" for _, _, target in triples(text))


def test_events57_closing_down_a_group_s_institutions_coerces_it() -> None:
    text = "Yasser Arafat swiftly closed down the institutions belonging to Islamic Jihad."
    assert ("COERCE", "PSE", "PSE") in triples(text)


def test_events57_a_demand_to_shut_down_an_inquiry_is_no_closing() -> None:
    text = "The senator urged the attorney general to shut down the FBI's inquiry into the donors."
    assert not any(event == "COERCE" for event, _, _ in triples(text))


# --- in an article: a condemned attack, "It was the third such raid" after an attack -----------------------------

ARTICLE = (
    "Israeli planes have struck the town of Jenin after a deadly raid on a settlement. Officials said two buildings "
    "were hit. Palestinian gunmen had earlier killed three Israelis in the raid. The Palestinian Authority had "
    "condemned the Palestinian attack on the settlement, in which three people died. The army said the strikes would "
    "go on. Residents said the town was quiet by evening."
)


def test_events57_a_condemned_attack_in_an_article_is_a_criticism_of_its_doer() -> None:
    found = predicted(ARTICLE)
    assert any(event in ("DISAPPROVE", "ACCUSE") and source == "PSE" and target == "PSE"
               for event, source, target, _ in found)


def test_events57_it_is_the_latest_in_a_series_tells_the_attack_again() -> None:
    text = "Israeli jets have again struck Palestinian targets in Gaza. It was the third such raid this week, aimed " \
        "at pushing the Palestinian Authority to act against militants."
    attacks = [x for x in predicted(text) if x[0] in ("ASSAULT", "FIGHT") and x[1:3] == ("ISR", "PSE")]
    assert len(attacks) == 2


def test_events57_the_series_sentence_alone_names_no_doer() -> None:
    text = "It was the third such raid this week, aimed at pushing the Palestinian Authority to act against militants."
    assert not any(source == "ISR" for _, source, _ in triples(text))


# --- a deed that names no accuser; a place put before a statement ----------------------------------------------

def test_events57_a_deed_s_victim_is_no_accuser() -> None:
    text = "He also linked a Kenyan militia to the attack on the Ugandan parliament last month."
    assert not any(event == "ACCUSE" and source == "UGA" for event, source, _ in triples(text))


def test_events57_the_one_who_links_accuses() -> None:
    text = "President Obama also linked a Kenyan militia to the attack on the Ugandan parliament last month."
    assert ("ACCUSE", "USA", "KEN") in triples(text)


def test_events57_where_a_statement_was_made_is_no_target() -> None:
    text = "In Geneva, the World Health Organization said it would cooperate with the incoming ministry."
    assert not any(target == "CHE" for _, _, target in triples(text))


def test_events57_a_target_named_in_the_statement_stays() -> None:
    text = "In Tokyo, the Chinese foreign minister said Beijing would work with Japan on trade."
    assert ("AGREE", "CHN", "JPN") in triples(text)


# --- the gold ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["events_real57.jsonl", "events_real57_heldout.jsonl"])
def test_events57_gold_form(name: str) -> None:
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


def test_events57_held_out_by_document() -> None:
    gold = ROOT / "tests" / "gold"
    dev = {json.loads(x)["path"] for x in (gold / "events_real57.jsonl").read_text().splitlines() if x}
    held = {json.loads(x)["path"] for x in (gold / "events_real57_heldout.jsonl").read_text().splitlines() if x}
    assert dev and held and not dev & held
