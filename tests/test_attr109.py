"""Attributions, round 109: shapes of the development errors on round 109's gold (1987 company and market wire:
a bank's loss outlook, a paper maker's results). Sentences written for the test, not taken from any article, the
names invented. The rule tests fail on main; the guards pass on both."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.attribution_rows import cue_text as _cue
from tests.attribution_rows import records as _rows
from tests.sources_gold import (
    assert_anchors_found,
    assert_articles_unchanged,
    assert_fresh_gold_form,
    assert_gold_names_its_articles,
)

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

BANK = ("CANADIAN MERROW BANK SEES SMALLER BAD DEBTS\n\n"
        "<Canadian Merrow Bank of Trade>, earlier reporting a higher second quarter net income, ended "
        "April 30, said it expects bad debts to come in below last year's 12.0 mln dlrs.\n\n"
        "Earlier, the company reported second quarter earnings of 4.1 mln dlrs, equal to 23 cts a share, versus "
        "3.3 mln dlrs.\n\n"
        "In 1985 the company reported its earnings from ongoing operations of 8.2 mln dlrs, equal to 43 cts a "
        "share.\n\n"
        "Merrow Bank said it will keep its reserves for bad debts at last year's level.\n\n"
        "The bank also said its farm loans grew by six pct.\n")


def _content(t: str, a) -> str:  # type: ignore[no-untyped-def]
    return t[a.content.start:a.content.end]


def test_a_reporting_aside_before_said_gives_the_said_record() -> None:
    t, rows = _rows(BANK)
    said = [a for a in rows if _content(t, a).startswith("it expects bad debts")]
    assert said and _cue(t, said[0]) == "said", rows
    assert _content(t, said[0]).endswith("12.0 mln dlrs"), rows
    assert not [a for a in rows if _cue(t, a) == "reporting"], rows


def test_reported_a_result_noun_phrase_is_no_record() -> None:
    t, rows = _rows(BANK)
    assert not [a for a in rows if _cue(t, a) == "reported"], rows


def test_a_company_s_short_name_takes_its_full_name_and_country() -> None:
    t, rows = _rows(BANK)
    first = [a for a in rows if _content(t, a).startswith("it expects bad debts")]
    assert first and first[0].source_country == "CA", rows
    short = [a for a in rows if _content(t, a).startswith(("it will keep", "its farm loans"))]
    assert len(short) == 2, rows
    assert all(a.source_country == "CA" and a.named and a.speaker_name == first[0].speaker_name
               for a in short), rows


def test_guard_reported_a_result_clause_stays() -> None:
    t, rows = _rows("VELMAR <VLM> RESULTS\n\nVelmar Corp said its sales rose.\n\n"
                    "The company reported second quarter earnings rose to 4.1 mln dlrs from 3.3 mln dlrs.\n")
    assert [a for a in rows if _cue(t, a) == "reported"], rows


def test_guard_said_after_a_plain_aside_keeps_its_record() -> None:
    t, rows = _rows("VELMAR <VLM> SEES GROWTH\n\nVelmar Corp, a maker of farm pumps, said it expects its sales "
                    "to grow by ten pct this year.\n")
    assert [a for a in rows if _cue(t, a) == "said" and _content(t, a).startswith("it expects its sales")], rows


@pytest.mark.parametrize("name", [f"{layer}_real109{part}.jsonl" for layer in ("attributions", "sources")
                                  for part in ("", "_heldout")])
def test_round109_gold_files_name_their_articles(name: str) -> None:
    assert_gold_names_its_articles(name)


SOURCE_GOLDS = [ROOT / "tests/gold/sources_real109.jsonl", ROOT / "tests/gold/sources_real109_heldout.jsonl"]


def test_round109_source_gold_is_well_formed_and_new() -> None:
    assert_fresh_gold_form(SOURCE_GOLDS, "real109", 10, extra_keys=frozenset({"sha256"}),
                           prefixes=("../wekareuters/",))


def test_round109_source_gold_anchors_found_and_files_unchanged() -> None:
    if not (SHARED / "../wekareuters/train").is_dir():
        pytest.skip("wekareuters articles missing (events71's unpacking, /work/wekareuters)")
    assert_anchors_found(SOURCE_GOLDS)
    assert_articles_unchanged(SOURCE_GOLDS)


FLOAT = ("KORVAL TO FLOAT COPPER UNIT\n\n"
         "Korval Mining Ltd said it plans to float its copper unit, Korval Copper Ltd (KCL).\n\n"
         "KCL chairman-designate Peter Ansell said it was a sound copper stock.\n\n"
         "\"It has a fine future,\" he said.\n")


def test_a_company_s_chairman_designate_is_a_person() -> None:
    t, rows = _rows(FLOAT)
    his = [a for a in rows if a.speaker is not None and t[a.speaker.start:a.speaker.end].endswith("Ansell")]
    assert len(his) == 1, rows
    assert his[0].source_type == "person", rows


def test_guard_a_president_elect_of_a_state_stays_as_it_was() -> None:
    _t, rows = _rows("ENVOY NAMED\n\nU.S. President-elect Jack Morrow said he would name an envoy soon.\n")
    assert [a for a in rows if a.source_type != "person" and a.speaker_name == "Jack Morrow"], rows
