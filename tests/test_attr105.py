"""Attributions, round 105: the whole record on 1987 wire stories (round 105's gold). Sentences written for the test,
not taken from any article, the names invented. The rule tests fail on main; the guards pass on both."""

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


def test_a_passive_forecast_with_no_speaker_on_the_wire_is_no_report() -> None:
    text = ("NORTHLAND RICE IMPORTS SEEN HIGHER\n\n"
            "Rice imports are forecast to rise to 300,000 tonnes in 1987/88, the Canadian Embassy said.\n\n"
            "Barley imports are expected to slip to some 90,000 tonnes next year.\n\n"
            "Maize output is forecast to rise steadily to two mln tonnes by 1990.\n")
    t, rows = _rows(text)
    assert [_cue(t, a) for a in rows] == ["said"], rows


def test_guard_a_passive_forecast_off_the_wire_is_kept() -> None:
    t, rows = _rows("Rice imports seen higher\n\nBarley imports are expected to slip to some 90,000 tonnes "
                    "next year.\n")
    assert [_cue(t, a) for a in rows] == ["expected"], rows


def test_reporting_a_result_noun_phrase_is_no_report() -> None:
    text = ("ORBIT MINING SEES CREDIT LINE\n\n"
            "<Orbit Mining Holdings Corp>, earlier reporting wider annual operating losses, said three banks had "
            "agreed a new credit line.\n\n"
            "It also reported 1986 operating losses had widened to 12.1 mln dlrs from 3.4 mln dlrs.\n")
    t, rows = _rows(text)
    assert [_cue(t, a) for a in rows] == ["said", "reported"], rows


def test_said_but_cited_is_two_records() -> None:
    text = ("VALMONT BANK TO SPLIT SHARES\n\n"
            "The sources said it was too soon to name a price for the shares, but cited May 12 as a likely date "
            "for the sale.\n")
    t, rows = _rows(text)
    assert [(_speaker(t, a), _cue(t, a)) for a in rows] == [("The sources", "said"), ("The sources", "cited")], rows
    assert _content(t, rows[1]) == "May 12 as a likely date for the sale"


def test_a_nested_telling_is_a_second_record() -> None:
    text = ("GARLAND GROUP HOLDS STAKE IN NOVA FOODS\n\n"
            "The Garland group said it has told Nova Foods that it considers the planned fee of two mln dlrs a "
            "waste of the company's money.\n")
    t, rows = _rows(text)
    told = [a for a in rows if _cue(t, a) == "told"]
    assert len(rows) == 2 and told, rows
    assert _speaker(t, told[0]) == "it" and _content(t, told[0]).startswith("it considers the planned fee")
    assert told[0].speaker_name == rows[0].speaker_name


def test_a_speaker_attributed_a_fall_to_a_cause() -> None:
    text = ("TEA PRICES SEEN RECOVERING\n\n"
            "Trade Minister Paulo Ferreira said tea prices would recover by June.\n\n"
            "Ferreira attributed the fall in world tea prices last month to speculation rather than to real "
            "supply.\n")
    t, rows = _rows(text)
    att = [a for a in rows if _cue(t, a) == "attributed"]
    assert att and _speaker(t, att[0]) == "Ferreira" and att[0].speaker_name == "Paulo Ferreira", rows
    assert _content(t, att[0]).startswith("the fall in world tea prices")


def test_guard_attributed_with_no_earlier_speaker_is_no_report() -> None:
    text = ("TEA PRICES FALL\n\n"
            "Traders attributed the fall in world tea prices last month to speculation.\n")
    t, rows = _rows(text)
    assert not [a for a in rows if _cue(t, a) == "attributed"], rows


def test_an_interrupting_tag_read_as_content_is_the_speaker_s_record() -> None:
    text = ("TIN PRODUCERS SEEK CHANGES\n\n"
            "Trade Minister Paulo Ferreira said he saw new hope for the talks.\n\n"
            "Bolivia is insisting, Ferreira said, on quotas that follow each member's true mining output, after "
            "its own smelters are supplied.\n")
    t, rows = _rows(text)
    last = rows[-1]
    assert (_speaker(t, last), _cue(t, last), last.speaker_name) == ("Ferreira", "said", "Paulo Ferreira"), rows
    assert _content(t, last).startswith("Bolivia is insisting") and _content(t, last).endswith("smelters are supplied")


def test_a_content_runs_past_its_own_interrupting_tag() -> None:
    text = ("RUBBER PRODUCERS SEEK NEW QUOTAS\n\n"
            "Trade Minister Paulo Ferreira said he saw new hope for the talks.\n\n"
            "Brazil is pressing, Ferreira said, for a new quota system based on real output.\n")
    t, rows = _rows(text)
    last = rows[-1]
    assert _cue(t, last) == "said" and _content(t, last).endswith("based on real output"), rows


@pytest.mark.parametrize("name", [f"{layer}_real105{part}.jsonl" for layer in ("attributions", "sources")
                                  for part in ("", "_heldout")])
def test_round105_gold_files_name_their_articles(name: str) -> None:
    assert_gold_names_its_articles(name)


SOURCE_GOLDS = [ROOT / "tests/gold/sources_real105.jsonl", ROOT / "tests/gold/sources_real105_heldout.jsonl"]


def test_round105_source_gold_is_well_formed_and_new() -> None:
    assert_fresh_gold_form(SOURCE_GOLDS, "real105", 10, extra_keys=frozenset({"sha256"}),
                           prefixes=("../wekareuters/",))


def test_round105_source_gold_anchors_found_and_files_unchanged() -> None:
    if not (SHARED / "../wekareuters/train").is_dir():
        pytest.skip("wekareuters articles missing (events71's unpacking, /work/wekareuters)")
    assert_anchors_found(SOURCE_GOLDS)
    assert_articles_unchanged(SOURCE_GOLDS)


def test_a_company_named_after_a_canadian_province_is_canadian() -> None:
    text = ("ALBERTA TIMBER HOLDINGS SEES LOSS\n\n"
            "<Alberta Timber Holdings Corp> said it expects a loss in 1987.\n\n"
            "The company said its mills would reopen in May.\n")
    _t, rows = _rows(text)
    assert rows and all(a.source_country == "CA" for a in rows), [(a.speaker_name, a.source_country) for a in rows]
