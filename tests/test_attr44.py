"""Attributions, round 44: headline labels and false cues (sentences written for the test, not taken from any
article)."""

from __future__ import annotations

from tests.attribution_rows import attribution_details

_rows = attribution_details


def test_an_office_label_opening_the_title_speaks() -> None:
    rows = _rows("Summit Chief: There Is \"No Basis\" For Calls To End Coal Mining\n\nThe talks opened on Monday.\n")
    assert [(r["speaker"], r["content"]) for r in rows] == [
        ("Summit Chief", "There Is \"No Basis\" For Calls To End Coal Mining")], rows


def test_a_title_label_that_is_no_office_is_left_alone() -> None:
    assert _rows("Coal Mining: The Long Decline Of An Industry\n\nThe talks opened on Monday.\n") == []


def test_a_title_with_its_own_cue_keeps_it() -> None:
    rows = _rows("Election Board President: Turnout Was Low, Mayor Says\n\nThe vote was held on Sunday.\n")
    assert all(r["speaker"] != "Election Board President" for r in rows), rows


def test_revealing_a_plot_is_no_statement() -> None:
    assert _rows("Talks\n\nA journalist whose work would reveal the plot against the opposition leader is "
                 "barred from the awards.\n") == []


def test_revealing_a_clause_is_still_a_report() -> None:
    rows = _rows("Talks\n\nThe audit revealed that the ministry had overspent its budget.\n")
    assert [r["content"] for r in rows] == ["the ministry had overspent its budget"], rows


def test_an_opening_participle_is_no_content() -> None:
    rows = _rows("Talks\n\nSurprised by the decision, Berg went online on Friday to inform his readers.\n")
    assert all(not r["content"].startswith("Surprised") for r in rows), rows


def test_an_opening_participle_before_a_said_clause_keeps_the_clause() -> None:
    rows = _rows("Talks\n\nAngered by the report, the minister said he would resign.\n")
    assert [r["content"] for r in rows] == ["he would resign"], rows


def test_a_telling_participle_goes_to_the_person_shown() -> None:
    rows = _rows("Talks\n\nThe newspaper published video from the meeting on Sunday, which included Anna Berg "
                 "off-camera sounding angry, at one point telling two officials: \"I am the one in charge here.\"\n")
    assert [r["name"] for r in rows] == ["Anna Berg"], rows


def test_a_telling_participle_of_a_person_subject_stays() -> None:
    rows = _rows("Talks\n\nThe minister Anna Berg spoke on Sunday with John Smith, at one point telling him: \"I am "
                 "the one in charge here.\"\n")
    assert [r["name"] for r in rows] == ["Anna Berg"], rows


def test_a_stating_participle_of_a_pronoun_subject_stays() -> None:
    rows = _rows("Talks\n\nRecently, Anna Berg was back in the news. On May 3, 2019, she made a daring claim on "
                 "Twitter, stating that the world had five years left.\n")
    assert all(r["name"] == "Anna Berg" for r in rows if r["cue"] == "stating"), rows
