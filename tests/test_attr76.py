"""Attributions, round 76: shapes from round 76's SemEval-2023 development gold (sentences written for the test, not
taken from any article). The rule tests fail without `attribution/round76.py`; the guards pass on both."""

from __future__ import annotations

from tests.attribution_rows import attribution_details

_rows = attribution_details


def test_adamant_that_is_a_report_of_the_subjects_view() -> None:
    rows = _rows("The harbour board met on Monday.\n\nFerry owners are adamant that the new berth fee is a tax on "
                 "the island's poorest families, not a charge for a service.\n")
    found = [r for r in rows if r["content"].startswith("the new berth fee")]
    assert found and found[0]["speaker"] == "Ferry owners", rows


def test_adamant_plural_noun_is_anonymous() -> None:
    rows = _rows("The harbour board met on Monday.\n\nCritics are adamant that the new berth fee is a tax on the "
                 "island's poorest families.\n")
    found = [r for r in rows if r["content"].startswith("the new berth fee")]
    assert found and found[0]["speaker"] == "Critics" and found[0]["type"] == "anonymous", rows


def test_name_whose_relative_clause_says() -> None:
    rows = _rows("The Rev. Tom Rush has led the chapel for years.\n\nRush, whose son, the Rev. A.J. Rush, is also a "
                 "deacon at the chapel and a member of the harbour board, says he would oppose the fee if he thought "
                 "it was being used to close the old pier or if islanders were required to pay it.\n")
    found = [r for r in rows if r["content"].startswith("he would oppose")]
    assert found and found[0]["speaker"] == "Rush", rows


def test_it_says_after_a_document_subject() -> None:
    rows = _rows("The ferry guide is handed to every pupil.\n\nAnother page asks pupils to picture the old pier. It "
                 "says: “So picture the harbour full of sailing ships! Wouldn't that be grand!”\n")
    found = [r for r in rows if r["content"].startswith("So picture the harbour")]
    assert found and found[0]["speaker"] == "It" and found[0]["type"] == "report", rows


def test_raised_money_is_no_statement() -> None:
    rows = _rows("Islanders help raise nearly $40,000 a year to pay for the ferry to the chapel.\n")
    assert not [r for r in rows if r["content"].startswith("nearly $40,000")], rows


def test_posted_article_is_no_statement() -> None:
    rows = _rows("After the mayor posted the video on Twitter, dozens of crews replied within the hour.\n")
    assert not [r for r in rows if r["content"].startswith("the video")], rows


def test_raised_concerns_stay() -> None:  # guard: a raised point is no fund-raising
    rows = _rows("The harbour board raised concerns about the berth fee, the chair said on Monday.\n")
    assert [r for r in rows if r["speaker"] and "chair" in r["speaker"]], rows


def test_said_that_is_not_doubled() -> None:  # guard: a plain report keeps one record
    rows = _rows("Ferry owners said that the new berth fee is a tax on the island's poorest families.\n")
    assert len([r for r in rows if r["content"].startswith("the new berth fee")]) == 1, rows
