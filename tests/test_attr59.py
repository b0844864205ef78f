"""Attributions, round 59: misses of the fresh Lee news-wire gold (sentences written for the test, not taken from
any article; the Lee corpus gives each article as one line). Each test fails without its rule in
`attribution/round59.py` but the guards, which pass on both."""

from __future__ import annotations

from tests.attribution_rows import attribution_details

_rows = attribution_details

COLON_RUN = ('Hundreds gathered at the park for the memorial on Sunday night. Tom Hale, a local teacher, said: "The '
             'whole street came out for her today. "We wanted her family to know how much she meant to this town '
             'and I think they saw it." Rain fell on the crowd later in the evening.')
SAID_RUN = ('The coach spoke after the match on Friday. "We played badly in the first half," he said. "The second '
            'half was much better from everyone. "I hope we keep that going into next week." The team flies home '
            'on Monday.')


# ------------------------------------------------------------------------------------------ run-over quotations

def test_a_quotes_later_paragraph_on_one_line_is_the_speakers() -> None:
    rows = _rows(COLON_RUN)
    later = [r for r in rows if r["content"].startswith("We wanted her family")]
    assert later and later[0]["speaker"] == "Tom Hale, a local teacher" and later[0]["cue"] is None, rows


def test_reports_inside_the_later_paragraph_are_nested() -> None:
    rows = _rows(COLON_RUN)
    assert all(r["speaker"] not in ("We", "I") for r in rows), rows


def test_the_false_quotation_after_the_run_is_dropped() -> None:
    rows = _rows(COLON_RUN)
    assert all(not r["content"].startswith("Rain fell") for r in rows), rows


def test_a_run_after_a_split_quote_goes_on_from_its_speaker() -> None:
    rows = _rows(SAID_RUN)
    last = [r for r in rows if r["content"].startswith("I hope we keep")]
    assert last and last[0]["speaker"] == "he", rows
    assert all(not r["content"].startswith("The team flies") for r in rows), rows


def test_a_plain_split_quote_is_left_to_the_cascade() -> None:  # guard: PolNeAR merges it (round 41)
    rows = _rows('The coach spoke after the match on Friday. "We played badly in the first half," he said. "The '
                 'second half was much better from everyone." The team flies home on Monday.')
    assert len([r for r in rows if r["speaker"] == "he"]) == 1, rows


def test_curly_marks_and_closed_quotes_make_no_run() -> None:  # guard: straight marks left open only
    from spinscope.components.attribution.round59 import run_pieces_59
    curly = "X said: \u201cThe street came out today. \u201cWe wanted her family to know.\u201d Rain fell."
    closed = 'X said: "The street came out today." "We wanted her family to know." Rain fell.'
    assert run_pieces_59(curly, 0, len(curly)) == [] and run_pieces_59(closed, 0, len(closed)) == []
    assert len(run_pieces_59(COLON_RUN, 0, len(COLON_RUN))) == 1


# ------------------------------------------------------------------------------------------ not known; asked if

def test_it_is_not_known_whether_is_no_report() -> None:
    rows = _rows("Smoke rose over the valley all afternoon. It is not known whether anyone was hurt in the blaze.")
    assert all(r["cue"] != "known" for r in rows), rows


def test_a_known_fact_keeps_its_report() -> None:  # guard
    rows = _rows("Officials knew that the dam was weak before the storm arrived in the valley.")
    assert any(r["cue"] == "knew" for r in rows), rows


def test_asked_if_is_a_sourceless_question() -> None:
    rows = _rows('Crews reached the farm at noon. Asked if he had seen the fire start, the farmer said: "No".')
    asked = [r for r in rows if r["cue"] == "Asked"]
    assert asked and asked[0]["speaker"] is None and asked[0]["content"].startswith("if he had seen"), rows
    assert all(r["cue"] != "seen" for r in rows), rows
    assert any(r["content"] == "No" and r["speaker"] == "the farmer" for r in rows), rows
