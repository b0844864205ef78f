"""Attributions, round 33 (sentences written for the test, not taken from any article)."""

from __future__ import annotations

from spinscope import analyze

ATTRIBUTION_COMPONENTS = ["language.v1", "segment.v1", "entities.v1", "attributions.v1"]


def _rows(text: str) -> list[dict]:
    result = analyze(text, components=ATTRIBUTION_COMPONENTS)
    t = result.article.text
    return [{"speaker": t[a.speaker.start:a.speaker.end] if a.speaker else None,
             "content": t[a.content.start:a.content.end]} for a in result.attributions]


# ----------------------------------------------------------------------- a quotation run over three or more paragraphs


def test_every_paragraph_of_a_quote_run_over_paragraphs_keeps_its_speaker() -> None:
    for mark_open, mark_close in (('"', '"'), ("\u201c", "\u201d")):
        paragraphs = ["We will rebuild the old bridge before the winter comes.",
                      "The money is already in the budget and every contract has been signed by the council.",
                      "The ferry will run twice an hour until the work on the river is done.",
                      "Nobody in this town should have to wait another whole year for a safe crossing."]
        body = "\n\n".join(mark_open + p for p in paragraphs) + mark_close
        rows = _rows("Bridge Plan Unveiled\n\nThe harbour mayor Tilda Brekke said on Monday: " + body + "\n")
        for p in paragraphs:
            assert {"speaker": "The harbour mayor Tilda Brekke", "content": p.rstrip(".")} in rows, (p, rows)


def test_a_stage_direction_in_a_run_is_not_a_statement() -> None:
    text = ("Debate Transcript\n\nThe governor said: \u201cWe have cut the deficit in half over four long years.\n\n"
            "\u201cAnd the schools in every county of this state are better funded than before.\n\n"
            "\u201c(APPLAUSE.)\u201d\n")
    rows = _rows(text)
    assert not any("APPLAUSE" in r["content"] for r in rows), rows
