"""Attributions, round 31: "according to X" inside a quotation (sentences written for the test, not taken from
any article). The phrase is part of the quoted speaker's words: the quotation keeps its own attribution, and the
phrase's statement ends with the quote instead of running into the attribution after it."""

from __future__ import annotations

from tests.attribution_rows import attribution_rows as _rows


def test_a_quote_holding_an_according_to_phrase_keeps_its_speaker() -> None:
    rows = _rows("Audit Row\n\n“The pension fund, which according to the auditors lost track of its bonds, owes "
                 "retirees nearly two million dollars,” the finance minister said on Monday.\n")
    quoted = [r for r in rows if r["content"].startswith("The pension fund")]
    assert quoted, rows
    assert quoted[0]["speaker"] == "the finance minister"
    assert "two million dollars" in quoted[0]["content"]


def test_an_according_to_statement_inside_a_quote_ends_with_the_quote() -> None:
    rows = _rows("Bridge Closure\n\nThe council issued a short notice. “The repairs are overdue. According to the "
                 "engineers, the old bridge was built without enough steel,” the notice added.\n")
    assert any(r["speaker"] == "the notice" and "built without enough steel" in r["content"] for r in rows), rows
    for r in rows:
        assert "the notice added" not in r["content"], rows


def test_an_according_to_phrase_outside_quotes_is_unchanged() -> None:
    rows = _rows("Harbour Works\n\nThe harbour will reopen in May, according to the port authority.\n")
    row = next(r for r in rows if "reopen in May" in r["content"])
    assert row["speaker"] == "the port authority"


# ------------------------------------------------------------------------------------------ "said of"


def test_what_a_quote_is_said_of_is_no_second_statement() -> None:
    for sentence, topic in (
            ("“She has earned every vote,” Daniel Okafor said of Senator Ruth Adler and the campaign.",
             "Senator Ruth Adler and the campaign"),
            ("“It was a fair deal for everyone,” Paolo Rinaldi said of the merger and the new board.",
             "the merger and the new board")):
        rows = _rows("Title Here\n\n" + sentence + "\n")
        assert len(rows) == 1, rows
        assert rows[0]["content"] != topic, rows


# ------------------------------------------------------------------------------------------ one sentence a line


def test_a_quote_going_on_over_many_lines_after_a_quoted_line_is_one_quote() -> None:
    rows = _rows("Coach Reacts\n“We were the better side for an hour,” coach Lena Vogt said.\n“Our passing was sharp.\n"
                 "The defence held its shape.\nWe pressed them high up the pitch.\nWe won every second ball.\n"
                 "Then the legs went.\nThat cost us the match,” she said.\n")
    row = next(r for r in rows if r["content"].startswith("Our passing was sharp"))
    assert "That cost us the match" in row["content"], rows
    assert row["speaker"] == "she"


def test_lines_after_an_unquoted_line_keep_the_short_reach() -> None:
    rows = _rows("Coach Reacts\nThe coach spoke after the game.\n“Our passing was sharp.\nThe defence held its shape.\n"
                 "We pressed them high up the pitch.\nWe won every second ball.\nThen the legs went.\n"
                 "That cost us the match,” she said.\n")
    assert not any(r["content"].startswith("Our passing was sharp") and "That cost us" in r["content"]
                   for r in rows), rows
