"""Attributions, round 31: "according to X" inside a quotation (sentences written for the test, not taken from
any article). The phrase is part of the quoted speaker's words: the quotation keeps its own attribution, and the
phrase's statement ends with the quote instead of running into the attribution after it."""

from __future__ import annotations

from spinscope import analyze

ATTRIBUTION_COMPONENTS = ["language.v1", "segment.v1", "entities.v1", "attributions.v1"]


def _rows(text: str) -> list[dict]:
    result = analyze(text, components=ATTRIBUTION_COMPONENTS)
    t = result.article.text
    return [{"speaker": t[a.speaker.start:a.speaker.end] if a.speaker else None,
             "content": t[a.content.start:a.content.end]} for a in result.attributions]


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
