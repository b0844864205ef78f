"""Attributions, round 67: reports nested inside another report's content stay the outer report's (PolNeAR's
convention: its tuning half annotates none of 1,060 cues inside another content, `scripts/attr67/census.txt`).
Guards only (sentences written for the test, not taken from any article); they pass on integ and on this branch."""

from __future__ import annotations

from tests.attribution_rows import attribution_details

_rows = attribution_details


def test_report_inside_indirect_content_stays_with_outer() -> None:
    rows = _rows("Investigators say the treasurer had claimed the missing funds were moved to a charity account.\n")
    outer = [r for r in rows if r["cue"] == "say"]
    assert outer and outer[0]["content"].startswith("the treasurer had claimed"), rows
    assert not [r for r in rows if r["cue"] == "claimed"], rows


def test_report_inside_quotation_stays_with_outer() -> None:
    rows = _rows("\"We waited for hours and the nurses said nobody could see us before morning,\" the farmer told "
                 "reporters.\n")
    assert [r for r in rows if r["cue"] == "told"], rows
    assert not [r for r in rows if r["cue"] == "said"], rows
