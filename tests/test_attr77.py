"""Attributions, round 77: open leads of rounds 75 and 76 (sentences written for the test, not taken from any
article). The rule tests fail without `attribution/round77.py`; the guards pass on both."""

from __future__ import annotations

from tests.attribution_rows import attribution_details

_rows = attribution_details


def test_dash_aside_content_stops_at_the_closing_dash() -> None:
    rows = _rows("The harbour levy has become a fight in the council race, with Mary Ellison — who’s called for "
                 "higher fees on the yacht club — mocking the mayor's budget.\n")
    found = [r for r in rows if r["content"].startswith("higher fees on")]
    assert found and found[0]["content"] == "higher fees on the yacht club", rows


def test_dash_aside_participle_is_the_names_report() -> None:
    rows = _rows("The harbour levy has become a fight in the council race, with Mary Ellison — who’s called for "
                 "higher fees on the yacht club — mocking the mayor's budget: it was a gift to the yacht club, "
                 "she said.\n")
    found = [r for r in rows if r["cue"] == "mocking"]
    assert found and found[0]["speaker"] == "Mary Ellison" and found[0]["content"] == "the mayor's budget", rows


def test_negated_know_with_a_wh_clause_is_a_report() -> None:
    rows = _rows("The ferry company bought the old pier in May.\n\nAt first, the island's fishermen and their union "
                 "didn't know what to make of the new owners. Few had heard of them.\n")
    found = [r for r in rows if r["content"].startswith("what to make of")]
    assert found and found[0]["speaker"] == "the island's fishermen and their union", rows
    assert found[0]["content"] == "what to make of the new owners", rows


def test_negated_know_inside_a_quotation_is_left_alone() -> None:
    rows = _rows("The ferry company bought the old pier in May. \"I don't know what their plans are for the pier. "
                 "But I am sure they will raise the fees,\" said Tom Hale, a fisherman.\n")
    assert not [r for r in rows if r["content"].startswith("what their plans")], rows


def test_negated_know_with_a_that_clause_is_unchanged() -> None:
    rows = _rows("The ferry company bought the old pier in May.\n\nThe fishermen did not know that the pier had "
                 "been sold.\n")
    # main's record for a that-clause stays the only one (the rule reads wh-clauses only)
    assert len([r for r in rows if "pier had" in r["content"]]) == 1, rows
