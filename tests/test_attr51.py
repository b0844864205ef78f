"""Attributions, round 51: misses and false cues of the SemEval-2025 EN development articles (sentences written for
the test, not taken from any article)."""

from __future__ import annotations

from tests.attribution_rows import attribution_details

_rows = attribution_details

BODY = "Farmers in the valley met on Tuesday to talk about the new rules for water use.\n\n"


def test_a_headline_quotation_before_its_speaker_and_a_dash_is_the_content() -> None:
    rows = _rows(BODY + 'The elites are "after your savings," analysts warn - the crypto crackdown will soon rule '
                        'every bank.\n')
    warned = [r for r in rows if r["cue"] == "warn"]
    assert [(r["speaker"], r["content"]) for r in warned] == [
        ("analysts", 'The elites are "after your savings,"')], rows


def test_an_agentless_passive_report_has_its_subject_as_content() -> None:
    rows = _rows(BODY + "Break-ins, stolen pumps and even arson have been widely reported across the district.\n")
    found = [r for r in rows if r["cue"] == "reported"]
    assert [(r["speaker"], r["content"]) for r in found] == [
        (None, "Break-ins, stolen pumps and even arson")], rows


def test_a_passive_report_with_its_agent_or_clause_is_left_to_the_other_rules() -> None:
    rows = _rows("Three fires were reported by the local police on Monday night.\n")
    assert not any(r["cue"] == "reported" and r["speaker"] is None and r["content"].startswith("Three fires")
                   for r in rows), rows


def test_reportedly_stays_no_cue() -> None:
    rows = _rows("The new feed is made from dried algae, reportedly lowering the herd's gas output by a third.\n")
    assert not any(r["cue"] == "reportedly" for r in rows), rows
