"""Attributions, round 112: shapes of the development errors on round 112's gold (short 1987 wire stories):
records (hedges, withheld figures, a forecast's figure, an analyst's forecast and quotation), then sources' types,
countries and names. Sentences written for the test, not taken from any article, the names invented. The rule
tests fail on main; the guards pass on both."""

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

MINE = ("FARROW SOLD TENBY GOLD FOR 52 MLN DLRS - WHIM HILL\n\n"
        "<Whim Hill Consolidated NL> said the group it leads is to pay 52.10 mln dlrs to buy Farrow Ltd's <FARR.S> "
        "<Tenby Gold Pty Ltd> unit, reported yesterday.\n\n"
        "Farrow and Whim Hill did not disclose the price on Friday.\n\n"
        "Whim Hill is to hold 40 pct of the group, while <Ardent Resources NL> will hold 35 pct and <Kestrel Mining "
        "NL> 25 pct, it said in a statement.\n")

TERMS = ("DUNMORE SOLD TENBY GOLD UNIT FOR 41 MLN DLRS\n\n"
         "<Dunmore Creek Consolidated NL> said the group it heads will pay 41.20 mln dlrs for Farrow Ltd's "
         "<FARR.S> <Tenby Gold Pty Ltd> unit, reported yesterday.\n\n"
         "Farrow and Dunmore Creek did not disclose the price on Friday.\n")

STAKE = ("HALE GROUP CONFIRMS DRAYTON BANK STAKE\n\n"
         "The Hale Group Ltd <HALE.S> said it now holds 12.1 pct of the issued capital of Drayton Bank Plc.\n\n"
         "The two-line statement from Hale's Perth office confirmed what its brokers told Reuters in London on "
         "Monday.\n")

BITS = ("CARVER <CRV> RISES ON BID TALK\n\n"
        "Carver Tool Co rose two to 18-1/2 on talk of a bid from Dorran Corp, traders said.\n\n"
        "Last week Carver seemed to reject the bid but then said it would still listen to offers.\n\n"
        "Carver is known for its drilling bits.\n")

MONEY = ("U.S. M-2 MONEY SUPPLY RISES 3.1 BILLION DLRS\n\n"
         "M-2 money supply rose 3.1 billion dlrs to 2,810.4 billion dlrs in the March 2 week, the Federal Reserve "
         "said.\n\n"
         "Economists polled by Reuters had forecast the M-2 change in a range from down one billion to up four "
         "billion dlrs.\n\n"
         "The average forecast called for a 1.4 billion dlr M-2 rise.\n")

SNACKS = ("BRAND FOODS <BFD> UPGRADED BY SMITH LAINE\n\n"
          "Smith Laine and Co analyst Ruth Garrow issued a buy recommendation on Brand Foods Inc, citing stronger "
          "snack sales.\n\n"
          "Garrow forecast earnings of 1.80 dlrs a share in 1987 and 2.10 dlrs in 1988. Garrow earlier had a hold "
          "rating on the stock. \"We see 12 pct growth in snacks this year, and more after that.\"\n")

VALMONT = ("VALMONT MAY RAISE ORTEX HOLDING\n\n"
           "Construction group <Valmont> is negotiating to increase its stake in U.S. pumps and valves firm "
           "<Ortex>.\n\n"
           "Valmont, a subsidiary of Groupe Lorrain SA <LORR.PA>, said in a statement it is talking about "
           "investing 15 mln dlrs in Ortex.\n\n"
           "A spokesman said Valmont could take control of Ortex if the talks went well.\n")

BOOTS = ("BRANDT'S <BR> FENWICK-DALE TO SELL BOOT UNIT\n\n"
         "Fenwick-Dale Inc, recently bought by a division of Brandt Group Plc, said it will sell its boot division to "
         "cut debt.\n\n"
         "The diversified maker of home products said it bought the boot maker in 1979.\n\n"
         "Fenwick said the unit's 1986 sales topped 90 mln dlrs.\n")

