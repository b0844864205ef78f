"""Attributions, round 93: shapes of the development errors on round 93's gold (1987 company and market wire
stories). Sentences written for the test, not taken from any article, the names invented. The rule tests fail on
main; the guards pass on both."""

from __future__ import annotations

from pathlib import Path

import pytest

from spinscope.components.attribution.lead50 import lead50_attributions
from spinscope.result import Attribution, Span
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
HEAD = "HARBOUR NEWS\n\n"
WIRE = "FARLEY <FRL> SEES HIGHER SALES\n\n"


def test_a_name_with_a_relative_clause_after_an_intro_speaks() -> None:
    t, rows = _rows(HEAD + "In a letter to its members, Marlow, which is owned by Anna Rusk, a Danish citizen "
                    "living in Spain, also said it considered buying more shares of the ferry line.\n")
    said = [a for a in rows if _cue(t, a) == "said"]
    assert said and _speaker(t, said[0]) == "Marlow", rows
    assert _content(t, said[0]).startswith("it considered buying"), rows
    assert said[0].source_type == "organization", rows


def test_a_group_president_who_told_reporters_is_a_person() -> None:
    t, rows = _rows(HEAD + "In late March group chairman Peter Vilken told reporters that the drought had cut the "
                    "harvest in the northern valleys.\n")
    told = [a for a in rows if _cue(t, a) == "told"]
    assert told and _speaker(t, told[0]) == "group chairman Peter Vilken", rows
    assert told[0].source_type == "person" and told[0].speaker_name == "Peter Vilken", rows


def test_described_as_is_a_record_of_the_subject() -> None:
    t, rows = _rows(HEAD + "Dealers today described the selling in the ferry shares as heavy, a sign that funds "
                    "were leaving the harbour.\n")
    desc = [a for a in rows if _cue(t, a) == "described"]
    assert desc and _speaker(t, desc[0]) == "Dealers", rows
    assert desc[0].source_type == "anonymous" and not desc[0].named, rows
    assert _content(t, desc[0]).startswith("the selling in the ferry shares as heavy"), rows


def test_but_it_said_takes_the_last_company() -> None:
    text = (HEAD + "Marlow Holdings said it has had talks with the ferry line's board.\n\n"
            "It did not specify in its letter which matters came up. But it said the meetings had led "
            "nowhere so far.\n")
    content = "the meetings had led nowhere so far"
    cue_at = text.index("said the meetings")
    recs = [
        Attribution(start=text.index("Marlow"), end=text.index(" with the ferry"), label="indirect", score=0.5,
                    evidence="test", kind="indirect",
                    speaker=Span(start=text.index("Marlow"), end=text.index(" said"), label="speaker", score=0.5,
                                 evidence="test"),
                    cue=Span(start=text.index("said"), end=text.index("said") + 4, label="cue", score=0.5,
                             evidence="test"),
                    content=Span(start=text.index("it has had"), end=text.index(" with the ferry"), label="content",
                                 score=0.5, evidence="test"),
                    source_type="organization", speaker_name="Marlow Holdings", named=True),
        Attribution(start=cue_at, end=text.index(content) + len(content), label="indirect", score=0.5,
                    evidence="test", kind="indirect", speaker=None,
                    cue=Span(start=cue_at, end=cue_at + 4, label="cue", score=0.5, evidence="test"),
                    content=Span(start=text.index(content), end=text.index(content) + len(content), label="content",
                                 score=0.5, evidence="test"),
                    source_type="anonymous", named=False),
    ]
    out = lead50_attributions(text, recs)  # attr94: the one "it said" rule is lead50's now
    assert out[1].speaker is not None and text[out[1].speaker.start:out[1].speaker.end] == "it"
    assert out[1].speaker_name == "Marlow Holdings" and out[1].source_type == "organization" and out[1].named


