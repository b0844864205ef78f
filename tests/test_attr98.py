"""Attributions, round 98: shapes of the development errors on round 98's gold (1987 wire stories on trade policy,
commodity boards and companies). Sentences written for the test, not taken from any article, the names invented.
The rule tests fail on main; the guards pass on both."""

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
HEAD = "HARBOUR NEWS\n\n"

BOARD = ("RICE PRICES LOWER AT ACCRA SALE\n\n"
         "Rice prices fell at this week's sale for every grade but the long grain, the Rice Board of Ghana "
         "said.\n\n"
         "The board said it put up 4,000 bags and sold 3,100.\n\n"
         "The board will offer 4,000 bags at its next sale on May 3.\n")


def test_a_country_s_commodity_board_is_its_government() -> None:
    t, rows = _rows(BOARD)
    first = [a for a in rows if _speaker(t, a) == "the Rice Board of Ghana"]
    assert first and first[0].source_type == "government" and first[0].source_country == "GH", rows
    bare = [a for a in rows if _speaker(t, a) == "The board" and _cue(t, a) == "said"]
    assert bare and bare[0].speaker_name == "Rice Board of Ghana" and bare[0].named, rows
    assert bare[0].source_country == "GH" and bare[0].source_type == "government", rows


def test_goods_offered_are_no_report() -> None:
    t, rows = _rows(BOARD)
    assert not [a for a in rows if (_cue(t, a) or "").startswith("offer")], rows


TRADE = (HEAD + "Maria Vell, assistant trade representative, told Reuters the talks were meant to settle the plan. "
         "Asked about a reply, she said \"it is better to wait.\"\n\n"
         "U.S. trade representative Tom Harlan warned that a new row would follow if the tax went ahead.\n")


def test_a_trade_representative_is_an_official_of_the_country() -> None:
    t, rows = _rows(TRADE)
    vell = [a for a in rows if "Vell" in (_speaker(t, a) or "")]
    assert vell and vell[0].source_type == "government" and vell[0].source_country == "US", rows
    harlan = [a for a in rows if "Harlan" in (_speaker(t, a) or "")]
    assert harlan and harlan[0].source_type == "government", rows
    she = [a for a in rows if _speaker(t, a) == "she"]
    assert she and she[0].source_type == "government" and she[0].source_country == "US", rows


OFFICIALS = (HEAD + "\"We are ready for this,\" said one U.S. farm official.\n\n"
             "\"It is too soon to say,\" said one farm official, adding that the talks had only begun.\n")


def test_an_unnamed_official_takes_the_country_of_the_same_official_before() -> None:
    t, rows = _rows(OFFICIALS)
    later = [a for a in rows if _speaker(t, a) == "one farm official"]
    assert later and all(a.source_type == "government" and a.source_country == "US" for a in later), rows


GROUP = ("DOCK FUND BIDDERS SURE OF MONEY\n\n"
         "The <Harbour Point Capital L.P.> group said it is sure the money can be found.\n\n"
         "The group said it has met several banks this week.\n\n"
         "The Harbour Point group said some of the banks were keen to lend.\n")


def test_a_named_group_and_its_shorter_forms_are_named() -> None:
    t, rows = _rows(GROUP)
    groups = [a for a in rows if "group" in (_speaker(t, a) or "")]
    assert len(groups) == 3, rows
    assert all(a.named and a.speaker_name == "Harbour Point Capital L.P." for a in groups), rows


def test_guard_a_speaker_s_nested_aside_is_kept() -> None:
    """PolNeAR marks "which he said" inside a speaker's content: round 98's pass does not drop it."""
    t, rows = _rows(HEAD + "Former Treasury official Ann Corrow said a new plan is needed to replace the old "
                           "systems which she said had failed.\n")
    assert [a for a in rows if "Corrow" in (_speaker(t, a) or "")], rows
    assert [a for a in rows if _speaker(t, a) == "she"], rows


def test_guard_a_board_of_directors_and_an_unnamed_board_are_left() -> None:
    t, rows = _rows(HEAD + "The board of directors said the offer was too low. The board said it would meet "
                           "again in June.\n")
    boards = [a for a in rows if (_speaker(t, a) or "").lower().startswith("the board")]
    assert boards and all(a.source_type != "government" for a in boards), rows


def test_guard_an_offer_of_a_plan_is_left() -> None:
    t, rows = _rows(HEAD + "Officials offered no reason for the delay. Martin Dorne said the plan was sound.\n")
    assert [a for a in rows if _cue(t, a) == "said"], rows


@pytest.mark.parametrize("name", [f"{layer}_real98{part}.jsonl" for layer in ("attributions", "sources")
                                  for part in ("", "_heldout")])
def test_round98_gold_files_name_their_articles(name: str) -> None:
    assert_gold_names_its_articles(name)


SOURCE_GOLDS = [ROOT / "tests/gold/sources_real98.jsonl", ROOT / "tests/gold/sources_real98_heldout.jsonl"]


def test_round98_source_gold_is_well_formed_and_new() -> None:
    assert_fresh_gold_form(SOURCE_GOLDS, "real98", 8, extra_keys=frozenset({"sha256"}),
                           prefixes=("../wekareuters/",))


def test_round98_source_gold_anchors_found_and_files_unchanged() -> None:
    if not (SHARED / "../wekareuters/train").is_dir():
        pytest.skip("wekareuters articles missing (events71's unpacking, /work/wekareuters)")
    assert_anchors_found(SOURCE_GOLDS)
    assert_articles_unchanged(SOURCE_GOLDS)