RESERVES = ("AUSTRIAN RESERVES FALL 2.1 BILLION SCHILLINGS\n\n"
            "Gold and currency reserves held by the Austrian National Bank fell 2.1 billion schillings in the week to "
            "March 7, the National Bank said.\n\n"
            "The fall reflected the end of swap deals, the National Bank said.\n")

PRICES = ("GREEK RETAIL PRICES RISE 1.4 PCT IN MARCH\n\n"
          "Greek retail prices rose 1.4 pct in March after 0.9 pct in February, the State Statistics Institute "
          "said.\n")

CRUDE = ("VENEZUELA CUTS MARCH CRUDE PRICES\n\n"
         "The Venezuelan state oil company Petroleos de Venezuela (PDVSA) said its U.S. customers would pay 16.10 "
         "dlrs a barrel for Tia Juana crude in March.\n\n"
         "Pdvsa said this was 40 cts less than in February.\n")

BID = ("HARWOOD AND PELL BIDS FOR LINTON\n\n"
       "Harwood and Pell Holdings Inc said it will offer 22 dlrs per share for all of Linton Corp's stock.\n\n"
       "Harwood said the financing has not been arranged yet.\n")

COCOA = ("COLOMBIA WANTS NEW COFFEE TALKS\n\n"
         "Talks between coffee producers and consumers ended in London without a deal, delegates said.\n\n"
         "President of the Colombian Coffee Institute (ICC) Mario Rendon told reporters after the meeting there had "
         "been no accord as consumers had refused to negotiate.\n\n"
         "Rendon said no new talks were planned.\n")


def _text(t: str, a) -> str:  # type: ignore[no-untyped-def]
    return t[a.content.start:a.content.end]


def _by_cue(t: str, rows, cue: str):  # type: ignore[no-untyped-def]
    return [a for a in rows if _cue(t, a) == cue]


def test_did_not_disclose_the_price_is_no_record() -> None:
    t, rows = _rows(TERMS)
    assert not [a for a in rows if (_cue(t, a) or "").startswith("disclose")], rows


def test_a_tag_it_found_in_its_own_content_is_the_earlier_company() -> None:
    t, rows = _rows(MINE)
    tag = [a for a in rows if _speaker(t, a) == "it"]
    assert tag and (tag[0].speaker_name or "").startswith("Whim Hill"), rows
    assert tag[0].source_type == "organization", rows


def test_a_bracketed_company_is_an_organization() -> None:
    t, rows = _rows(MINE)
    first = [a for a in rows if (_speaker(t, a) or "").startswith("Whim Hill")]
    assert first and first[0].source_type == "organization", rows


def test_confirmed_what_others_told_is_no_record() -> None:
    t, rows = _rows(STAKE)
    assert not _by_cue(t, rows, "confirmed"), rows
    assert [a for a in rows if _text(t, a).startswith("it now holds")], rows


def test_seemed_and_known_for_are_no_records() -> None:
    t, rows = _rows(BITS)
    assert not [a for a in rows if _cue(t, a) in ("seemed", "known")], rows


def test_guard_the_company_s_own_statement_stays() -> None:
    t, rows = _rows(BITS)
    assert [a for a in rows if _text(t, a).startswith("it would still listen")], rows


def test_the_average_forecast_is_no_record() -> None:
    t, rows = _rows(MONEY)
    assert not [a for a in rows if (_cue(t, a) or "").startswith("called")], rows


def test_economists_polled_by_reuters_are_anonymous() -> None:
    t, rows = _rows(MONEY)
    polled = [a for a in rows if (_speaker(t, a) or "").startswith("Economists polled")]
    assert polled and all(a.source_type == "anonymous" and a.source_country is None for a in polled), rows


def test_an_analyst_s_forecast_by_surname_is_a_record() -> None:
    t, rows = _rows(SNACKS)
    fc = _by_cue(t, rows, "forecast")
    assert fc and _text(t, fc[0]).startswith("earnings of 1.80") and fc[0].speaker_name == "Ruth Garrow", rows


