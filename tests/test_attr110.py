"""Attributions, round 110: shapes of the development errors on round 110's gold (a telling after a meeting, a
"but" clause, untold passives, a response to an announcement; a company's own exchange code, an SEC filer, the
title's country, a central bank, "the companies"). Sentences written for the test, not taken from any article, the
names invented. The rule tests fail on main; the guards pass on both."""

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

COCOA = ("COCOA PACT TALKS STALL\n\n"
         "Talks between cocoa growing and buying nations on a new buffer stock appear to have stalled, senior "
         "delegates said.\n\n"
         "Chairman of the Ghana Cocoa Board (GCB) Kwame Asante told Reuters after the producers' group meeting "
         "there had been no accord on prices as buyers had sought to set them.\n\n"
         "Asante said no date has been fixed for new talks.\n")

DEALERS = ("CENTRAL BANK SEEN SELLING MARKS\n\n"
           "The central bank was seen selling marks for francs this morning, dealers said.\n\n"
           "Dealers said the size of the sales was fairly small so far but it was plainly a sign that the bank "
           "stood by the U.S. accord, which was confirmed in Basle on Monday.\n")

DEALERS_COMMA = ("COPPER PRICES FIRM\n\n"
                 "Dealers said copper prices were firm in early trading, but the gains did not last.\n")

PERMITS = ("USDA IN TALKS ON GRAIN DEAL WITH PERU\n\n"
           "The U.S. Agriculture Department is discussing a change to a grain accord signed with Peru in May, a "
           "department official said.\n\n"
           "No sales permits for the grain named in the May accord have been announced by the department.\n")

JUMP = ("HARLOW FOODS <HRLW> JUMPS ON TAKEOVER PLAN\n\n"
        "Harlow Foods Inc rose 8 to 40, responding to an announcement made on Monday that the company will be "
        "bought by Grange Corp <GRG>.\n\n"
        "Grange said it would pay 44 dlrs a share.\n")

AIRLINE = ("NORDIC AIR TO TAKE STAKE IN SKYWAYS UK\n\n"
           "Nordic Air Lines <NAL.A> said it will take a 20 pct stake in Skyways U.K. Ltd, a unit of Thames "
           "Shipping Plc <TSP.L>, for about three mln stg.\n\n"
           "A NAL spokesman said the airline already flies to nine British cities.\n\n"
           "NAL said it hoped the stake would bring more British travellers to its hub.\n")

BANK = ("HARBOR BANCORP <HBC> ACTS ON MEXICAN DEBT\n\n"
        "Harbor Banking Corp informed the Securities and Exchange Commission that 31 mln dlrs of its Mexican loans "
        "now earn no interest.\n\n"
        "The company said the Mexican loans would cut its first quarter net by about 400,000 dlrs.\n")

POWER = ("NORWAY POWER FIRM TO CUT FOREIGN DEBT\n\n"
         "State-owned Norsk Kraft will raise its home borrowing and repay foreign loans, following a Norway "
         "government plan, a company official said.\n\n"
         "Its debt, mainly from U.S. banks, fell by a third last year, he said.\n")

FINLAND = ("FINLAND HAS TRADE SURPLUS IN 1986\n\n"
           "Finland had a 1986 trade surplus of 4.2 billion markka against a deficit of 1.1 billion a year earlier, "
           "according to early figures from the central bank.\n\n"
           "The current account showed a deficit of 2.3 billion markka, the bank said.\n")

MINE = ("MORE COPPER FOUND AT LYNX MINE\n\n"
        "Pine Ridge Mining Ltd and Norcan Gold Inc said they finished a third hole at their Lynx mine in Ontario.\n\n"
        "The hole graded 1.2 pct copper over 30 feet, the companies said.\n")


def _text(t: str, a) -> str:  # type: ignore[no-untyped-def]
    return t[a.content.start:a.content.end]


