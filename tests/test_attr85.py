"""Attributions, round 85: shapes of the development errors on round 85's gold (sentences written for the test,
not taken from any article). The rule tests fail on main (the full pipeline, or the pass replaced by the identity);
the guards pass on both."""

from __future__ import annotations

from pathlib import Path

import pytest

from spinscope import analyze
from spinscope.components.attribution.round85 import _title_end_r85, round85_attributions
from spinscope.components.attribution.sources import load_source_table
from spinscope.result import Attribution, Span
from tests.attribution_rows import ATTRIBUTION_COMPONENTS
from tests.sources_gold import assert_anchors_found, assert_articles_unchanged, assert_fresh_gold_form

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _span(text: str, part: str, label: str) -> Span:
    start = text.index(part)
    return Span(start=start, end=start + len(part), label=label, score=0.5, evidence="test")


def _record(text: str, speaker: str | None, cue: str, content: str, **fields: object) -> Attribution:
    spans = [_span(text, cue, "cue"), _span(text, content, "content")]
    spk = _span(text, speaker, "speaker") if speaker else None
    if spk is not None:
        spans.append(spk)
    return Attribution(start=min(x.start for x in spans), end=max(x.end for x in spans), label="indirect",
                       score=0.5, evidence="test", kind="indirect", speaker=spk, cue=_span(text, cue, "cue"),
                       content=_span(text, content, "content"), **fields)  # type: ignore[arg-type]


def _said(text: str) -> list[Attribution]:
    result = analyze(text, components=ATTRIBUTION_COMPONENTS)
    return list(result.attributions)


def test_a_wire_title_that_says_makes_no_record() -> None:
    text = ("MINISTER SAYS HARBOUR WILL REOPEN\n\nThe harbour will reopen next week after repairs, Transport "
            "Minister Anna Berg said.\n")
    rows = _said(text)
    assert rows and all(a.cue is not None and a.cue.start > len("MINISTER SAYS HARBOUR WILL REOPEN") for a in rows)


def test_a_title_with_a_source_tail_or_no_blank_line_is_left() -> None:
    assert _title_end_r85("PORT TALKS TO RESUME SOON - UNION LEADERS\n\nBody.\n") == -1
    assert _title_end_r85("MINERS SAY PIT WILL CLOSE\nBody.\n") == -1
    assert _title_end_r85("Dock unions said talks would resume.\n\nMore.\n") == -1
    assert _title_end_r85("MINERS SAY PIT WILL CLOSE\n\nBody.\n") == len("MINERS SAY PIT WILL CLOSE")


def test_issued_a_statement_saying_gives_the_issuer() -> None:
    text = ("The growers' federation today issued a statement saying exports were \"far lower\" than a year "
            "earlier.\n")
    rec = _record(text, "a statement", "saying", "exports were", source_type="person", named=False)
    out = round85_attributions(text, [rec], load_source_table())
    assert out[0].speaker is not None and text[out[0].speaker.start:out[0].speaker.end] == "The growers' federation"


def test_a_plural_noun_before_urging_speaks() -> None:
    text = ("Asked how she would respond to unions and shopkeepers urging the council to cut rents, Berg said she "
            "would listen.\n")
    rec = _record(text, "she", "urging", "to cut rents", source_type="person")
    out = round85_attributions(text, [rec], load_source_table())
    assert out[0].speaker is not None and text[out[0].speaker.start:out[0].speaker.end] == "unions and shopkeepers"
    assert out[0].source_type == "anonymous" and not out[0].named


def test_a_comma_before_urging_keeps_the_subject() -> None:
    text = "The mayor said rents were too high, urging the council to cut them.\n"
    rec = _record(text, "The mayor", "urging", "the council to cut them", source_type="government")
    assert round85_attributions(text, [rec], load_source_table()) == [rec]


