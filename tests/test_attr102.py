"""Attributions, round 102: shapes of the development errors on round 102's gold (1987 wire stories: company
results, currency dealers, a finance minister's press conference, a car maker's chairman, bankers on a central
bank's move). Sentences written for the test, not taken from any article, the names invented. The rule tests fail
on main; the guards pass on both."""

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

DEALERS = ("MARKS STEADY AFTER TALKS\n\n"
           "The mark held firm after the talks ended, with comments from brokers and dealers ranging from relief "
           "that nothing changed to doubt that it would last.\n\n"
           "A Milan banker said he expected the lira to ease slightly next week.\n\n"
           "One dealer at a Dutch bank said the guilder would follow the mark for a while.\n\n"
           "A Swiss bank economist said rates were likely to stay where they were.\n\n"
           "Vienna traders said the market was thin ahead of the holiday. They saw firm support at 1.75 marks.\n")


def test_one_unnamed_market_voice_with_a_place_is_anonymous() -> None:
    t, rows = _rows(DEALERS)
    ones = [a for a in rows if (_speaker(t, a) or "") in {"A Milan banker", "One dealer at a Dutch bank",
                                                         "A Swiss bank economist", "Vienna traders"}]
    assert len(ones) == 4, rows
    assert all(a.source_type == "anonymous" and a.source_country is None for a in ones), rows


def test_comments_from_a_group_and_saw_a_level_are_no_records() -> None:
    t, rows = _rows(DEALERS)
    assert not [a for a in rows if _cue(t, a) in {"comments", "saw"}], rows


COMPANY = ("NEVAM REPORTS HIGHER 1986 PROFIT\n\n"
           "Dutch insurer NEVAM NV <NEVM.AS> reported a 5.1 pct rise in 1986 net profit to 80.2 mln "
           "guilders and said it foresaw a further rise in 1987.\n\n"
           "The company said exports to Canada had grown quickly.\n")


def test_a_company_by_its_legal_form_is_an_organization() -> None:
    t, rows = _rows(COMPANY)
    first = [a for a in rows if (_speaker(t, a) or "").startswith("Dutch insurer")]
    assert first and first[0].source_type == "organization" and first[0].named, rows
    assert first[0].speaker_name == "NEVAM NV" and first[0].source_country == "NL", rows


TICKER = ("NORDAN AB <NORD ST> 1986 RESULTS\n\n"
          "Sales 2.10 billion crowns vs 1.95 billion.\n\n"
          "The results include a one-off charge for closing two plants, Nordan said.\n")


def test_a_ticker_s_exchange_gives_the_company_s_country() -> None:
    t, rows = _rows(TICKER)
    nordan = [a for a in rows if _speaker(t, a) == "Nordan"]
    assert nordan and nordan[0].source_type == "organization" and nordan[0].source_country == "SE", rows


CHAIRMAN = ("LARKIN SEES STRONG DEMAND FOR NEW COUPE\n\n"
            "Larkin Motors Plc <LARK.L> is about to launch its new coupe on the U.S. And Canadian markets and "
            "expects a good reception based on its sales in the U.K., Chairman Sir Peter Wold told a news "
            "conference.\n\n"
            "Wold said the company aimed at a profit growth of ten pct a year.\n")


def test_a_chairman_closing_a_long_clause_is_the_company_s_person() -> None:
    t, rows = _rows(CHAIRMAN)
    told = [a for a in rows if _cue(t, a) == "told"]
    assert told and _speaker(t, told[0]) == "Chairman Sir Peter Wold", rows
    wold = [a for a in rows if "Wold" in (_speaker(t, a) or "")]
    assert len(wold) == 2 and all(a.source_type == "person" and a.source_country == "GB" for a in wold), rows


def test_commenting_on_a_result_is_no_record() -> None:
    t, rows = _rows("LARKIN PROFIT\n\nCommenting on a ten pct rise in turnover, chairman Peter Wold of Larkin "
                    "Motors Plc said the company aimed at faster growth.\n")
    assert not [a for a in rows if _cue(t, a).lower() == "commenting on"], rows
    assert [a for a in rows if _cue(t, a) == "said"], rows


CHANCELLOR = ("HOLT SAYS RATES MAY FALL\n\n"
              "Edwin Holt, Britain's Chancellor of the Exchequer, said interest rates in several countries could "
              "fall soon.\n\n"
              "Holt said he was less worried about a recession than a month ago.\n\n"
              "\"The danger has not gone away,\" he said.\n\n"
              "The finance ministers welcomed the Japanese plans for new public works.\n")


def test_a_chancellor_of_the_exchequer_is_a_british_government_voice() -> None:
    _t, rows = _rows(CHANCELLOR)
    holt = [a for a in rows if a.speaker_name == "Edwin Holt"]
    assert len(holt) == 3 and all(a.source_type == "government" and a.source_country == "GB" for a in holt), rows


def test_welcomed_a_noun_phrase_is_no_record() -> None:
    t, rows = _rows(CHANCELLOR)
    assert not [a for a in rows if _cue(t, a) == "welcomed"], rows


