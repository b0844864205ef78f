"""Attributions, round 32 (sentences written for the test, not taken from any article)."""

from __future__ import annotations

from tests.attribution_rows import attribution_rows as _rows

# ------------------------------------------------------------------------------------------ "said A and added that B"


def test_a_second_report_with_its_subject_left_out_is_its_own_statement() -> None:
    for sentence, first, second in (
            ("The bishop said the fire was an accident and added that the chapel would reopen.",
             "the fire was an accident", "the chapel would reopen"),
            ("The bishop said that the fire was an accident and warned that the chapel could stay shut.",
             "the fire was an accident", "the chapel could stay shut"),
            ("The harbour master said there was “no reason at all to close the quay” and expressed indignation "
             "that the ferry had been sent back.",
             "there was “no reason at all to close the quay”", "the ferry had been sent back")):
        rows = _rows("Title Here\n\n" + sentence + "\n")
        assert {"speaker": sentence.split(" said")[0], "content": first} in rows, rows
        assert {"speaker": sentence.split(" said")[0], "content": second} in rows, rows


def test_a_second_report_after_a_named_subject_is_left_alone() -> None:
    rows = _rows("Title Here\n\nThe mayor said Ames had lied and warned that the deal was off.\n")
    assert len(rows) == 1, rows
    assert rows[0]["content"].startswith("Ames had lied"), rows


def test_a_second_report_inside_a_quotation_is_the_quoted_speakers() -> None:
    rows = _rows("Title Here\n\n“The board said the plan was sound and added that it would vote in May,” the "
                 "treasurer told reporters.\n")
    assert [r["speaker"] for r in rows] == ["the treasurer"], rows


# ------------------------------------------------------------------------------------------ "raised Western fears"


def test_a_view_raised_in_a_group_belongs_to_the_group() -> None:
    for sentence, holder in (
            ("Rebel units have also moved to the coast, again raising Western fears that the port could fall "
             "within days.", "Western"),
            ("The talks stalled, raising European fears that the gas deal would collapse.", "European")):
        rows = _rows("Title Here\n\n" + sentence + "\n")
        assert len(rows) == 1, rows
        assert rows[0]["speaker"] == holder, rows


def test_a_concern_raised_by_a_speaker_stays_theirs() -> None:
    rows = _rows("Title Here\n\nThe senator raised concerns that the bill would cost too much.\n")
    assert rows == [{"speaker": "The senator", "content": "the bill would cost too much"}], rows


# ------------------------------------------------------------------------------------------ a quoted cue's statement


def test_a_cue_inside_a_quote_reports_nothing_after_the_quote() -> None:
    for sentence in ("“They sent us a letter saying, ‘Just be patient and stop calling,’” Okafor said Sunday.",
                     "“We were robbed and added that to the list,” she said."):
        rows = _rows("Title Here\n\n" + sentence + "\n")
        assert len(rows) == 1, rows
        assert rows[0]["speaker"] in ("Okafor", "she"), rows
        assert "said" not in rows[0]["content"], rows


# ------------------------------------------------------------------------------------------ one cue, one statement


def test_a_call_with_a_quoted_word_is_one_statement() -> None:
    rows = _rows("Title Here\n\nThe mayor called on residents not to spread “rumours,” challenging police claims "
                 "about a new attack.\n")
    assert len(rows) == 1, rows
    assert rows[0]["content"].startswith("not to spread “rumours,”"), rows