def test_he_after_an_unnamed_analyst_is_that_analyst() -> None:
    t, rows = _rows(HEAD + "Kim Ostrander, head of planning at the ferry line, said management wants to stay "
                    "independent.\n\nAn analyst who wanted anonymity said 30 crowns a share is a fair price. "
                    "\"A bidding war to 40 crowns a share is a stretch,\" he said.\n")
    he = [a for a in rows if _speaker(t, a) == "he"]
    assert he and he[0].speaker_name != "Kim Ostrander" and not he[0].named, rows
    assert he[0].source_type == "anonymous", rows
    assert not [a for a in rows if _content(t, a).strip() == "anonymity"], rows


def test_place_traders_are_anonymous() -> None:
    t, rows = _rows(HEAD + "Wall Street traders said ferry line shares were climbing on talk of a bid.\n")
    said = [a for a in rows if _cue(t, a) == "said"]
    assert said and said[0].source_type == "anonymous" and not said[0].named, rows


def test_a_report_on_a_broadcaster_is_the_broadcaster() -> None:
    t, rows = _rows(HEAD + "A report on Northern Cable Network today said Marlow holds five pct of the ferry line and "
                    "is studying a bid.\n\nThe cable program said a buyout would be for up to 40 crowns a share.\n")
    said = [a for a in rows if _cue(t, a) == "said"]
    assert len(said) == 2, rows
    assert all(a.source_type == "media" and a.named for a in said), rows
    assert said[0].speaker_name == "Northern Cable Network" == said[1].speaker_name, rows


def test_the_company_is_named_and_a_bare_ticker_gives_the_us() -> None:
    t, rows = _rows(WIRE + "Farley Corp said its sales would rise this year.\n\nThe company also said it expects a "
                    "loss in the first quarter because of the weak market.\n")
    said = [a for a in rows if _cue(t, a) == "said"]
    assert len(said) == 2, rows
    assert said[1].named and said[1].speaker_name == "Farley Corp", rows
    assert [a.source_country for a in said] == ["US", "US"], rows


def test_a_paris_listing_gives_france() -> None:
    t, rows = _rows("FARLEY EXPECTS LOSS\n\nFarley Cie Generale <FRL.PA> expects a loss for the year, the company "
                    "said.\n")
    said = [a for a in rows if _cue(t, a) == "said"]
    assert said and said[0].source_country == "FR" and said[0].named, rows


def test_guard_no_listing_country_without_a_wire_title() -> None:
    t, rows = _rows("Farley Corp <FRL> said its sales would rise this year.\n\nThe company also said it expects a "
                    "loss in the first quarter because of the weak market.\n")
    assert all(a.source_country is None for a in rows if _cue(t, a) == "said"), rows


def test_guard_unnamed_analysts_keep_no_country() -> None:
    t, rows = _rows(WIRE + "Farley Corp said its sales would rise this year.\n\nAnalysts said the forecast was "
                    "too cautious.\n")
    analysts = [a for a in rows if _speaker(t, a) == "Analysts"]
    assert analysts and analysts[0].source_country is None and analysts[0].source_type == "anonymous", rows


@pytest.mark.parametrize("name", [f"{layer}_real93{part}.jsonl" for layer in ("attributions", "sources")
                                  for part in ("", "_heldout")])
def test_round93_gold_files_name_their_articles(name: str) -> None:
    assert_gold_names_its_articles(name)


SOURCE_GOLDS = [ROOT / "tests/gold/sources_real93.jsonl", ROOT / "tests/gold/sources_real93_heldout.jsonl"]


def test_round93_source_gold_is_well_formed_and_new() -> None:
    assert_fresh_gold_form(SOURCE_GOLDS, "real93", 8, extra_keys=frozenset({"sha256"}),
                           prefixes=("../wekareuters/",))


def test_round93_source_gold_anchors_found_and_files_unchanged() -> None:
    if not (SHARED / "../wekareuters/train").is_dir():
        pytest.skip("wekareuters articles missing (events71's unpacking, /work/wekareuters)")
    assert_anchors_found(SOURCE_GOLDS)
    assert_articles_unchanged(SOURCE_GOLDS)
