"""Attributions, round 83: shapes of the development errors on round 83's gold (sentences written for the test,
not taken from any article). The rule tests fail on main (the full pipeline, or the pass replaced by the identity);
the guards pass on both."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from spinscope import analyze
from spinscope.components.attribution.round83 import _title_end_r83, round83_attributions
from spinscope.components.attribution.sources import load_source_table
from spinscope.result import Attribution, Span
from tests.attribution_rows import ATTRIBUTION_COMPONENTS, attribution_details
from tests.sources_gold import assert_anchors_found, assert_articles_unchanged, assert_fresh_gold_form

_rows = attribution_details
ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _span(text: str, part: str, label: str) -> Span:
    start = text.index(part)
    return Span(start=start, end=start + len(part), label=label, score=0.5, evidence="test")


def _record(text: str, speaker: str, cue: str, content: str) -> Attribution:
    spans = [_span(text, speaker, "speaker"), _span(text, cue, "cue"), _span(text, content, "content")]
    return Attribution(start=min(x.start for x in spans), end=max(x.end for x in spans), label="indirect",
                       score=0.5, evidence="test", kind="indirect", speaker=_span(text, speaker, "speaker"),
                       cue=_span(text, cue, "cue"), content=_span(text, content, "content"))


def test_a_capitals_wire_title_makes_no_record() -> None:
    text = ("DOCK UNIONS AGREE ON NEED FOR NEW TALKS\n\nDock unions in the northern port said on Tuesday that a new "
            "round of talks with the shipping lines would start next month.\n")
    rec = _record(text, "DOCK UNIONS", "AGREE ON", "NEED FOR NEW TALKS")
    body = _record(text, "Dock unions in the northern port", "said", "a new round of talks")
    out = round83_attributions(text, [rec, body], load_source_table())
    assert out == [body], out


def test_a_title_with_a_source_tail_and_a_lower_case_first_line_keep_their_records() -> None:
    assert _title_end_r83("PORT TALKS TO RESUME SOON - UNION LEADERS\n\nBody.\n") == -1
    assert _title_end_r83("Dock unions said talks would resume.\n\nMore.\n") == -1
    assert _title_end_r83("PORT TALKS TO RESUME\n\nBody.\n") == len("PORT TALKS TO RESUME")


def test_to_prevent_is_no_report_through_the_pipeline() -> None:
    rows = _rows("The regulator acted again to prevent the shares falling too quickly.\n")
    assert not [r for r in rows if r["cue"] and r["cue"].lower().startswith("prevent")], rows


def test_to_prevent_record_goes_and_a_said_record_stays() -> None:
    text = "The central bank stepped in again to prevent the peso falling too fast, dealers said.\n"
    rec = _record(text, "The central bank", "prevent", "the peso falling too fast")
    said = _record(text, "dealers", "said", "The central bank stepped in again")
    assert round83_attributions(text, [rec, said], load_source_table()) == [said]


@pytest.mark.parametrize("name", [f"{layer}_real{n}{part}.jsonl" for n in (83, 85)
                                  for layer in ("attributions", "sources") for part in ("", "_heldout")])
def test_round83_gold_files_name_their_articles(name: str) -> None:
    rows = [json.loads(line) for line in (ROOT / "tests/gold" / name).read_text(encoding="utf-8").splitlines()]
    assert rows and all(r["path"].startswith("../wekareuters/") for r in rows)
    for r in rows:
        path = SHARED / r["path"]
        if not path.is_file():
            pytest.skip("wekareuters articles missing (events71's unpacking, /work/wekareuters)")
        text = path.read_text(encoding="utf-8")
        for a in r.get("attributions", []):
            for s, e in a["source"] + a["cue"] + a["content"]:
                assert 0 <= s < e <= len(text)
        for sp in r.get("speakers", []):
            assert sp["surface"] in sp["anchor"] and sp["anchor"] in text and len(sp["anchor"].split()) <= 6


def test_an_official_of_a_countrys_ministry_is_government_of_that_country() -> None:
    text = ("Hiroshi Tanabe, deputy minister of Japan's Ministry of Finance, is to meet bankers in London this week. "
            "Tanabe said on Monday he expected no change in rates. He also said the yen was too weak.\n")
    result = analyze(text, components=ATTRIBUTION_COMPONENTS)
    t = result.article.text
    mine = [a for a in result.attributions if a.cue is not None and t[a.cue.start:a.cue.end] == "said"]
    assert len(mine) == 2, result.attributions
    assert all(a.source_type == "government" and a.source_country == "JP" for a in mine), result.attributions


def test_an_office_of_no_countrys_ministry_leaves_the_type() -> None:
    text = "Hiroshi Tanabe, a banker at a Tokyo firm, said rates would hold.\n"
    rec = _record(text, "Hiroshi Tanabe", "said", "rates would hold").model_copy(update={"source_type": "person"})
    assert round83_attributions(text, [rec], load_source_table())[0].source_type == "person"


def test_a_capitals_title_that_reports_a_saying_keeps_its_record() -> None:
    text = "CITY AUDIT SHOWS THAT THE BUDGET WAS OVERSPENT\n\nThe audit was published on Friday.\n"
    rec = _record(text, "CITY AUDIT", "SHOWS", "THE BUDGET WAS OVERSPENT")
    said = "MINERS SAY PIT WILL CLOSE\n\nBody.\n"
    rec2 = _record(said, "MINERS", "SAY", "PIT WILL CLOSE")
    table = load_source_table()
    assert round83_attributions(text, [rec], table) == [rec]
    assert round83_attributions(said, [rec2], table) == [rec2]


SOURCE_GOLDS = [ROOT / "tests/gold/sources_real83.jsonl", ROOT / "tests/gold/sources_real83_heldout.jsonl"]


def test_round83_source_gold_is_well_formed_and_new() -> None:
    assert_fresh_gold_form(SOURCE_GOLDS, "real83", 8, extra_keys=frozenset({"sha256"}),
                           prefixes=("../wekareuters/",))


def test_round83_source_gold_anchors_found_and_files_unchanged() -> None:
    if not (SHARED / "../wekareuters/train").is_dir():
        pytest.skip("wekareuters articles missing (events71's unpacking, /work/wekareuters)")
    assert_anchors_found(SOURCE_GOLDS)
    assert_articles_unchanged(SOURCE_GOLDS)
