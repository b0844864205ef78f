"""Attributions, round 113: shapes of the development errors on round 113's gold (short 1987 wire stories):
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

STATS = ("SPAIN WHOLESALE PRICES UP 0.3 PCT IN MARCH\n\n"
         "Spain's wholesale price index rose 0.3 pct in March after a 0.2 pct fall in February, the national "
         "statistics institute (INE) said.\n\n"
         "INE said the index stood at 112.4 against 112.1 a month earlier.\n")

CENTRAL = ("DANISH CENTRAL BANK SETS NEW REPURCHASE RATE\n\n"
           "The Danish central bank announced a new two-week repurchase facility at 7.5 pct to ease tight "
           "liquidity.\n\n"
           "Money traders estimated the day's shortfall at about four billion crowns, little changed from "
           "Tuesday.\n\n"
           "They said overnight money stayed dear at nine pct.\n")

PORT = ("FREIGHTER AGROUND OFF DUTCH COAST\n\n"
        "About 30 crew were taken off a grain freighter that ran aground near the Dutch port of Vlissingen, a "
        "harbour control spokesman said.\n\n"
        "The spokesman, reached by radio, said the ship, owned by the Greek company Helios Shipping, was listing "
        "badly.\n\n"
        "Tugs were on their way from Antwerp, he added.\n\n"
        "Salvage expert Hendrik Vos said the hull could be pulled free within days.\n")

MAPLE = ("MAPLECORP CANADA <MPC.A> TRIMS ROWAN <RWN> STAKE\n\n"
         "Maplecorp Canada Corp has told the Securities and Exchange Commission on Friday that it cut its stake in "
         "Rowan Freight Corp to 5.1 pct from 9.8 pct.\n\n"
         "Maplecorp, an investment holding company run by its chairman, Peter Drury, said it sold "
         "310,000 Rowan shares last week.\n\n"
         "Rowan agreed last week to be acquired by its managers and Delmont Capital Inc in a buyout valued at "
         "90 mln dlrs.\n")

HALLORAN = ("INVESTOR RAISES DELTEK <DLTK> STAKE\n\n"
            "Boston investor Morgan Halloran and two partnerships he runs said they raised their stake in Deltek "
            "Corp to 9.1 pct.\n\n"
            "In a filing to the Securities and Exchange Commission Halloran and his Falcon and Osprey entities "
            "said they bought 21,000 Deltek shares in March.\n")

BILLS = ("U.K. MONEY MARKET GETS HELP\n\n"
         "The Bank of England said it gave the market 45 mln stg of help in the afternoon.\n\n"
         "Dealers noted that call rates eased again in the afternoon and the Bank may have refused the bill offers "
         "from the discount houses at lower rates.\n")

AGREED = ("DENMARK TO CURB IMPORTS OF SEALSKINS\n\n"
          "Denmark's cabinet agreed to curb imports of sealskins, Trade Minister Lars Holt said.\n\n"
          "Ministers agreed to review the curbs in 1989.\n")


def _text(t: str, a) -> str:  # type: ignore[no-untyped-def]
    return t[a.content.start:a.content.end]


def _by_speaker(t: str, rows, phrase: str):  # type: ignore[no-untyped-def]
    return [a for a in rows if (_speaker(t, a) or "") == phrase]


def test_a_national_statistics_institute_is_a_government_of_the_story() -> None:
    t, rows = _rows(STATS)
    said = [a for a in rows if _cue(t, a) == "said"]
    assert len(said) == 2, rows
    assert all(a.source_type == "government" and a.source_country == "ES" and a.named for a in said), rows
    assert all(a.speaker_name == "INE" for a in said), rows


def test_a_central_bank_named_by_its_nation_is_its_government() -> None:
    t, rows = _rows(CENTRAL)
    bank = _by_speaker(t, rows, "The Danish central bank")
    assert bank and bank[0].source_type == "government" and bank[0].source_country == "DK" and bank[0].named, rows


def test_market_voices_estimating_a_figure_make_a_record() -> None:
    t, rows = _rows(CENTRAL)
    est = [a for a in rows if _cue(t, a) == "estimated"]
    assert est and _speaker(t, est[0]) == "Money traders", rows
    assert _text(t, est[0]).startswith("the day's shortfall at about four billion"), rows
    assert est[0].source_type == "anonymous" and est[0].source_country is None, rows


def test_a_port_spokesman_is_a_government_of_the_port_s_nation() -> None:
    t, rows = _rows(PORT)
    chain = [a for a in rows if _text(t, a).startswith(("About 30 crew", "the ship", "Tugs were"))]
    assert len(chain) == 3, rows
    assert all(a.source_type == "government" and a.source_country == "NL" and not a.named for a in chain), rows


def test_guard_a_named_expert_after_the_port_spokesman_keeps_his_own_record() -> None:
    t, rows = _rows(PORT)
    vos = [a for a in rows if _text(t, a).startswith("the hull")]
    assert vos and (vos[0].speaker_name or "").endswith("Vos") and vos[0].source_type != "government", rows


def test_a_company_named_with_its_country_before_the_legal_form_is_of_that_country() -> None:
    _t, rows = _rows(MAPLE)
    maple = [a for a in rows if a.speaker_name == "Maplecorp Canada Corp"]
    assert maple and maple[0].source_country == "CA", rows


def test_a_short_name_before_an_aside_is_the_company() -> None:
    t, rows = _rows(MAPLE)
    sold = [a for a in rows if _text(t, a).startswith("it sold 310,000")]
    assert sold and sold[0].speaker_name == "Maplecorp Canada Corp", rows
    assert sold[0].source_type == "organization" and sold[0].source_country == "CA", rows


def test_agreed_to_be_acquired_is_no_record() -> None:
    t, rows = _rows(MAPLE)
    assert not [a for a in rows if _cue(t, a) == "agreed"], rows


def test_guard_an_agreement_to_act_stays() -> None:
    t, rows = _rows(AGREED)
    assert [a for a in rows if _text(t, a).startswith("Denmark's cabinet agreed")], rows


def test_surname_and_his_entities_is_the_investor() -> None:
    t, rows = _rows(HALLORAN)
    bought = [a for a in rows if _text(t, a).startswith("they bought 21,000")]
    assert bought and bought[0].speaker_name == "Morgan Halloran" and bought[0].named, rows
    assert (_speaker(t, bought[0]) or "").startswith("Halloran and his"), rows


def test_a_hedged_act_inside_the_dealers_report_is_theirs() -> None:
    t, rows = _rows(BILLS)
    assert not [a for a in rows if _cue(t, a) == "refused"], rows
    noted = [a for a in rows if _cue(t, a) == "noted"]
    assert noted and _text(t, noted[0]).endswith("at lower rates"), rows


@pytest.mark.parametrize("name", [f"{layer}_real113{part}.jsonl" for layer in ("attributions", "sources")
                                  for part in ("", "_heldout")])
def test_round113_gold_files_name_their_articles(name: str) -> None:
    assert_gold_names_its_articles(name)


SOURCE_GOLDS = [ROOT / "tests/gold/sources_real113.jsonl", ROOT / "tests/gold/sources_real113_heldout.jsonl"]


def test_round113_source_gold_is_well_formed_and_new() -> None:
    assert_fresh_gold_form(SOURCE_GOLDS, "real113", 30, extra_keys=frozenset({"sha256"}),
                           prefixes=("../wekareuters/",))


def test_round113_source_gold_anchors_found_and_files_unchanged() -> None:
    if not (SHARED / "../wekareuters/train").is_dir():
        pytest.skip("wekareuters articles missing (events71's unpacking, /work/wekareuters)")
    assert_anchors_found(SOURCE_GOLDS)
    assert_articles_unchanged(SOURCE_GOLDS)


HARCOURT = ("HARCOURT SEES GOOD 1987\n\n"
            "Harcourt Plc <WMPC.L> said the outlook for this year looked bright as the company reaped the gains of "
            "its cost cuts.\n\n"
            "It said its debt fell further in 1986 and the regrouping of its home business had been completed.\n")


def test_a_bare_it_said_is_the_company_before_it() -> None:
    t, rows = _rows(HARCOURT)
    it = [a for a in rows if _text(t, a).startswith("its debt fell")]
    assert it and it[0].speaker_name == "Harcourt Plc" and it[0].source_type == "organization", rows
    assert _speaker(t, it[0]) == "It" and it[0].named, rows
