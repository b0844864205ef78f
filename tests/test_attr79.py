"""Attributions, round 79: PolNeAR tuning-half misses, fourth pass (sentences written for the test, not taken from
any article). The rule tests fail without `attribution/round79.py`; the guards pass on both."""

from __future__ import annotations

from spinscope.components.attribution.round79 import _no_statement
from spinscope.result import Attribution, Span
from tests.attribution_rows import attribution_details

_rows = attribution_details


def _known_as(text: str) -> list[dict]:
    return [r for r in _rows(text) if r["cue"] is not None and "known as" in r["cue"]]


def test_a_place_also_known_as_a_name_is_a_sourceless_attribution() -> None:
    rows = _known_as("The minister flew on Monday to Holland, also known as the Netherlands, for two days of talks on "
                     "fishing rights.\n")
    assert [(r["speaker"], r["cue"], r["content"]) for r in rows] == [(None, "also known as", "the Netherlands")], rows


def test_a_bill_known_as_a_quoted_title_is_a_sourceless_attribution() -> None:
    rows = _known_as("After months of pressure from farmers, the bill, known as the “Clean Rivers Protection Act” "
                     "was passed by the state senate on Thursday.\n")
    assert [(r["speaker"], r["content"]) for r in rows] == [(None, "the “Clean Rivers Protection Act”")], rows


def test_a_persons_nickname_is_no_attribution() -> None:
    # the real golds' convention: a person's alias in apposition is not coded
    assert _known_as("The senator, who spoke after Margaret Holloway, also known as Maggie, left the hall early.\n") \
        == []


def test_better_known_as_and_no_comma_are_not_read() -> None:
    assert _known_as("The drug is better known as Rivex among doctors in the region.\n") == []
    assert _known_as("Fans cheered for the drummer known as the Quiet One at the memorial.\n") == []


def test_known_as_inside_a_quotation_is_nested_and_left_alone() -> None:
    rows = _known_as('"We will never give up the island, also known as Little Rock, to anyone," the mayor said.\n')
    assert rows == [], rows


def _record(text: str, speaker: str | None, cue: str | None, content: str, kind: str = "direct") -> Attribution:
    def span(part: str, label: str) -> Span:
        start = text.index(part)
        return Span(start=start, end=start + len(part), label=label, score=0.5, evidence="test")

    c = span(content, "content")
    return Attribution(start=c.start, end=c.end, label=kind, score=0.5, evidence="test", kind=kind,
                       speaker=span(speaker, "speaker") if speaker else None, cue=span(cue, "cue") if cue else None,
                       content=c)


def test_a_stage_direction_is_no_statement() -> None:
    text = '"We will cut taxes for every family, and —"\n\n"(CROSSTALK.)"\n\n"Let him finish," the host said.\n'
    keep = _record(text, "the host", "said", "Let him finish,")
    out = _no_statement(text, [_record(text, None, None, "(CROSSTALK.)"), keep])
    assert out == [keep], out


def test_according_to_a_measure_is_no_source() -> None:
    text = ("The report lists his weight at 240 pounds, which makes him obese according to his body mass index.\n\n"
            "Crime fell by a third, according to the city's police chief.\n")
    measure = _record(text, "his body mass index", "according to", "The report lists his weight at 240 pounds, "
                      "which makes him obese", kind="according_to")
    chief = _record(text, "the city's police chief", "according to", "Crime fell by a third", kind="according_to")
    assert _no_statement(text, [measure, chief]) == [chief]


def test_according_to_a_measure_in_a_full_parse() -> None:
    rows = _rows("The report lists his weight at 240 pounds, which makes him obese according to his body mass "
                 "index.\n")
    assert not any(r["speaker"] == "his body mass index" for r in rows), rows
