"""Attributions, round 36 (sentences written for the test, not taken from any article)."""

from __future__ import annotations

from tests.attribution_rows import attribution_rows as _rows

# ------------------------- "X said: “A. B. C.¶“D.”": a quotation run over paragraphs is said whole, not A alone

FERRY = ("The boats stopped at noon. Nobody told us why. We waited for hours on the pier",
         "Then the captain came out and sent everyone home")
COUNCIL = ("I will not take that ferry again. The company owes us an apology, and the council knows it",
           "We have written to the minister twice")


def test_a_colon_quote_left_open_for_the_next_quote_paragraph_is_said_whole() -> None:
    for mark, close in (('"', '"'), ("\u201c", "\u201d")):
        text = (f"Ferry strike\n\nSpeaking to a local radio station, she said: {mark}{FERRY[0]}.\n\n"
                f"{mark}{FERRY[1]}.{close}\n\n"
                f"She added: {mark}{COUNCIL[0]}.\n\n{mark}{COUNCIL[1]}.{close}\n")
        rows = _rows(text)
        contents = [r["content"] for r in rows]
        for content in (FERRY[0], COUNCIL[0]):
            assert content in contents, (mark, rows)
        for content in FERRY + COUNCIL:
            assert any(r["content"] == content and r["speaker"] in ("she", "She") for r in rows), (mark, rows)


def test_a_nested_quote_inside_an_open_colon_quote_is_no_report_of_its_own() -> None:
    rows = _rows("Night shift\n\nHe said: \u201cMy brother called at two. And he said, \u2018The dam is leaking\u2019. "
                 "I said \u2018Where?\u2019 We drove out at once.\n\n\u201cBy dawn the whole valley knew.\u201d\n")
    assert [r["speaker"] for r in rows] == ["He", "He"], rows
    assert rows[0]["content"].endswith("We drove out at once"), rows


def test_a_closed_colon_quote_still_ends_at_its_closing_mark() -> None:
    rows = _rows("Night shift\n\nHe said: \u201cThe dam is safe.\u201d The engineers were less sure and asked for a "
                 "second survey of the valley.\n\n\u201cBy dawn the whole valley knew.\u201d\n")
    assert rows[0]["content"] == "The dam is safe", rows


# ------------------------------------------ "Y: advocates" as the title line: Y is said by the group after the colon


def test_a_title_line_closing_on_a_group_label_reports_what_comes_before_the_colon() -> None:
    rows = _rows("Ferry fares must fall before the summer season: campaigners \n\n"
                 " Campaigners at a meeting in the harbour town said on Monday that fares had doubled in two years.\n")
    assert {"speaker": "campaigners", "content": "Ferry fares must fall before the summer season"} in rows, rows
    rows = _rows("New toll road will cost twice the estimate: local residents\n\n"
                 "People living along the route met the council on Tuesday.\n")
    assert {"speaker": "local residents", "content": "New toll road will cost twice the estimate"} in rows, rows


def test_a_title_line_closing_on_a_page_label_or_a_surname_reports_nothing_there() -> None:
    for title in ("Ferry fares double in two years: photos", "Ferry fares double in two years: Marten",
                  "Ferry fares double in two years: what we know"):
        rows = _rows(f"{title}\n\nHarbour master Ilse Marten said the new terminal would open in May.\n")
        assert not any(r["content"].startswith("Ferry fares") for r in rows), (title, rows)


# ------------------------------- "..., according to X, citing Y": X cites Y (not the subject of what X reports)


def test_a_citing_participle_after_according_to_belongs_to_that_source() -> None:
    rows = _rows("Harbour news\n\nThe port will close in March, according to Bloomberg, citing two people familiar "
                 "with the plan.\n\nFerry fares will rise by a third next year, according to a report by the harbour "
                 "trust, citing higher fuel costs.\n")
    assert {"speaker": "Bloomberg", "content": "two people familiar with the plan"} in rows, rows
    assert {"speaker": "a report by the harbour trust", "content": "higher fuel costs"} in rows, rows


def test_a_citing_participle_after_a_said_clause_still_belongs_to_the_one_who_said() -> None:
    rows = _rows("Harbour news\n\nThe mayor said fares would rise, citing higher fuel costs.\n")
    assert {"speaker": "The mayor", "content": "higher fuel costs"} in rows, rows
