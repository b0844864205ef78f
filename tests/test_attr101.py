"""Attributions, round 101: shapes of the development errors on round 101's gold (1987 wire stories on companies,
markets and a congressional committee) and of the news pages' generational suffixes. Sentences written for the
test, not taken from any article, the names invented. The rule tests fail on main; the guards pass on both."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.attribution_rows import cue_text as _cue
from tests.attribution_rows import records as _rows
from tests.attribution_rows import speaker_text as _speaker
from tests.sources_gold import (
    assert_anchors_found,
    assert_articles_unchanged,
    assert_fresh_gold_form,
    assert_gold_names_its_articles,
)

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

SUFFIX = ("BRAMLEY <BRM> SEES HIGHER SALES\n\n"
          "Bramley Tools Corp chairman Peter Holm Jr repeated the company's goal for the year. He said the spring "
          "orders were in line with it.\n")


def test_a_generational_suffix_stays_in_the_name() -> None:
    t, rows = _rows(SUFFIX)
    holm = [a for a in rows if "Holm" in (_speaker(t, a) or "") or _speaker(t, a) == "He"]
    assert len(holm) == 2 and all(a.speaker_name == "Peter Holm Jr" for a in holm), rows


def test_a_surname_takes_the_full_name_with_its_suffix() -> None:
    text = ("Scholars weigh the new rules\n\n"
            "The historian Walter B. Anselm III has studied the order for years. \"It was never about safety,\" "
            "Mr. Anselm said.\n")
    t, rows = _rows(text)
    anselm = [a for a in rows if _speaker(t, a) == "Mr. Anselm"]
    assert anselm and anselm[0].speaker_name == "Walter B. Anselm III", rows


def test_guard_a_father_and_his_son_keep_their_names() -> None:
    text = ("Family business at the fair\n\n"
            "Harold Venn said the stand would open on Friday. Harold Venn Jr. said the family would sell tools.\n")
    t, rows = _rows(text)
    father = [a for a in rows if _speaker(t, a) == "Harold Venn"]
    assert father and father[0].speaker_name == "Harold Venn", rows


UNIT = ("CALDER <CLD> UNIT SEES LOSS\n\n"
        "Calder Corp's R.T. Morrow and Co unit said it sees a loss for the year, mainly due to costs of "
        "new plants.\n")


def test_and_co_is_one_company() -> None:
    t, rows = _rows(UNIT)
    unit = [a for a in rows if _cue(t, a) == "said"]
    assert len(unit) == 1 and not unit[0].sources, rows
    assert unit[0].speaker_name == "R.T. Morrow and Co" and unit[0].source_type == "organization", rows


DEALER = ("NO RATE MOVE SEEN IN OSLO\n\n"
          "The central bank will leave its rates alone this week, money market dealers said.\n\n"
          "\"I would be surprised if the bank moved before the budget,\" one dealer said.\n\n"
          "\"They would rather wait for the wage round,\" he added.\n")


def test_a_pronoun_after_an_unnamed_dealer_is_anonymous() -> None:
    t, rows = _rows(DEALER)
    he = [a for a in rows if _speaker(t, a) == "he"]
    assert he and he[0].source_type == "anonymous" and not he[0].named, rows


STAFF = ("SENATE PANEL BACKS PORT FUND\n\n"
         "The Senate Commerce Committee has voted for a shift of the harbour fund to the Transportation "
         "Secretary.\n\n"
         "The committee also voted for firm limits on the fund's loans.\n\n"
         "The aim of the plan is to improve port management, a staff member of the panel told Reuters.\n\n"
         "\"The ports will do better with one owner,\" said the staffer.\n\n"
         "The staffer said that under the plan the Transportation Secretary would decide on every new loan.\n\n"
         "The administration has asked for a smaller fund.\n\n"
         "He said three offices now shared the work.\n\n"
         "The panel wanted a single manager, he said.\n")


def test_a_vote_for_measures_is_no_report() -> None:
    t, rows = _rows(STAFF)
    assert not [a for a in rows if "voted" in (_cue(t, a) or "")], rows


def test_a_closing_role_phrase_told_reuters_is_a_record() -> None:
    t, rows = _rows(STAFF)
    staff = [a for a in rows if _speaker(t, a) == "a staff member of the panel"]
    assert staff and _cue(t, staff[0]) == "told", rows
    assert t[staff[0].content.start:staff[0].content.end].startswith("The aim of the plan"), rows


def test_congressional_committee_staff_speak_as_politicians() -> None:
    t, rows = _rows(STAFF)
    staffer = [a for a in rows if (_speaker(t, a) or "").lower() in ("the staffer", "a staff member of the panel")]
    assert len(staffer) == 3 and all(a.source_type == "politician" and a.source_country == "US" for a in staffer), \
        rows


def test_he_after_the_staffer_is_the_staffer() -> None:
    t, rows = _rows(STAFF)
    he = [a for a in rows if (_speaker(t, a) or "").lower() == "he"]
    assert len(he) == 2 and all(a.speaker_name == "staffer" and a.source_type == "politician" for a in he), rows


def test_guard_he_after_a_named_official_stays_his() -> None:
    text = ("PORT TALKS GO ON\n\n"
            "A spokesman for the union said the talks would go on. Transport Secretary Alan Breck said the "
            "offer was fair.\n\n"
            "He said the ports would stay open.\n")
    t, rows = _rows(text)
    he = [a for a in rows if _speaker(t, a) == "He"]
    assert he and he[0].speaker_name == "Alan Breck", rows


def test_guard_a_vote_to_act_is_left() -> None:
    t, rows = _rows("LEAGUE VOTE\n\nThe league said on Monday it would raise fees for every club next year.\n")
    assert [a for a in rows if _cue(t, a) == "said"], rows


@pytest.mark.parametrize("name", [f"{layer}_real101{part}.jsonl" for layer in ("attributions", "sources")
                                  for part in ("", "_heldout")])
def test_round101_gold_files_name_their_articles(name: str) -> None:
    assert_gold_names_its_articles(name)


SOURCE_GOLDS = [ROOT / "tests/gold/sources_real101.jsonl", ROOT / "tests/gold/sources_real101_heldout.jsonl"]


def test_round101_source_gold_is_well_formed_and_new() -> None:
    assert_fresh_gold_form(SOURCE_GOLDS, "real101", 10, extra_keys=frozenset({"sha256"}),
                           prefixes=("../wekareuters/",))


def test_round101_source_gold_anchors_found_and_files_unchanged() -> None:
    if not (SHARED / "../wekareuters/train").is_dir():
        pytest.skip("wekareuters articles missing (events71's unpacking, /work/wekareuters)")
    assert_anchors_found(SOURCE_GOLDS)
    assert_articles_unchanged(SOURCE_GOLDS)


def test_guard_a_pronoun_resolved_to_a_named_person_is_left() -> None:
    text = ("Bridge to close\n\n"
            "The bridge will close for a month, a spokesman for Mayor Tom Reed said on Monday.\n\n"
            "He said the city would pay for the work.\n")
    t, rows = _rows(text)
    he = [a for a in rows if _speaker(t, a) == "He"]
    assert he and he[0].speaker_name == "Tom Reed" and he[0].named, rows


def test_guard_an_analyst_with_a_firm_and_co_stays_the_analyst() -> None:
    text = ("BANK SHARES FALL\n\n"
            "The bank's shares will stay weak until its loans are sold, said Helen Marsh, an analyst with Cole, Dunn "
            "and Co.\n")
    t, rows = _rows(text)
    marsh = [a for a in rows if "Marsh" in (_speaker(t, a) or "")]
    assert marsh and "and Co" not in (marsh[0].speaker_name or ""), rows
