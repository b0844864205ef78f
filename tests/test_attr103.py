"""Attributions, round 103: shapes of the development errors on round 103's gold (1987 wire stories on companies,
banks and markets). Sentences written for the test, not taken from any article, the names invented. The rule tests
fail on main; the guards pass on both."""

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


def test_welcomed_a_noun_phrase_on_the_wire_is_no_report() -> None:
    text = ("BANK CHIEF BACKS ACCORD\n\n"
            "Central bank governor Anna Berg welcomed the new currency pact of the seven finance ministers, saying "
            "its value had been overlooked by markets.\n")
    t, rows = _rows(text)
    assert [_cue(t, a) for a in rows] == ["saying"], rows


def test_attacked_a_noun_phrase_on_the_wire_is_no_report() -> None:
    text = ("UNION DISPUTES PORT FIGURES\n\n"
            "Meanwhile, the dockers' union, HVB, attacked cost figures given for the harbour this year.\n\n"
            "The HVB said the real costs were much lower.\n")
    t, rows = _rows(text)
    assert [_cue(t, a) for a in rows] == ["said"], rows


def test_guard_welcomed_with_a_clause_or_off_the_wire_is_kept() -> None:
    t, rows = _rows("BANK CHIEF BACKS ACCORD\n\nThe governor welcomed that the ministers had met at last.\n")
    assert [a for a in rows if _cue(t, a) == "welcomed"], rows
    t, rows = _rows("Mayor backs the plan\n\nThe mayor welcomed the new bridge plan on Monday.\n")
    assert [a for a in rows if _cue(t, a) == "welcomed"], rows


def test_reported_net_income_is_a_result() -> None:
    text = ("ACME <ACM> SEES CHARGE\n\n"
            "Acme Widgets Inc said it will take a charge of about five mln dlrs in 1986.\n\n"
            "In the year to December 31, 1985 Acme reported net income of 2.1 mln dlrs on sales of 40.2 mln "
            "dlrs\n")
    t, rows = _rows(text)
    assert [_cue(t, a) for a in rows] == ["said"], rows


def test_a_company_suffix_full_stop_at_the_end_is_the_sentence_s() -> None:
    text = ("CRUDE FUTURES STEADY\n\n"
            "Crude futures were steady on Tuesday, traders said.\n\n"
            "\"Prices should hold up this week,\" said John Carver, a vice president with Smith Barney and Co Inc.\n")
    t, rows = _rows(text)
    assert [_speaker(t, a) for a in rows][-1] == "John Carver, a vice president with Smith Barney and Co Inc", rows


BANK = ("ITALIAN BANK EYES GERMAN PURCHASE\n\n"
        "Italy's state-owned <Banco Lombardo-BLO> said it wants to buy a German bank.\n\n"
        "BLO president Marco Verdi told reporters the talks were going well.\n\n"
        "He said the deal could be seen as a reply to Dresdner Bank AG, which entered the Italian market last year.\n\n"
        "Verdi said BLO had also approved a credit line to German firms.\n")


def test_one_named_speaker_keeps_one_country() -> None:
    _t, rows = _rows(BANK)
    verdi = [a for a in rows if a.speaker_name == "Marco Verdi"]
    assert len(verdi) == 3 and {a.source_country for a in verdi} == {"IT"}, rows


def test_officials_named_by_a_company_s_initials_take_its_country() -> None:
    text = ("ITALIAN BANK EYES GERMAN PURCHASE\n\n"
            "Italy's state-owned <Banco Lombardo-BLO> said it wants to buy a West German bank.\n\n"
            "BLO president Marco Verdi told reporters the talks were going well.\n\n"
            "He said the deal could be seen as a reply to Dresdner Bank AG <DRSD.F>, which entered the Italian market "
            "last year.\n\n"
            "BLO officials said the group would also open an office in Moscow through its unit <Lombarda Est>.\n")
    t, rows = _rows(text)
    staff = [a for a in rows if _speaker(t, a) == "BLO officials"]
    assert staff and staff[0].source_country == "IT" and not staff[0].named, rows


SAVINGS = ("GREAT CANADIAN <GCS> POSTS GAINS\n\n"
           "Great Canadian First Savings Bank said it recorded gains of 20 mln dlrs on loan sales.\n\n"
           "The Toronto-based bank said the gains included arbitrage profits.\n\n"
           "Great Canadian recently announced plans to buy <Valley Savings Bank>.\n")