def test_a_refused_comment_and_the_time_of_a_talk_are_no_records() -> None:
    text = ("Speaking to reporters on her return from the summit, Berg said the talks had gone well. Berg would "
            "not comment on what budget issues were raised.\n")
    talk = _record(text, "Berg", "Speaking to reporters on", "her return from the summit")
    said = _record(text, "Berg", "said", "the talks had gone well")
    refused = _record(text, "Berg", "comment on", "what budget issues were raised")
    assert round85_attributions(text, [talk, said, refused], load_source_table()) == [said]


def test_a_cabinet_secretary_and_his_aides_are_us_government() -> None:
    text = ("Agriculture Secretary Tom Hale said no decision was taken at the White House meeting. Aides to Hale said "
            "the budget would come first.\n")
    rows = [a for a in _said(text) if a.cue is not None and text[a.cue.start:a.cue.end] == "said"]
    assert len(rows) == 2, rows
    assert all(a.source_type == "government" and a.source_country == "US" for a in rows), rows


def test_a_senate_committee_chairman_is_a_politician() -> None:
    text = ("Senate Finance Committee chairman Paul Rand called for new limits on share buybacks. \"Congress must "
            "act now,\" Rand said.\n")
    rows = [a for a in _said(text) if a.speaker is not None]
    assert rows and all(a.source_type == "politician" and a.source_country == "US" for a in rows), rows


def test_a_paper_named_by_its_kind_and_the_newspaper_are_media() -> None:
    text = ("The government daily Zvezda said the spring sowing would start late. Without giving dates, the newspaper "
            "said the fields were still frozen.\n")
    rows = [a for a in _said(text) if a.speaker is not None]
    assert len(rows) == 2, rows
    assert all(a.source_type == "media" and a.speaker_name == "Zvezda" for a in rows), rows


def test_the_soviet_union_is_ru_and_a_source_close_to_a_body_is_anonymous() -> None:
    text = "The Soviet Union has said the harvest will be late. One source close to the ministry said so too.\n"
    table = load_source_table()
    su = _record(text, "The Soviet Union", "said", "the harvest will be late", source_type="government",
                 source_country="US")
    close = _record(text, "One source close to the ministry", "said so", "so too", source_type="person",
                    named=False)
    out = round85_attributions(text, [su, close], table)
    assert out[0].source_country == "RU" and out[1].source_type == "anonymous", out


def test_the_treasury_and_a_department_spokesman_are_government() -> None:
    text = ("The U.S. Treasury repeated that only the secretary speaks on the currency. A Department spokesman was "
            "asked about it. \"Nothing has changed,\" the spokesman told Reuters.\n")
    table = load_source_table()
    tre = _record(text, "The U.S. Treasury", "repeated", "only the secretary speaks", source_type="organization",
                  source_country="US")
    spk = _record(text, "the spokesman", "told", "\"Nothing has changed,\"", source_type="person", named=False)
    out = round85_attributions(text, [tre, spk], table)
    assert [a.source_type for a in out] == ["government", "government"] and out[1].source_country == "US", out


# The gold files' form is checked with round 83's in tests/test_attr83.py.

SOURCE_GOLDS = [ROOT / "tests/gold/sources_real85.jsonl", ROOT / "tests/gold/sources_real85_heldout.jsonl"]


def test_round85_source_gold_is_well_formed_and_new() -> None:
    assert_fresh_gold_form(SOURCE_GOLDS, "real85", 10, extra_keys=frozenset({"sha256"}),
                           prefixes=("../wekareuters/",))


def test_round85_source_gold_anchors_found_and_files_unchanged() -> None:
    if not (SHARED / "../wekareuters/train").is_dir():
        pytest.skip("wekareuters articles missing (/work/wekareuters)")
    assert_anchors_found(SOURCE_GOLDS)
    assert_articles_unchanged(SOURCE_GOLDS)


def test_a_title_cue_followed_by_that_keeps_its_record() -> None:
    text = "CITY AUDIT REVEALS THAT THE BUDGET WAS OVERSPENT\n\nThe audit was published on Friday.\n"
    rec = _record(text, "CITY AUDIT", "REVEALS", "THE BUDGET WAS OVERSPENT")
    assert round85_attributions(text, [rec], load_source_table()) == [rec]
