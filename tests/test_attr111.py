"""Attributions, round 111: shapes of the development errors on round 111's gold (short 1987 wire stories):
sources' types and countries, then records. Sentences written for the test, not taken from any article, the names
invented. The rule tests fail on main; the guards pass on both."""

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

YEN = ("YEN FIRMS IN OSAKA TRADE, BROKERS SAY\n\n"
       "The yen firmed to around 151.20 to the dollar in early trade, brokers said.\n\n"
       "Just after the close, the dollar sank quickly as importers concluded the Group of Five (G-5) communique "
       "issued in Paris contained nothing new, they said.\n\n"
       "The G-5 repeated that exchange rates were now broadly in line with economic conditions.\n")

RUHR = ("AUSTRIAN RETAIL SALES SEEN FLAT\n\n"
        "Retail sales in Austria were flat in the latter half of 1986, the WIFO economic institute said.\n\n"
        "A WIFO report added the slowdown in building since last Winter had had a bad effect on the eagerness of "
        "shops to hire staff.\n")

MINISTERS = ("FINANCE MINISTERS MEET IN PARIS\n\n"
             "Finance ministers of the Group of Seven met for four hours on Sunday.\n\n"
             "A European finance official said the ministers would meet again on Monday morning.\n")

BROKER = ("FIRM'S STAKE PLACED WITH FUNDS\n\n"
          "A 15 pct stake in Belmar SA was placed with about 40 funds in Europe and Asia, a spokesman for brokers "
          "Harwood Pellow said.\n\n"
          "Most of the buyers were pension funds, he added.\n\n"
          "Belmar's founder still holds 45 pct, company sources said earlier in Lyon.\n")

LISTED = ("KELDON <KLD> TO BUY 20 PCT OF MARIOT\n\n"
          "Keldon Corp said it will take a 20 pct stake in Paris-based Mariot S.A. for about 60 mln dlrs.\n\n"
          "The deal needs the approval of the French government, it said.\n")

PREMIER = ("NORWAY TO TIGHTEN FISHING QUOTAS\n\n"
           "Norway's ruling Labour Party backed tighter quotas for cod in the Barents Sea, Prime Minister Arne "
           "Hovland said.\n\n"
           "Hovlnad told a news conference the party wanted the stocks to recover before 1990.\n")

DAILY = ("ACME PLANS OFFICE IN CAIRO, EGYPTIAN GAZETTE SAYS\n\n"
         "Acme Corp of the U.S. intends to set up an office in Cairo to look for gas, the Egyptian Gazette said.\n\n"
         "It quoted Acme president Dale Monroe, currently in Cairo, as saying he is optimistic about drilling "
         "prospects in Egypt and that Cairo will keep inviting foreign firms to drill there.\n\n"
         "It said Acme sold 40 mln dlrs of drilling pipe to Egypt in 1986.\n")

FILING = ("FUND BOOSTS TOLVER <TLV> STAKE\n\n"
          "Placid Investments, a Boston investment partnership, said it raised its Tolver Freight Corp stake to "
          "512,300 shares, or 8.1 pct.\n\n"
          "In a statement filed with the SEC, Placid, whose managing partner is Ezra K. "
          "Valdoff and Co, said it bought 211,300 Tolver common shares in February.\n")

DECIDE = ("DENMARK TO CURB IMPORTS OF SEALSKINS\n\n"
          "Denmark's cabinet agreed to curb imports of sealskins, Trade Minister Lars Holt said.\n\n"
          "The government will decide later which products the curbs will cover.\n")


def _text(t: str, a) -> str:  # type: ignore[no-untyped-def]
    return t[a.content.start:a.content.end]


def _by_speaker(t: str, rows, phrase: str):  # type: ignore[no-untyped-def]
    return [a for a in rows if (_speaker(t, a) or "") == phrase]


def test_a_group_of_states_is_a_government_of_no_country() -> None:
    t, rows = _rows(YEN)
    g5 = _by_speaker(t, rows, "The G-5")
    assert g5 and all(a.source_type == "government" and a.source_country is None and a.named for a in g5), rows


def test_an_economic_institute_by_its_initials_is_an_organization_of_the_story() -> None:
    t, rows = _rows(RUHR)
    wifo = [a for a in rows if (_speaker(t, a) or "").endswith("institute")]
    assert wifo and all(a.source_type == "organization" and a.source_country == "AT" for a in wifo), rows


