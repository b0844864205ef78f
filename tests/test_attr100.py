"""Attributions, round 100: shapes of the development errors on round 100's gold (1987 wire stories: a
congressional hearing, a British company, an agriculture secretary's aide, a commodity table, unnamed sources).
Sentences written for the test, not taken from any article, the names invented. The rule tests fail on main; the
guards pass on both."""

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

HEARING = ("BIRCH SEES GAINS AGAINST PRICE FIXING\n\n"
           "Federal Trade Commission chairman Alan Birch said gains were being made against price fixing, but the "
           "chairman of a House subcommittee on trade said he was worried about the rules.\n\n"
           "\"Prices are rising too fast for the buyers,\" Rep. Gary Holm, D-Ohio, said at a hearing.\n\n"
           "Birch said the commission had opened 40 cases in the past year.\n")


def test_us_legislators_and_a_federal_commission_are_of_the_us() -> None:
    t, rows = _rows(HEARING)
    birch = [a for a in rows if "Birch" in (_speaker(t, a) or "")]
    assert len(birch) == 2 and all(a.source_country == "US" for a in birch), rows
    holm = [a for a in rows if "Holm" in (_speaker(t, a) or "")]
    assert holm and holm[0].source_country == "US", rows


def test_a_house_subcommittee_chairman_is_a_legislator() -> None:
    t, rows = _rows(HEARING)
    chair = [a for a in rows if (_speaker(t, a) or "").startswith("the chairman of a House")]
    assert chair and chair[0].source_type == "politician" and chair[0].source_country == "US", rows


PLC = ("BLUEWATER BUYS HARBOR TUG\n\n"
       "Shipping group Bluewater Holdings Plc <BLWHY> said it was buying <Harbor Tug Inc> for 3.0 mln dlrs.\n\n"
       "The purchase is a further step in its port business, the company said. It said its tug fleet would double "
       "by next year.\n\n"
       "At its yearly meeting today, the company reported a notably good start to the current year, with "
       "sales sharply higher.\n")


def test_a_plc_is_british_with_its_company_and_it() -> None:
    t, rows = _rows(PLC)
    said = [a for a in rows if _cue(t, a) == "said"]
    assert len(said) == 3 and all(a.source_country == "GB" for a in said), rows


def test_a_company_s_reported_result_is_no_statement() -> None:
    t, rows = _rows(PLC)
    assert not [a for a in rows if _cue(t, a) == "reported"], rows


AIDE = ("RELIEF FOR RYE GROWERS SAID LIKELY\n\n"
        "U.S. farmers who grew rye for their own use will probably keep their benefits, an aide to Agriculture "
        "Secretary Richard Tamm said.\n\n"
        "Some members of Congress from Ohio have complained that farmers are being asked to halt rye.\n\n"
        "USDA likely will let rye farmers plant rye but not extend the waiver to all farmers, Tamm's aide said.\n")


def test_a_surname_s_aide_is_the_secretary_s_aide() -> None:
    t, rows = _rows(AIDE)
    aide = [a for a in rows if _speaker(t, a) == "Tamm's aide"]
    assert aide and aide[0].source_type == "government" and aide[0].source_country == "US", rows


TABLE = ("OAT QUOTA IMPORTS DETAILED\n\n"
         "The department said oat imports during the quota year were as follows, in short tons --\n\n"
         "QUOTA 1987\n\nIMPORTS ALLOCATIONS CHILE nil 12,340 NORWAY nil 45,210 TOGO nil 7,500 YEMEN nil 10,010\n\n"
         "QUOTA 1987\n\nIMPORTS ALLOCATIONS SPAIN nil 2,700 SWEDEN nil 9,100 OMAN nil 7,500\n")


def test_nil_in_a_table_is_no_cue() -> None:
    t, rows = _rows(TABLE)
    assert not [a for a in rows if (_cue(t, a) or "").lower() == "nil"], rows
    assert [a for a in rows if _cue(t, a) == "said"], rows


SOURCES = ("RICE REBATE SEEN UNCHANGED\n\n"
           "The rebate granted at the rice tender marked no change in policy, trade sources said.\n\n"
           "They said this came even though the Commission had to take in 50,000 tonnes from traders protesting "
           "that rebates are too low.\n\n"
           "Traders have until June to take the rice back. But they have shown no sign of doing so unless the "
           "Commission changes its policy, they said.\n")


def test_they_resolved_to_one_body_is_the_sources_before() -> None:
    t, rows = _rows(SOURCES)
    they = [a for a in rows if _speaker(t, a) == "they"]
    assert they and they[-1].speaker_name == "trade sources" and not they[-1].named, rows


ASKED = ("TRADE TALKS\n\nMaria Vell, assistant trade representative, told Reuters the talks were meant to settle "
         "the plan. Asked about a reply, she said \"it is better to wait.\"\n")


