"""Attributions, round 75: three leads of PolNeAR's tuning half (sentences written for the test, not taken from any
article). The rule tests fail without `attribution/round75.py`; the guards pass on both."""

from __future__ import annotations

from tests.attribution_rows import attribution_details

_rows = attribution_details


def test_everything_x_says_is_x_statement() -> None:
    rows = _rows("Readers wrote in about the council race.\n\nWe are tired of it. Everything Halloran says is spin "
                 "until someone checks it. We will vote for the other side.\n")
    found = [r for r in rows if r["cue"] == "says" and r["speaker"] == "Halloran"]
    assert found and found[0]["content"] == "Everything", rows


def test_nothing_the_mayor_says_is_the_mayors() -> None:
    rows = _rows("The port dispute dragged on for a third week.\n\nDock workers shrugged. Nothing the mayor says "
                 "changes their pay, one of them pointed out.\n")
    found = [r for r in rows if r["cue"] == "says" and r["speaker"] == "the mayor"]
    assert found and found[0]["content"] == "Nothing", rows


def test_everything_x_says_inside_a_quotation_is_left_alone() -> None:  # guard: passes on main too
    rows = _rows("The council race turned bitter.\n\n“He thinks whatever he says goes, and it never does,” Rona "
                 "Ileto said on Friday.\n")
    assert not [r for r in rows if r["cue"] == "says" and r["content"] == "whatever"], rows


def test_sum_experts_say_it_costs_is_the_experts() -> None:
    rows = _rows("The challenger has raised less than $400,000. That is a sliver of the minimum $9 million analysts "
                 "say it takes to win a statewide seat.\n")
    found = [r for r in rows if r["cue"] == "say" and r["speaker"] == "analysts"]
    assert found and found[0]["content"].startswith("the minimum $9 million"), rows


def test_said_it_would_after_a_time_phrase_is_no_relative() -> None:  # guard: passes on main too
    rows = _rows("A week ago Torres said it would take months to repair the bridge.\n")
    assert not [r for r in rows if r["content"].startswith("A week ago")], rows


def test_in_a_statement_announcing_is_the_statements() -> None:
    rows = _rows("Nurses' union backs Alvarez. A union of hospital nurses backed Mina Alvarez for governor on "
                 "Monday. In a statement announcing the decision, the Coastal Nurses Association called Alvarez a "
                 "“friend” of the wards.\n")
    found = [r for r in rows if r["cue"] == "announcing"]
    assert found and found[0]["speaker"] == "a statement", rows


def test_said_in_a_statement_keeps_its_subject() -> None:  # guard: passes on main too
    rows = _rows("Ms. Harlan announced in a statement on Monday that she had settled with the state.\n")
    found = [r for r in rows if r["cue"] == "announced"]
    assert found and found[0]["speaker"] == "Ms. Harlan", rows


def test_markup_attribute_value_is_no_quotation() -> None:
    rows = _rows("The fact-checker rated the claim Half True. <tweet tweet-author=\" the figure leaves out part-time "
                 "workers and so it overstates the gap by a wide margin\" tweet-date=\"the figure leaves out "
                 "part-time workers and so it overstates the gap by a wide margin\">Senator Oduya said the gap was "
                 "wide.<tweet/>\n")
    assert not [r for r in rows if r["speaker"] is None and r["content"].startswith("the figure leaves")], rows
