"""Attributions, round 106: shapes of the development errors on round 106's gold (1987 company and market wire:
a merger fight, a board's refusal, a chairman's reasons). Sentences written for the test, not taken from any
article, the names invented. The rule tests fail on main; the guards pass on both."""

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

MERGER = ("TALVEN <TLV> KEEPS BID FOR ORSKA OPEN\n\n"
          "Talven Industries Inc chairman Peter Quell said the offer for Orska Corp remained on the table.\n\n"
          "The Talven board, which had earlier expressed concern about the size of Orska's pension debts, "
          "met on Monday.\n\n"
          "\"We still want this deal to happen,\" Quell said, in explaining why the company had raised its offer.\n\n"
          "Quell declined to comment on the talks with Orska's lenders.\n\n"
          "He said a revised bid might come next month, but declined to be more specific.\n\n"
          "The Talven board said it would meet again on Friday.\n")


def test_a_refusal_with_no_content_is_no_record() -> None:
    t, rows = _rows(MERGER)
    assert not [a for a in rows if _cue(t, a).endswith("declined")], rows
    assert [a for a in rows if t[a.content.start:a.content.end].startswith("a revised bid")], rows


def test_in_explaining_why_is_no_record() -> None:
    t, rows = _rows(MERGER)
    assert not [a for a in rows if _cue(t, a) == "explaining"], rows
    assert [a for a in rows if t[a.content.start:a.content.end].startswith("We still want")], rows


def test_expressed_concern_about_a_noun_phrase_is_no_record() -> None:
    t, rows = _rows(MERGER)
    assert not [a for a in rows if _cue(t, a) == "expressed"], rows


def test_the_company_s_board_is_the_company() -> None:
    t, rows = _rows(MERGER)
    board = [a for a in rows if (_speaker(t, a) or "") == "The Talven board"]
    assert board, rows
    assert all(a.named and a.speaker_name == "Talven Industries Inc" for a in board), rows


def test_guard_declined_to_name_stays() -> None:
    t, rows = _rows("The bank said it had sold the loans to a Dutch lender, but declined to name the buyer.\n")
    assert [a for a in rows if _cue(t, a).endswith("declined")], rows


def test_guard_expressed_concern_that_clause_stays() -> None:
    t, rows = _rows("The union expressed concern that the new rota would cut its members' pay.\n")
    assert [a for a in rows if t[a.content.start:a.content.end].startswith("the new rota")], rows


@pytest.mark.parametrize("name", [f"{layer}_real106{part}.jsonl" for layer in ("attributions", "sources")
                                  for part in ("", "_heldout")])
def test_round106_gold_files_name_their_articles(name: str) -> None:
    assert_gold_names_its_articles(name)


SOURCE_GOLDS = [ROOT / "tests/gold/sources_real106.jsonl", ROOT / "tests/gold/sources_real106_heldout.jsonl"]


def test_round106_source_gold_is_well_formed_and_new() -> None:
    assert_fresh_gold_form(SOURCE_GOLDS, "real106", 10, extra_keys=frozenset({"sha256"}),
                           prefixes=("../wekareuters/",))


def test_round106_source_gold_anchors_found_and_files_unchanged() -> None:
    if not (SHARED / "../wekareuters/train").is_dir():
        pytest.skip("wekareuters articles missing (events71's unpacking, /work/wekareuters)")
    assert_anchors_found(SOURCE_GOLDS)
    assert_articles_unchanged(SOURCE_GOLDS)