CENTRAL_BANK = ("BANKERS BACK PORTUGUESE RATE MOVE\n\n"
                "Bankers praised the Bank of Portugal's move to raise reserve requirements.\n\n"
                "The central bank yesterday raised the requirement by one point, saying that credit growth "
                "threatened its inflation target.\n\n"
                "The head of a second foreign bank said the move had been expected for weeks.\n")


def test_the_central_bank_is_the_country_s_named_bank() -> None:
    t, rows = _rows(CENTRAL_BANK)
    cb = [a for a in rows if _speaker(t, a) == "The central bank"]
    assert cb and cb[0].source_type == "government" and cb[0].source_country == "PT", rows
    assert cb[0].speaker_name == "Bank of Portugal" and cb[0].named, rows


def test_the_head_of_a_second_foreign_bank_is_anonymous() -> None:
    t, rows = _rows(CENTRAL_BANK)
    head = [a for a in rows if (_speaker(t, a) or "").startswith("The head of a second")]
    assert head and head[0].source_type == "anonymous" and head[0].source_country is None, rows


def test_told_when_asked_is_one_record() -> None:
    t, rows = _rows("RUDD BACKS SHORTER PERIOD\n\n\"We favor a shorter period,\" Rudd told members of the House "
                    "energy subcommittee when asked for his view.\n")
    assert len(rows) == 1 and "favor" in t[rows[0].content.start:rows[0].content.end], rows


MINISTRY = ("EGYPT SEEKS MORE WHEAT\n\n"
            "Egypt will buy 200,000 tonnes of U.S. wheat under the bonus plan, said a Ministry of Supply "
            "official.\n\n"
            "\"We need the wheat before June,\" he said.\n")


def test_a_ministry_s_official_takes_the_title_s_country_and_his_he_follows() -> None:
    _t, rows = _rows(MINISTRY)
    assert len(rows) == 2 and all(a.source_type == "government" and a.source_country == "EG" for a in rows), rows


BUSINESS = ("JAPAN FIRMS URGE YEN ACTION\n\n"
            "Kenji Mori, Chairman of the Economic Committee of the Japan Business Federation, said the yen's rise "
            "would hurt exporters.\n\n"
            "The leaders of Japan's three main business groups said the government should act.\n")


def test_a_business_body_s_chairman_is_a_person_and_its_leaders_an_organization() -> None:
    t, rows = _rows(BUSINESS)
    mori = [a for a in rows if (_speaker(t, a) or "").startswith("Kenji Mori")]
    assert mori and mori[0].source_type == "person" and mori[0].speaker_name == "Kenji Mori", rows
    leaders = [a for a in rows if (_speaker(t, a) or "").startswith("The leaders")]
    assert leaders and leaders[0].source_type == "organization", rows


# ------------------------------------------------------------------------------------------ guards

def test_guard_a_minister_s_spokesman_stays_government() -> None:
    t, rows = _rows("JAPAN TRADE\n\nTOKYO, March 3 - Japan will open its markets further, Trade Minister Ken "
                    "Aso said at a meeting with industry leaders.\n")
    aso = [a for a in rows if "Aso" in (_speaker(t, a) or "")]
    assert aso and aso[0].source_type == "government" and aso[0].source_country == "JP", rows



def test_guard_a_firm_s_analysts_keep_their_firm() -> None:
    t, rows = _rows("FIRM VIEW\n\nAnalysts at the Brookings Institution said the plan would cost more than the "
                    "government expected.\n")
    firm = [a for a in rows if (_speaker(t, a) or "").startswith("Analysts at")]
    assert firm and firm[0].source_type != "anonymous", rows


def test_guard_welcomed_that_clause_is_kept() -> None:
    t, rows = _rows("TRADE TALKS\n\nThe minister welcomed that the talks would resume in May, officials said.\n")
    assert [a for a in rows if _cue(t, a) == "said"], rows


def test_guard_a_former_minister_keeps_his_type() -> None:
    _t, rows = _rows("BANK VIEW\n\nJohn Marsh, a former finance minister who now heads Marsh Capital Inc, said "
                     "rates would rise.\n")
    assert not [a for a in rows if a.source_type == "government"], rows


@pytest.mark.parametrize("name", [f"{layer}_real102{part}.jsonl" for layer in ("attributions", "sources")
                                  for part in ("", "_heldout")])
def test_round102_gold_files_name_their_articles(name: str) -> None:
    assert_gold_names_its_articles(name)


SOURCE_GOLDS = [ROOT / "tests/gold/sources_real102.jsonl", ROOT / "tests/gold/sources_real102_heldout.jsonl"]


def test_round102_source_gold_is_well_formed_and_new() -> None:
    assert_fresh_gold_form(SOURCE_GOLDS, "real102", 10, extra_keys=frozenset({"sha256"}),
                           prefixes=("../wekareuters/",))


def test_round102_source_gold_anchors_found_and_files_unchanged() -> None:
    if not (SHARED / "../wekareuters/train").is_dir():
        pytest.skip("wekareuters articles missing (events71's unpacking, /work/wekareuters)")
    assert_anchors_found(SOURCE_GOLDS)
    assert_articles_unchanged(SOURCE_GOLDS)