def test_asked_about_a_topic_is_no_record() -> None:
    t, rows = _rows(ASKED)
    assert not [a for a in rows if (_cue(t, a) or "").lower() == "asked"], rows
    assert [a for a in rows if _speaker(t, a) == "she"], rows


TAGS = ("RICE REBATE SEEN UNCHANGED\n\n"
        "The top export rebate set at Tuesday's EC rice tender showed no change in policy over grower complaints "
        "that they are not getting the EC support price in selling rice beyond the Community, EC Commission sources "
        "said.\n")
NESTED = ("RICE REBATE SEEN UNCHANGED\n\n"
          "Millers claim the subsidy fell short of what is required to obtain a price level with the floor price by "
          "one Ecu per tonne, and was 0.87 Ecu short a week earlier, the sources said.\n")


def test_a_closing_tag_swallowed_by_a_noun_report_is_the_sources_record() -> None:
    t, rows = _rows(TAGS)
    first = [a for a in rows if _speaker(t, a) == "EC Commission sources"]
    assert first and _cue(t, first[0]) == "said", rows
    assert t[first[0].content.start:first[0].content.end].startswith("The top export rebate"), rows


def test_a_closing_tag_s_content_runs_over_a_nested_report() -> None:
    t, rows = _rows(NESTED)
    tag = [a for a in rows if _speaker(t, a) == "the sources"]
    assert tag and t[tag[0].content.start:tag[0].content.end].startswith("Millers claim"), rows


def test_guard_a_closing_tag_keeps_its_own_sentence() -> None:
    t, rows = _rows("RICE TALKS\n\nMillers claim the subsidy is too low.\n\nIt was short by one Ecu a week "
                    "earlier, the sources said.\n")
    tag = [a for a in rows if _speaker(t, a) == "the sources"]
    assert tag and all(not t[a.content.start:a.content.end].startswith("Millers") for a in tag), rows


def test_the_agency_after_a_department_is_the_department() -> None:
    t, rows = _rows("GRAIN STOCKS\n\nThe Agriculture Department said wheat stocks were up. The agency said prices "
                    "would fall in May.\n")
    agency = [a for a in rows if _speaker(t, a) == "The agency"]
    assert agency and agency[0].source_type == "government", rows


def test_one_after_a_group_is_of_the_group() -> None:
    t, rows = _rows("MONEY MARKETS\n\nBankers said the rate would fall this week. One said it could drop by half a "
                    "point.\n")
    one = [a for a in rows if _speaker(t, a) == "One"]
    assert one and one[0].source_type == "anonymous" and not one[0].named, rows


def test_guard_the_agency_after_a_news_agency_is_left() -> None:
    t, rows = _rows("TALKS\n\nThe talks will resume in May, the Tass news agency reported. The agency said the "
                    "Agriculture Department had sent a team.\n")
    agency = [a for a in rows if _speaker(t, a) == "The agency"]
    assert all(a.source_type != "government" for a in agency), rows


def test_guard_they_resolved_to_a_group_is_left() -> None:
    t, rows = _rows("FARM TALKS\n\nThe farm groups said the plan was too slow.\n\n"
                    "They said the growers would meet again in June.\n")
    they = [a for a in rows if _speaker(t, a) == "They"]
    assert they and they[0].source_country is None, rows


def test_guard_a_reported_clause_is_kept() -> None:
    t, rows = _rows("ACME SALES\n\nAcme Corp reported that its sales rose 20 pct in the first quarter.\n")
    assert [a for a in rows if _cue(t, a) == "reported"], rows


def test_guard_a_british_story_s_lawmaker_is_not_american() -> None:
    _t, rows = _rows("LONDON TALKS\n\nBritain and France will talk again in London, British officials said. Labour "
                     "member of parliament Alan Rees said Britain would ask for more time.\n")
    assert not [a for a in rows if a.source_country == "US"], rows


@pytest.mark.parametrize("name", [f"{layer}_real100{part}.jsonl" for layer in ("attributions", "sources")
                                  for part in ("", "_heldout")])
def test_round100_gold_files_name_their_articles(name: str) -> None:
    assert_gold_names_its_articles(name)


SOURCE_GOLDS = [ROOT / "tests/gold/sources_real100.jsonl", ROOT / "tests/gold/sources_real100_heldout.jsonl"]


def test_round100_source_gold_is_well_formed_and_new() -> None:
    assert_fresh_gold_form(SOURCE_GOLDS, "real100", 10, extra_keys=frozenset({"sha256"}),
                           prefixes=("../wekareuters/",))


def test_round100_source_gold_anchors_found_and_files_unchanged() -> None:
    if not (SHARED / "../wekareuters/train").is_dir():
        pytest.skip("wekareuters articles missing (events71's unpacking, /work/wekareuters)")
    assert_anchors_found(SOURCE_GOLDS)
    assert_articles_unchanged(SOURCE_GOLDS)
