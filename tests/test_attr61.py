"""Attributions, round 61: misses of the fresh Lee news-wire gold of 1,400-2,499 characters (sentences written for
the test, not taken from any article; the Lee corpus gives each article as one line). Each test fails without its
rule in `attribution/round61.py` but the guards, which pass on both."""

from __future__ import annotations

from tests.attribution_rows import attribution_details
from tests.test_attribution import _find

_rows = attribution_details

# a run-over quotation ('"A. "B," Mr Y said.') right after another person's quotation
CLOSED_RUN = ('The council voted on the bridge plan last night. "We will keep fighting for the old crossing," '
              'Mr Lowe said. Joan Fitch of the harbour club backed the council. "It is the right plan for the '
              'town and the boats. "We waited ten long years for someone to make this call and now it is done," '
              'Mrs Fitch said.')
# the same person named before and after the run
SAME_NAME_RUN = ('Trader Ken Abbot says the market is calm. "Buyers have come back to the big stocks this week. '
                 '"Most of them are looking for a cheap entry before the summer break starts," Mr Abbot said.')
# a quotation standing alone after a report, with a report inside it
LONE_QUOTE = ('Analyst Ruth Kemp says exports remain strong this year. "I think the trade figures will show that '
              'farm goods carried most of the growth in the last three months." Shares rose at noon.')


def test_a_run_closed_by_a_named_speaker_is_that_speakers() -> None:
    rows = _rows(CLOSED_RUN)
    first = [r for r in rows if r["content"].startswith("It is the right plan")]
    last = [r for r in rows if r["content"].startswith("We waited ten long years")]
    assert first and first[0]["speaker"] == "Mrs Fitch", rows
    assert last and last[0]["speaker"] == "Mrs Fitch", rows


def test_a_run_keeps_an_earlier_mention_of_the_same_name() -> None:
    rows = _rows(SAME_NAME_RUN)
    first = [r for r in rows if r["content"].startswith("Buyers have come back")]
    last = [r for r in rows if r["content"].startswith("Most of them are looking")]
    assert first and first[0]["speaker"] == "Trader Ken Abbot", rows
    assert last and last[0]["speaker"] == "Mr Abbot" and last[0]["cue"] == "said", rows


def test_a_run_ending_its_sentence_takes_no_name_after_it() -> None:  # guard: passes on both
    rows = _rows('The coach spoke on Friday. "We played badly early," Mr Dean said. "The second half was better '
                 'from all of us. "I hope we keep that going into next week." Mr Voss said the team flies home '
                 'on Monday.')
    last = [r for r in rows if r["content"].startswith("I hope we keep")]
    assert last and last[0]["speaker"] == "Mr Dean", rows


def test_a_report_inside_a_lone_quotation_is_the_quotation_speakers() -> None:
    rows = _rows(LONE_QUOTE)
    quote = [r for r in rows if "farm goods carried" in r["content"]]
    assert quote and quote[0]["speaker"] in ("Analyst Ruth Kemp", "Ruth Kemp"), rows
    assert all(r["speaker"] != "the trade figures" for r in rows), rows


def test_a_relative_clause_of_belief_is_nested_in_the_report() -> None:
    rows = _rows('The batsman says he was upset by the late call, which he believes broke the spirit of the game.')
    assert len(rows) == 1 and rows[0]["cue"] == "says", rows


def test_but_is_relieved_goes_on_with_the_report() -> None:
    rows = _rows('The brother of the driver says he is still to study the findings, but is relieved the inquiry '
                 'has finished.')
    assert len(rows) == 1 and rows[0]["content"].endswith("the inquiry has finished"), rows


def test_a_released_report_is_no_statement() -> None:
    rows = _rows('The Marine Safety Bureau today released its findings on the ferry fire, which hurt nine people in '
                 'June last year.')
    assert all(r["cue"] != "released" for r in rows), rows


def test_a_run_over_quote_is_spoken_by_its_closing_cue(extract_ner) -> None:
    # moved from tests/test_sources44.py in round 65: sources44's run_line_cue_s44 is gone, round 61's run closer
    # (`_run_closing_speaker`) gives the same output on this sentence and on every gold
    text = ("Ms Quenby will not name any ward for closure and says she welcomes the audit. \"Whatever the critics "
            "call the audit, it is there to help the sick across the state. \"Nobody should fear careful work "
            "done for patients,\" Ms Quenby said.")
    doc = extract_ner(text)
    a = _find(doc, "Nobody should fear careful work")
    assert a.speaker is not None and a.cue is not None
    assert (doc.text[a.speaker.start:a.speaker.end], doc.text[a.cue.start:a.cue.end]) == ("Ms Quenby", "said")
    assert a.resolved_from is not None and a.resolved_from.start < a.speaker.start
