"""Round 72 (issue 17, twelve 1987 Reuters trade-policy wire stories from branch news52's wekareuters texts): a call
for an end to something is a demand; an act hung on "no indications" does not happen; tonnes of goods released are
no release to a side; a listed country visited is no visitor; a charge is aimed at its "that" clause's subject.
The round's gold (`tests/gold/events_real72*.jsonl`) is checked for form here; its articles are not stored.

Every sentence here was written for these tests; none is from the development gold or the articles read.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.event_predictions import triples

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

# --- a call for an end -------------------------------------------------------------------------------------------

def test_events72_call_for_an_end_is_a_demand() -> None:
    got = triples("Norway blamed Britain for the dumping and called for an end to Britain's fishing exemption.")
    assert ("REQUEST", "NOR", "GBR") in got
    assert not any(e == "SUPPORT" for e, _, _ in got)


# --- no indications ------------------------------------------------------------------------------------------------

def test_events72_no_indication_that_they_would_push_is_no_event() -> None:
    text = ("Kowalski said he has seen no indications from Polish government officials that they would press for a "
            "renewal of the treaty.")
    assert not any(e in ("REQUEST", "DEMAND") for e, _, _ in triples(text))


# --- goods released ------------------------------------------------------------------------------------------------

def test_events72_tonnes_released_are_no_retreat() -> None:
    text = "In March the United States released about 3,000 tonnes of copper to three smelting firms."
    assert not any(e in ("RETREAT", "CONCEDE") for e, _, _ in triples(text))


# --- a visited list ------------------------------------------------------------------------------------------------

def test_events72_listed_countries_visit_no_one() -> None:
    text = "The plan would require envoys within a year to visit five countries: Chile, Peru, Ghana, Kenya and Laos."
    assert not any(e == "CONSULT" and s in ("PER", "CHL", "GHA", "KEN", "LAO") for e, s, _ in triples(text))


def test_events72_guard_a_state_visiting_keeps_its_meeting() -> None:
    assert any(e == "CONSULT" and s == "FRA" for e, s, _ in triples("France visited Chile and Peru last week."))


# --- a charge's "that" clause --------------------------------------------------------------------------------------

def test_events72_charge_aimed_at_the_that_clause_subject() -> None:
    text = ("The Swedish government charged during the Council debate that Norway was trying to keep local jobs by "
            "insisting that cod be processed at home.")
    assert any(e in ("ACCUSE", "DISAPPROVE") and s == "SWE" and t == "NOR" for e, s, t in triples(text))


# --- the gold's form -----------------------------------------------------------------------------------------------

# The files' form is checked with events_real71's in tests/test_events71.py.


def test_events72_held_out_by_document() -> None:
    gold = ROOT / "tests" / "gold"
    dev = {json.loads(x)["path"] for x in (gold / "events_real72.jsonl").read_text().splitlines() if x}
    held = {json.loads(x)["path"] for x in (gold / "events_real72_heldout.jsonl").read_text().splitlines() if x}
    assert dev and held and not dev & held


# --- told a gathering ----------------------------------------------------------------------------------------------

def test_events72_told_the_meeting_is_no_consult() -> None:
    text = '"The Canadian quota rule is one of the worst gaps in the code," Lund told the meeting.'
    assert not any(e == "CONSULT" for e, _, _ in triples(text))


def test_events72_guard_told_a_meeting_of_an_actor_keeps_it() -> None:
    got = triples("Sweden told a meeting of NATO ministers that it would send troops.")
    assert any(e == "CONSULT" and s == "SWE" for e, s, _ in got)


# --- an all-capitals title of criticism ----------------------------------------------------------------------------

def test_events72_caps_title_attacking_rules_is_criticism() -> None:
    got = triples("NORWAY ATTACKS SWEDEN OVER FISH RULES")
    assert ("ACCUSE", "NOR", "SWE") in got
    assert not any(e in ("ASSAULT", "FIGHT") for e, _, _ in got)


def test_events72_caps_title_slams_is_criticism() -> None:
    assert ("ACCUSE", "NOR", "SWE") in triples("NORWAY SLAMS SWEDEN ON FISH")


def test_events72_guard_caps_title_attacking_platforms_is_no_criticism() -> None:
    assert not any(e == "ACCUSE" for e, _, _ in triples("IRAQ ATTACKS IRANIAN OIL PLATFORMS IN GULF"))


# --- a team that left for a capital --------------------------------------------------------------------------------

def test_events72_team_that_left_for_a_capital_visits_it() -> None:
    got = triples("The talks of a Swedish team that left for Oslo today made little progress.")
    assert ("CONSULT", "SWE", "NOR") in got


def test_events72_guard_team_that_left_for_its_own_capital_is_no_visit() -> None:
    assert not any(e == "CONSULT" for e, _, _ in triples("A Swedish team that left for Stockholm today was tired."))
