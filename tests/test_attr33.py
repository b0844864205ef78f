"""Attributions, round 33 (sentences written for the test, not taken from any article)."""

from __future__ import annotations

from tests.attribution_rows import attribution_rows as _rows

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


# ------------------------------------------------ "... after X wrote a letter calling it a “lifeline,” officials said"


def test_a_report_inside_the_lead_in_of_a_mixed_quote_is_part_of_it() -> None:
    for sentence, speaker in (
            ("The council approved the new harbour wall in June after residents wrote a letter calling it a "
             "\u201clifeline,\u201d city officials have said.", "city officials"),
            ("The two boats came under inspection in May after the captain sent a note to the owner asking him to "
             "retire them as \u201cunsafe hulks,\u201d harbour officials have said.", "harbour officials")):
        rows = _rows("Harbour News Today\n\n" + sentence + "\n")
        whole = sentence[:sentence.index("\u201d") + 1]
        assert {"speaker": speaker, "content": whole} in rows, rows


def test_a_report_of_its_own_before_a_quote_keeps_the_quote_apart() -> None:
    sentence = ("The ferry company said the boats were old, and the storm \u201cdamaged two of them badly,\u201d "
                "a port official added.")
    rows = _rows("Harbour News Today\n\n" + sentence + "\n")
    assert {"speaker": "The ferry company", "content": "the boats were old"} in rows, rows
    assert {"speaker": "a port official", "content": "damaged two of them badly"} in rows, rows


# ----------------------------------------------------- "“A,” which ..., “b ...,” X said": one quotation cut by an aside


def test_a_quotation_cut_by_the_writers_aside_is_one_statement() -> None:
    sentence = ("\u201cWe cannot keep paying the old prices,\u201d which most families here can no longer afford, "
                "\u201cand we will not wait for the next winter to find out,\u201d Ms Okafor said.")
    rows = _rows("Harbour News Today\n\n" + sentence + "\n")
    assert len(rows) == 1, rows
    assert rows[0]["speaker"] == "Ms Okafor", rows
    assert rows[0]["content"].startswith("We cannot keep paying"), rows
    assert rows[0]["content"].endswith("to find out"), rows


def test_a_quotation_cut_by_another_report_stays_two() -> None:
    sentence = ("\u201cWe cannot keep paying the old prices,\u201d the minister told the panel, \u201cand we will "
                "not wait for the next winter,\u201d Ms Okafor replied.")
    rows = _rows("Harbour News Today\n\n" + sentence + "\n")
    assert {"speaker": "the minister", "content": "We cannot keep paying the old prices"} in rows, rows
    assert {"speaker": "Ms Okafor", "content": "and we will not wait for the next winter"} in rows, rows


# ----------------------------------------------------------------- "X calls on A, B to do C" (a headline's object list)


def test_a_call_on_a_list_of_objects_includes_what_they_are_called_to_do() -> None:
    # the parser reads "calls" here as a clause under "join" (students ... to join): the call is the whole of it
    rows = _rows("Union leader calls on workers, students to join strike\n\n"
                 "The decision was announced in the town hall on Monday evening.\n")
    assert {"speaker": "Union leader", "content": "workers, students to join strike"} in rows, rows