def test_told_reuters_after_a_meeting_is_a_record() -> None:
    t, rows = _rows(COCOA)
    told = [a for a in rows if _cue(t, a) == "told"]
    assert told and _text(t, told[0]).startswith("there had been no accord"), rows
    assert "Asante" in (told[0].speaker_name or ""), told


def test_a_but_clause_without_a_comma_stays_in_the_content() -> None:
    t, rows = _rows(DEALERS)
    size = [a for a in rows if _text(t, a).startswith("the size of the sales")]
    assert size and _text(t, size[0]).endswith("confirmed in Basle on Monday"), rows


def test_guard_a_but_clause_after_a_comma_stays_one_record() -> None:
    t, rows = _rows(DEALERS_COMMA)
    assert [_text(t, a) for a in rows] == ["copper prices were firm in early trading, but the gains did not last"]


def test_a_negated_passive_announcement_is_no_record() -> None:
    t, rows = _rows(PERMITS)
    assert not [a for a in rows if "sales permits" in _text(t, a)], rows
    assert [a for a in rows if _text(t, a).startswith("The U.S. Agriculture Department is discussing")], rows


def test_responding_to_an_announcement_is_no_record_of_the_subject() -> None:
    t, rows = _rows(JUMP)
    assert not [a for a in rows if (_speaker(t, a) or "").startswith("Harlow")], rows


def test_a_company_takes_its_own_exchange_code_s_country() -> None:
    t, rows = _rows(AIRLINE)
    nal = [a for a in rows if (_speaker(t, a) or "").startswith(("Nordic", "NAL", "A NAL"))]
    assert len(nal) == 3, rows
    assert all(a.source_country == "NL" for a in nal), [(a.speaker_name, a.source_country) for a in nal]


def test_a_company_filing_with_the_sec_is_american() -> None:
    _t, rows = _rows(BANK)
    harbor = [a for a in rows if a.speaker_name == "Harbor Banking Corp"]
    assert harbor and all(a.source_country == "US" for a in harbor), rows


def test_an_unnamed_official_takes_the_title_s_country() -> None:
    t, rows = _rows(POWER)
    official = [a for a in rows if _speaker(t, a) in ("a company official", "he")]
    assert len(official) == 2 and all(a.source_country == "NO" for a in official), rows


def test_figures_from_the_central_bank_and_the_bank() -> None:
    t, rows = _rows(FINLAND)
    figures = [a for a in rows if "figures" in (_speaker(t, a) or "")]
    bank = [a for a in rows if _speaker(t, a) == "the bank"]
    assert figures and figures[0].named and figures[0].source_country == "FI", rows
    assert bank and bank[0].source_type == "government" and bank[0].named, rows


def test_the_companies_are_the_two_companies_of_the_story() -> None:
    t, rows = _rows(MINE)
    both = [a for a in rows if _speaker(t, a) == "the companies"]
    first = [a for a in rows if (_speaker(t, a) or "").startswith("Pine Ridge")]
    assert both and first and both[0].named and both[0].speaker_name == first[0].speaker_name, rows


@pytest.mark.parametrize("name", [f"{layer}_real110{part}.jsonl" for layer in ("attributions", "sources")
                                  for part in ("", "_heldout")])
def test_round110_gold_files_name_their_articles(name: str) -> None:
    assert_gold_names_its_articles(name)


SOURCE_GOLDS = [ROOT / "tests/gold/sources_real110.jsonl", ROOT / "tests/gold/sources_real110_heldout.jsonl"]


def test_round110_source_gold_is_well_formed_and_new() -> None:
    assert_fresh_gold_form(SOURCE_GOLDS, "real110", 29, extra_keys=frozenset({"sha256"}),
                           prefixes=("../wekareuters/",))


def test_round110_source_gold_anchors_found_and_files_unchanged() -> None:
    if not (SHARED / "../wekareuters/train").is_dir():
        pytest.skip("wekareuters articles missing (events71's unpacking, /work/wekareuters)")
    assert_anchors_found(SOURCE_GOLDS)
    assert_articles_unchanged(SOURCE_GOLDS)