def test_a_report_s_statement_is_one_record_over_its_clause() -> None:
    t, rows = _rows(RUHR)
    added = [a for a in rows if _cue(t, a) == "added"]
    assert added and _text(t, added[0]).startswith("the slowdown in building"), rows
    assert added[0].source_type == "organization" and added[0].source_country == "AT", rows


def test_a_european_finance_official_is_a_government_source() -> None:
    t, rows = _rows(MINISTERS)
    official = _by_speaker(t, rows, "A European finance official")
    assert official and official[0].source_type == "government", rows


def test_a_spokesman_for_brokers_is_an_unnamed_organization() -> None:
    t, rows = _rows(BROKER)
    spoke = [a for a in rows if _cue(t, a) in ("said", "added") and _text(t, a).startswith(("A 15 pct", "Most of"))]
    assert len(spoke) == 2, rows
    assert all(a.source_type == "organization" and not a.named for a in spoke), rows


def test_company_sources_are_anonymous_of_no_country() -> None:
    t, rows = _rows(BROKER)
    src = _by_speaker(t, rows, "company sources")
    assert src and src[0].source_type == "anonymous" and src[0].source_country is None, rows


def test_a_us_listed_company_in_a_french_deal_stays_american() -> None:
    _t, rows = _rows(LISTED)
    keldon = [a for a in rows if a.speaker_name == "Keldon Corp"]
    assert keldon and all(a.source_country == "US" for a in keldon), rows


def test_a_misspelt_surname_is_the_prime_minister() -> None:
    t, rows = _rows(PREMIER)
    told = [a for a in rows if _cue(t, a) == "told"]
    assert told and told[0].source_type == "government", rows


def test_it_is_the_newspaper_not_the_city_in_a_quote() -> None:
    t, rows = _rows(DAILY)
    it = [a for a in rows if _text(t, a).startswith("Acme sold")]
    assert it and (it[0].speaker_name or "").endswith("Gazette") and it[0].source_type == "media", rows


def test_quoted_as_saying_a_and_that_b_is_one_record() -> None:
    t, rows = _rows(DAILY)
    quoted = [a for a in rows if a.speaker_name == "Dale Monroe"]
    assert len(quoted) == 1 and _text(t, quoted[0]).startswith("he is optimistic"), rows


def test_a_relative_aside_before_said_keeps_the_record() -> None:
    t, rows = _rows(FILING)
    bought = [a for a in rows if _text(t, a).startswith("it bought 211,300")]
    assert bought and bought[0].speaker_name == "Placid Investments", rows


def test_a_conclusion_inside_a_tag_s_clause_is_the_tag_s() -> None:
    t, rows = _rows(YEN)
    assert not [a for a in rows if (_speaker(t, a) or "") == "importers"], rows
    they = _by_speaker(t, rows, "they")
    assert they, rows
    assert they[0].speaker_name == "brokers", rows
    assert _text(t, they[0]).startswith("Just after the close"), rows


def test_will_decide_which_is_no_record() -> None:
    t, rows = _rows(DECIDE)
    assert not [a for a in rows if _cue(t, a) in ("decide", "will decide")], rows


def test_guard_the_minister_s_statement_stays() -> None:
    t, rows = _rows(DECIDE)
    assert [a for a in rows if _text(t, a).startswith("Denmark's cabinet agreed")], rows


@pytest.mark.parametrize("name", [f"{layer}_real111{part}.jsonl" for layer in ("attributions", "sources")
                                  for part in ("", "_heldout")])
def test_round111_gold_files_name_their_articles(name: str) -> None:
    assert_gold_names_its_articles(name)


SOURCE_GOLDS = [ROOT / "tests/gold/sources_real111.jsonl", ROOT / "tests/gold/sources_real111_heldout.jsonl"]


def test_round111_source_gold_is_well_formed_and_new() -> None:
    assert_fresh_gold_form(SOURCE_GOLDS, "real111", 28, extra_keys=frozenset({"sha256"}),
                           prefixes=("../wekareuters/",))


def test_round111_source_gold_anchors_found_and_files_unchanged() -> None:
    if not (SHARED / "../wekareuters/train").is_dir():
        pytest.skip("wekareuters articles missing (events71's unpacking, /work/wekareuters)")
    assert_anchors_found(SOURCE_GOLDS)
    assert_articles_unchanged(SOURCE_GOLDS)
