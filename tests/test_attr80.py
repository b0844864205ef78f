"""Attributions, round 80: wire shapes of the development errors on round 80's Reuters gold (sentences written for
the test, not taken from any article). The rule tests fail on main (the full pipeline, or the pass itself on a
hand-built record of main's shape); the guards pass on both."""

from __future__ import annotations

from pathlib import Path

import pytest

from spinscope.components.attribution.round80 import dateline_country80, round80_attributions
from spinscope.components.attribution.sources import load_source_table
from spinscope.result import Attribution, Span
from tests.attribution_rows import attribution_details
from tests.sources_gold import SHARED, assert_anchors_found, assert_articles_unchanged, assert_fresh_gold_form

_rows = attribution_details
GOLD = Path(__file__).resolve().parent / "gold"
SOURCE_GOLDS = [GOLD / "sources_real80.jsonl", GOLD / "sources_real80_heldout.jsonl"]
REUTERS = SHARED / ".." / "reuters"  # beside ../shared, also where ../shared is a link (where fetch.py writes)


def _span(text: str, part: str, label: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return Span(start=start, end=start + len(part), label=label, score=0.5, evidence="test")


def _record(text: str, speaker: str | None, cue: str, content: str, evidence: str, kind: str = "indirect",
            **fields: object) -> Attribution:
    c = _span(text, content, "content")
    s = _span(text, speaker, "speaker") if speaker else None
    k = _span(text, cue, "cue")
    return Attribution(start=min(c.start, k.start, s.start if s else c.start), end=max(c.end, k.end), label=kind,
                       score=0.5, evidence=evidence, kind=kind, speaker=s, cue=k, content=c, **fields)


def test_doubled_verb_after_a_quotation_gives_it_to_the_name() -> None:
    # main's shape: the quotation continues the previous speaker's (built by hand)
    text = ("The plan starts in May, according to a port spokesman.\n\n\"Shippers will love the new slots,\" said "
            "said Harriet Olsen, Olsen Freight president.\n")
    quote = _record(text, "a port spokesman", "according to", "Shippers will love the new slots",
                    "attributions.v1:quote-continues-previous", kind="direct")
    out = round80_attributions(text, [quote], load_source_table())
    assert out[0].speaker is not None and text[out[0].speaker.start:out[0].speaker.end] == "Harriet Olsen", out


def test_subjectless_noting_that_sentence_makes_two_reports() -> None:
    rows = _rows("Brandt Tools Co said its sales rose in the second half.\n\nNoting that it usually files its "
                 "accounts in early May, said the filing will come in late June this year.\n")
    assert [r for r in rows if r["cue"] == "Noting" and r["content"].startswith("it usually files")], rows
    assert [r for r in rows if r["content"].startswith("the filing will come")], rows


def test_a_raised_price_is_no_report_but_raised_concerns_are() -> None:
    text = "Mr Kerr also raised the value of the bonds he is selling to 8.25 dlrs from seven dlrs.\n"
    rec = _record(text, "Mr Kerr", "raised", "the value of the bonds he is selling to 8.25 dlrs from seven dlrs",
                  "attributions.v1:stance-verb:raise:dobj")
    assert round80_attributions(text, [rec], load_source_table()) == []
    text2 = "Mr Kerr raised concerns that the bonds would lose five pct of their value.\n"
    rec2 = _record(text2, "Mr Kerr", "raised", "concerns that the bonds would lose five pct of their value",
                   "attributions.v1:stance-verb:raise:dobj")
    assert len(round80_attributions(text2, [rec2], load_source_table())) == 1


def test_a_denied_report_goes_and_failed_to_stays() -> None:
    text = ("The council failed to publish a spending plan for the year.\n\nNo number was revealed for the new "
            "bridge.\n")
    a = _record(text, "The council", "publish", "a spending plan for the year",
                "attributions.v1:stance-verb:publish:dobj")
    b = _record(text, None, "revealed", "No number was revealed for the new bridge",
                "attributions.v1:stance-verb:reveal:passive")
    # "failed to <verb>" was backed out (README): the record stays
    assert round80_attributions(text, [a, b], load_source_table()) == [a]


def test_a_report_inside_an_according_to_clause_goes() -> None:
    text = "The state board approved the new fee in March, according to a board spokesman.\n"
    outer = _record(text, "a board spokesman", "according to", "The state board approved the new fee in March",
                    "attributions.v1:according-to", kind="according_to")
    inner = _record(text, "The state board", "approved", "the new fee in March",
                    "attributions.v1:stance-verb:approve:dobj")
    out = round80_attributions(text, [outer, inner], load_source_table())
    assert [a.kind for a in out] == ["according_to"], out


def test_a_term_named_after_called_is_no_report() -> None:
    text = "At least one dealer in such a swap, called a basis trade or BTX, must post cash first.\n"
    rec = _record(text, "At least one dealer in such a swap", "called", "a basis trade or BTX",
                  "attributions.v1:reporting-verb:call:object")
    assert round80_attributions(text, [rec], load_source_table()) == []


def test_company_in_angle_brackets_and_the_company_after_it() -> None:
    rows = _rows("GRAIN FIRM BUYS MILL\n\nLONDON, March 3 - <Hollis Grain Plc> said it has bought a flour mill "
                 "in Kent.\n\nThe company said the mill will run at full rate by June.\n")
    first = [r for r in rows if r["content"].startswith("it has bought")]
    assert first and first[0]["speaker"] == "Hollis Grain Plc" and first[0]["type"] == "organization", rows
    second = [r for r in rows if r["content"].startswith("the mill will run")]
    assert second and second[0]["name"] == "Hollis Grain Plc" and second[0]["named"], rows


def test_company_suffix_speaker_is_an_organization() -> None:
    rows = _rows("DENVER, Feb 27 - Blue Mesa Hotels Limited Partnership said it filed papers for a new fund.\n")
    assert [r for r in rows if r["type"] == "organization"], rows


def test_state_of_a_country_is_its_government() -> None:
    text = "The Gulf oil state of Kuwait announced a new budget and projected a large deficit.\n"
    rec = _record(text, "The Gulf oil state of Kuwait", "announced", "a new budget",
                  "attributions.v1:reporting-verb:announce:dobj", source_type="organization", source_country="KW",
                  speaker_name="Gulf oil state of Kuwait")
    out = round80_attributions(text, [rec], load_source_table())
    assert out[0].source_type == "government" and out[0].source_country == "KW", out


def test_short_form_of_a_full_name_takes_its_type() -> None:
    text = ("Oil Minister Sheikh Hamad bin Salem al-Fahd said output would rise.\n\nSheikh Hamad said prices "
            "would hold.\n")
    full = _record(text, "Oil Minister Sheikh Hamad bin Salem al-Fahd", "said", "output would rise",
                   "attributions.v1:reporting-verb:say:ccomp", source_type="government", source_country="KW",
                   speaker_name="Sheikh Hamad bin Salem al-Fahd")
    short = _record(text, "Sheikh Hamad", "said", "prices would hold", "attributions.v1:reporting-verb:say:ccomp",
                    source_type="person", speaker_name="Hamad")
    out = round80_attributions(text, [full, short], load_source_table())
    assert out[1].source_type == "government" and out[1].source_country == "KW", out


def test_unnamed_exchange_spokeswoman_speaks_as_the_body() -> None:
    text = "Trading will start at noon, according to an exchange spokeswoman.\n"
    rec = _record(text, "an exchange spokeswoman", "according to", "Trading will start at noon",
                  "attributions.v1:according-to", kind="according_to", source_type="person", named=False)
    out = round80_attributions(text, [rec], load_source_table())
    assert out[0].source_type == "organization" and not out[0].named, out


def test_dateline_country() -> None:
    table = load_source_table()
    assert dateline_country80("ACME CUTS PRICES\n\nCLEVELAND, Feb 26 - Acme Corp said ...", table) == "US"
    assert dateline_country80("TITLE\n\nPORTLAND, Ore., Feb 26 - X said ...", table) == "US"
    assert dateline_country80("TITLE\n\nDOHA, March 1 - X said ...", table) == "QA"
    # guards: no dateline, no country
    assert dateline_country80("Acme Corp said on Friday that prices would fall.", table) is None


def test_guard_it_after_a_person_is_left_alone() -> None:
    text = "Jane Holt said the vote was close.\n\nIt said the count would be checked.\n"
    a = _record(text, "Jane Holt", "said", "the vote was close", "attributions.v1:reporting-verb:say:ccomp",
                source_type="person", speaker_name="Jane Holt")
    b = _record(text, "It", "said", "the count would be checked", "attributions.v1:reporting-verb:say:ccomp",
                source_type="report", speaker_name="It", named=False)
    out = round80_attributions(text, [a, b], load_source_table())
    assert out[1].source_type == "report" and out[1].speaker_name == "It", out


def test_one_word_company_takes_its_full_name() -> None:
    text = "Hollis Grain Holdings Inc agreed to the plan.\n\nHollis said its board would meet on Friday.\n"
    rec = _record(text, "Hollis", "said", "its board would meet on Friday", "attributions.v1:reporting-verb:say:ccomp",
                  source_type="organization", speaker_name="Hollis")
    out = round80_attributions(text, [rec], load_source_table())
    assert out[0].speaker_name == "Hollis Grain Holdings Inc", out


def test_fresh_source_gold_is_well_formed_and_new() -> None:
    assert_fresh_gold_form(SOURCE_GOLDS, "real80", 10, extra_keys=frozenset({"sha256"}), prefixes=("../reuters/",))


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared")
def test_fresh_source_gold_anchors_found_and_files_unchanged() -> None:
    if not (REUTERS / "crude").is_dir():
        pytest.skip("run scripts/reuters/fetch.py")
    assert_anchors_found(SOURCE_GOLDS)
    assert_articles_unchanged(SOURCE_GOLDS)
