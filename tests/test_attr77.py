"""Attributions, round 77: open leads of rounds 75 and 76 (sentences written for the test, not taken from any
article). The rule tests fail without `attribution/round77.py`; the guards pass on both."""

from __future__ import annotations

from spinscope.components.attribution.round77 import round77_attributions
from spinscope.components.attribution.sources import load_source_table
from spinscope.result import Attribution, Span
from tests.attribution_rows import attribution_details

_rows = attribution_details


def _span(text: str, part: str, label: str) -> Span:
    start = text.index(part)
    return Span(start=start, end=start + len(part), label=label, score=0.5, evidence="test")


def test_dash_aside_record_is_cut_at_the_dash_and_the_participle_added() -> None:
    # the shape of the tuning-half miss: the parser ran the aside's content over the closing dash and made no
    # record for the participle (built by hand here: invented sentences parse either way)
    text = ("Fees are a big issue in the race, with Mary Ellison — who’s called for higher levies on the wealthy — "
            "lambasting the mayor’s plan.\n")
    over = "higher levies on the wealthy — lambasting the mayor’s plan"
    rec = Attribution(start=text.index("Mary"), end=text.index(over) + len(over), label="indirect", score=0.5,
                      evidence="test", kind="indirect", speaker=_span(text, "Mary Ellison — who", "speaker"),
                      cue=_span(text, "called for", "cue"), content=_span(text, over, "content"))
    out = round77_attributions(text, [rec], load_source_table())
    assert [text[a.content.start:a.content.end] for a in out] == ["higher levies on the wealthy",
                                                                  "the mayor’s plan"], out
    participle = out[1]
    assert participle.cue is not None and text[participle.cue.start:participle.cue.end] == "lambasting"
    assert participle.speaker is not None and text[participle.speaker.start:participle.speaker.end] == "Mary Ellison"


def test_dash_aside_in_a_full_parse_makes_no_second_participle_record() -> None:
    rows = _rows("Fees are a big issue in the race, with Mary Ellison — who’s called for higher levies on the "
                 "wealthy — lambasting the mayor’s plan.\n")
    assert [r["content"] for r in rows if r["cue"] == "called for"] == ["higher levies on the wealthy"], rows
    assert len([r for r in rows if r["cue"] == "lambasting"]) == 1, rows


def test_negated_know_with_a_wh_clause_is_a_report() -> None:
    rows = _rows("The ferry company bought the old pier in May.\n\nAt first, the island's fishermen and their union "
                 "didn't know what the new owners wanted with it. Few had heard of them.\n")
    found = [r for r in rows if r["content"].startswith("what the new owners")]
    assert found and found[0]["speaker"] == "the island's fishermen and their union", rows
    assert found[0]["content"] == "what the new owners wanted with it", rows


def test_negated_know_inside_a_quotation_is_left_alone() -> None:
    rows = _rows("The ferry company bought the old pier in May. \"I don't know what their plans are for the pier. "
                 "But I am sure they will raise the fees,\" said Tom Hale, a fisherman.\n")
    assert not [r for r in rows if r["content"].startswith("what their plans")], rows


def test_negated_know_with_a_that_clause_is_unchanged() -> None:
    rows = _rows("The ferry company bought the old pier in May.\n\nThe fishermen did not know that the pier had "
                 "been sold.\n")
    # main's record for a that-clause stays the only one (the rule reads wh-clauses only)
    assert len([r for r in rows if "pier had" in r["content"]]) == 1, rows
