"""Attributions, round 91: shapes of the development errors on round 91's gold (sentences written for the test, not
taken from any article, the names invented). The rule tests fail on main; the guards pass on both."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.attribution_rows import content_text as _content
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


def test_a_false_break_after_us_keeps_the_whole_sentence() -> None:
    t, rows = _rows(HEAD + "The scheme, covering ferries and barges, complements rules agreed in May between the two "
                    "port boards to make harbour pilots in the U.S. And Britain bound by one licence, the proposal "
                    "said.\n")
    said = [a for a in rows if _cue(t, a) == "said"]
    assert len(said) == 1 and _content(t, said[0]).startswith("The scheme, covering ferries"), rows
    assert said[0].source_type == "report", rows
    assert len(rows) == 1, rows


def test_a_document_tail_after_a_false_break_is_a_record() -> None:
    t, rows = _rows(HEAD + "The only permits counted are those issued by U.S. And Norland Boards or, in the U.S., "
                    "By county harbour offices, the proposals showed.\n")
    showed = [a for a in rows if _cue(t, a) == "showed"]
    assert len(showed) == 1 and _speaker(t, showed[0]) == "the proposals", rows
    assert _content(t, showed[0]).startswith("The only permits counted"), rows
    assert showed[0].source_type == "report", rows


def test_a_plain_document_tail_is_left_to_the_passes_before() -> None:
    # guard: no false break, the record main makes stays as it was
    t, rows = _rows(HEAD + "Pilots will need one licence from next year, the proposals showed.\n")
    showed = [a for a in rows if _cue(t, a) == "showed"]
    assert len(showed) <= 1, rows


def test_served_notice_is_a_record_of_the_subject() -> None:
    t, rows = _rows(HEAD + "But dock union chiefs served formal notice they would fight to protect the wages "
                    "of their members, raising the prospect of a long strike.\n")
    notice = [a for a in rows if _cue(t, a) and "notice" in (_cue(t, a) or "")]
    assert len(notice) == 1 and _speaker(t, notice[0]) == "dock union chiefs", rows
    assert _content(t, notice[0]).startswith("they would fight"), rows
    assert notice[0].source_type == "anonymous", rows
    assert not [a for a in rows if _cue(t, a) in ("fight", "raising")], rows


def test_a_group_contacted_by_reuters_is_no_news_agency() -> None:
    t, rows = _rows(HEAD + "And port economists contacted by Reuters said they expected the tolls to rise in the "
                    "autumn.\n")
    said = [a for a in rows if _cue(t, a) == "said"]
    assert said and said[0].source_type == "anonymous" and said[0].source_country is None, rows


def test_a_proposal_speaks_as_a_report_and_it_after_it() -> None:
    t, rows = _rows(HEAD + "The Eastport Harbour Board and the Westland Pilots Office have agreed new tolls, the "
                    "Eastport Harbour Board said.\n\nThe draft rules favour small boats, the proposal said.\n\n"
                    "It said no final decision had been taken.\n")
    prop = [a for a in rows if _speaker(t, a) == "the proposal"]
    it = [a for a in rows if _speaker(t, a) == "It"]
    assert prop and prop[0].source_type == "report", rows
    assert it and it[0].source_type == "report" and not it[0].named, rows


def test_two_countries_named_together_are_governments() -> None:
    t, rows = _rows(HEAD + "Under the accord, Japan and West Germany agreed to lower their harbour tolls.\n")
    agreed = [a for a in rows if _speaker(t, a) == "Japan and West Germany"]
    assert agreed and agreed[0].source_type == "government" and agreed[0].source_country is None, rows


def test_fronted_adverbials_leave_the_speaker() -> None:
    t, rows = _rows(HEAD + "In addition, in April, U.S. officials meeting with several large harbour boards in Oslo "
                    "agreed that the tolls had risen enough and that fees should be held at about current levels.\n")
    agreed = [a for a in rows if _cue(t, a) == "agreed"]
    assert agreed and (_speaker(t, agreed[0]) or "").startswith("U.S. officials"), rows
    assert agreed[0].source_type == "government" and agreed[0].source_country == "US", rows


def test_a_senate_committee_is_government() -> None:
    t, rows = _rows(HEAD + "The Senate Harbour Committee has called for a toll of nearly two dlrs a tonne.\n")
    called = [a for a in rows if _speaker(t, a) == "The Senate Harbour Committee"]
    assert called and called[0].source_type == "government", rows


def test_a_demonym_before_a_ministers_title_gives_the_country() -> None:
    t, rows = _rows(HEAD + "The talks were held between Norwegian minister of fisheries Arne Dalsvik and a delegation "
                    "from the islands.\n\nDalsvik said the quota would be decided after a survey.\n")
    dal = [a for a in rows if _speaker(t, a) == "Dalsvik"]
    assert dal and dal[0].source_type == "government" and dal[0].source_country == "NO", rows


def test_government_supporters_are_not_the_government() -> None:
    t, rows = _rows(HEAD + "But with tolls still rising, government supporters and some harbour analysts said they "
                    "were confident the board could resist the pilots' demands.\n")
    said = [a for a in rows if _cue(t, a) == "said"]
    assert said and said[0].source_type == "anonymous" and said[0].source_country is None, rows


@pytest.mark.parametrize("name", [f"{layer}_real91{part}.jsonl" for layer in ("attributions", "sources")
                                  for part in ("", "_heldout")])
def test_round91_gold_files_name_their_articles(name: str) -> None:
    assert_gold_names_its_articles(name)


SOURCE_GOLDS = [ROOT / "tests/gold/sources_real91.jsonl", ROOT / "tests/gold/sources_real91_heldout.jsonl"]


def test_round91_source_gold_is_well_formed_and_new() -> None:
    assert_fresh_gold_form(SOURCE_GOLDS, "real91", 8, extra_keys=frozenset({"sha256"}),
                           prefixes=("../wekareuters/",))


def test_round91_source_gold_anchors_found_and_files_unchanged() -> None:
    if not (SHARED / "../wekareuters/train").is_dir():
        pytest.skip("wekareuters articles missing (events71's unpacking, /work/wekareuters)")
    assert_anchors_found(SOURCE_GOLDS)
    assert_articles_unchanged(SOURCE_GOLDS)