def test_a_quotation_after_the_analyst_s_sentence_is_hers() -> None:
    t, rows = _rows(SNACKS)
    quote = [a for a in rows if "12 pct growth" in _text(t, a)]
    assert quote and quote[0].speaker_name == "Ruth Garrow" and _speaker(t, quote[0]) == "Garrow", rows


def test_a_subsidiary_and_its_bare_spokesman_are_organizations() -> None:
    t, rows = _rows(VALMONT)
    firm = [a for a in rows if (_speaker(t, a) or "").startswith("Valmont")]
    spokesman = [a for a in rows if _speaker(t, a) == "A spokesman"]
    assert firm and firm[0].source_type == "organization", rows
    assert spokesman and spokesman[0].source_type == "organization" and not spokesman[0].named, rows
    assert spokesman[0].source_country == firm[0].source_country, rows


def test_a_hyphenated_company_s_first_word_and_its_description_are_the_company() -> None:
    t, rows = _rows(BOOTS)
    names = {_speaker(t, a): a for a in rows}
    assert names["Fenwick"].source_type == "organization" and names["Fenwick"].speaker_name == "Fenwick-Dale Inc", rows
    described = names["The diversified maker of home products"]
    assert described.named and described.speaker_name == "Fenwick-Dale Inc", rows


def test_the_national_bank_is_the_central_bank_named_in_full() -> None:
    t, rows = _rows(RESERVES)
    banks = [a for a in rows if _speaker(t, a) == "the National Bank"]
    assert len(banks) == 2 and all(a.source_type == "government" and a.source_country == "AT"
                                   and a.speaker_name == "Austrian National Bank" for a in banks), rows


def test_a_state_statistics_office_is_a_government_of_the_story() -> None:
    t, rows = _rows(PRICES)
    office = [a for a in rows if (_speaker(t, a) or "").endswith("Statistics Institute")]
    assert office and office[0].source_type == "government" and office[0].source_country == "GR", rows


def test_a_company_s_acronym_is_the_company() -> None:
    t, rows = _rows(CRUDE)
    short = [a for a in rows if _speaker(t, a) == "Pdvsa"]
    assert short and short[0].source_country == "VE" and short[0].speaker_name == "Petroleos de Venezuela", rows


def test_a_company_named_a_and_b_holdings_is_named_whole() -> None:
    _, rows = _rows(BID)
    assert rows and all(a.speaker_name == "Harwood and Pell Holdings Inc" for a in rows), rows


def test_a_state_institute_s_president_is_a_government_voice() -> None:
    _, rows = _rows(COCOA)
    head = [a for a in rows if a.speaker_name == "Mario Rendon"]
    assert len(head) == 2 and all(a.source_type == "government" and a.source_country == "CO" for a in head), rows


@pytest.mark.parametrize("name", [f"{layer}_real112{part}.jsonl" for layer in ("attributions", "sources")
                                  for part in ("", "_heldout")])
def test_round112_gold_files_name_their_articles(name: str) -> None:
    assert_gold_names_its_articles(name)


SOURCE_GOLDS = [ROOT / "tests/gold/sources_real112.jsonl", ROOT / "tests/gold/sources_real112_heldout.jsonl"]


def test_round112_source_gold_is_well_formed_and_new() -> None:
    assert_fresh_gold_form(SOURCE_GOLDS, "real112", 26, extra_keys=frozenset({"sha256"}),
                           prefixes=("../wekareuters/",))


def test_round112_source_gold_anchors_found_and_files_unchanged() -> None:
    if not (SHARED / "../wekareuters/train").is_dir():
        pytest.skip("wekareuters articles missing (events71's unpacking, /work/wekareuters)")
    assert_anchors_found(SOURCE_GOLDS)
    assert_articles_unchanged(SOURCE_GOLDS)