def test_a_short_name_of_a_named_company_is_the_company() -> None:
    t, rows = _rows(SAVINGS)
    short = [a for a in rows if _speaker(t, a) == "Great Canadian"]
    assert short and short[0].source_type == "organization", rows
    assert short[0].speaker_name == "Great Canadian First Savings Bank", rows


def test_the_place_based_bank_is_the_named_bank() -> None:
    t, rows = _rows(SAVINGS)
    based = [a for a in rows if _speaker(t, a) == "The Toronto-based bank"]
    assert based and based[0].named and based[0].speaker_name == "Great Canadian First Savings Bank", rows


def test_they_after_unnamed_analysts_keeps_their_country() -> None:
    text = ("OPEC NEWS LIFTS U.S. OIL FUTURES\n\n"
            "News from OPEC helped U.S. oil futures close higher, according to analysts.\n\n"
            "They also said U.S. stocks were falling.\n")
    t, rows = _rows(text)
    they = [a for a in rows if _speaker(t, a) == "They"]
    assert they and they[0].source_type == "anonymous" and they[0].source_country is None, rows


def test_guard_the_based_bank_with_no_named_bank_stays_unnamed() -> None:
    text = ("BANKS RAISE RATES\n\n"
            "Rates rose across the board, dealers said.\n\n"
            "The Toronto-based bank said it would follow.\n")
    t, rows = _rows(text)
    based = [a for a in rows if _speaker(t, a) == "The Toronto-based bank"]
    assert based and not based[0].named, rows


def test_guard_a_different_person_keeps_his_country() -> None:
    text = ("TRADE TALKS GO ON\n\n"
            "Italian trade minister Marco Verdi said the talks would go on.\n\n"
            "German economy minister Hans Bauer said Bonn was ready.\n")
    _t, rows = _rows(text)
    bauer = [a for a in rows if a.speaker_name == "Hans Bauer"]
    assert bauer and bauer[0].source_country != "IT", rows


def test_the_social_media_company_is_the_one_named_company() -> None:
    text = ("Platform bans author\n\n"
            "BlueLeaf said his post broke its rules. The social-media company told him the post would stay hidden.\n")
    t, rows = _rows(text)
    kind = [a for a in rows if _speaker(t, a) == "The social-media company"]
    assert kind and kind[0].named and kind[0].speaker_name == "BlueLeaf", rows


def test_the_paper_is_the_newspaper_named_before() -> None:
    text = ("Pyongyang paper attacks drill\n\n"
            "The Rodong Sinmun said the drill was a rehearsal for war.\n\n"
            "The paper said the South would pay a price.\n")
    t, rows = _rows(text)
    paper = [a for a in rows if _speaker(t, a) == "The paper"]
    assert paper and paper[0].speaker_name == "Rodong Sinmun" and paper[0].source_type == "media", rows


def test_guard_the_company_after_two_named_companies_stays_unnamed() -> None:
    text = ("Two platforms spar\n\n"
            "BlueLeaf said his post broke its rules. Greenway said it disagreed. The social-media company told him "
            "the post would stay hidden.\n")
    t, rows = _rows(text)
    kind = [a for a in rows if _speaker(t, a) == "The social-media company"]
    assert kind and not kind[0].named, rows


@pytest.mark.parametrize("name", [f"{layer}_real103{part}.jsonl" for layer in ("attributions", "sources")
                                  for part in ("", "_heldout")])
def test_round103_gold_files_name_their_articles(name: str) -> None:
    assert_gold_names_its_articles(name)


SOURCE_GOLDS = [ROOT / "tests/gold/sources_real103.jsonl", ROOT / "tests/gold/sources_real103_heldout.jsonl"]


def test_round103_source_gold_is_well_formed_and_new() -> None:
    assert_fresh_gold_form(SOURCE_GOLDS, "real103", 10, extra_keys=frozenset({"sha256"}),
                           prefixes=("../wekareuters/",))


def test_round103_source_gold_anchors_found_and_files_unchanged() -> None:
    if not (SHARED / "../wekareuters/train").is_dir():
        pytest.skip("wekareuters articles missing (events71's unpacking, /work/wekareuters)")
    assert_anchors_found(SOURCE_GOLDS)
    assert_articles_unchanged(SOURCE_GOLDS)
