"""Round 97 (``attr97``): three more pairs of overlapping attribution rules folded into one each (two in lead49,
one in round93). Sentences and names invented for the test. All but the fourth fail on main (the folded rule's module
reads now what the other half read: main's lead49 neither a market place's group nor lead47's pronoun evidence,
main's round93 no "it" of another type right after a named company); the fourth is a guard that passes on both (a
known given name alone still makes the person)."""

from __future__ import annotations

from typing import Any

from spinscope.components.attribution.lead49 import lead49_attributions
from spinscope.components.attribution.round93 import round93_attributions
from spinscope.components.attribution.sources import load_source_table
from spinscope.result import Attribution, Span


def _span(text: str, part: str, label: str) -> Span:
    start = text.index(part)
    return Span(start=start, end=start + len(part), label=label, score=0.8, evidence="test")


def _said(text: str, speaker: str, content: str, **fields: Any) -> Attribution:
    cue, body, who = _span(text, "said", "cue"), _span(text, content, "content"), _span(text, speaker, "speaker")
    start = min(cue.start, body.start, who.start)
    return Attribution(start=start, end=max(cue.end, body.end), label="indirect", score=0.8, evidence="test",
                       kind="indirect", speaker=who, cue=cue, content=body, **fields)


def test_a_market_place_group_is_anonymous_with_no_country() -> None:
    text = "Harbor Street dealers said the bond market would stay quiet until the auction.\n"
    rec = _said(text, "Harbor Street dealers", "the bond market would stay quiet", source_type="person",
                speaker_name="Harbor Street dealers", named=False, source_country="US")
    out = lead49_attributions(text, [rec])
    assert out[0].source_type == "anonymous" and out[0].source_country is None


def test_person_of_firm_by_a_pronoun_after_is_the_person_with_the_firm() -> None:
    text = ("Prices would ease by spring, said Orla Penwick of Brakeway Partners. She expected a slower "
            "second quarter.\n")
    rec = _said(text, "Orla Penwick of Brakeway Partners", "Prices would ease by spring",
                source_type="organization", speaker_name="Orla Penwick of Brakeway Partners", named=False)
    out = lead49_attributions(text, [rec], load_source_table())
    assert out[0].source_type == "person" and out[0].speaker_name == "Orla Penwick"
    assert out[0].affiliation == "Brakeway Partners"


def test_person_of_firm_by_the_surname_speaking_later() -> None:
    text = ("Demand was firm, said Quill Marrow of Tessam Brothers.\n\n"
            "Marrow said the firm had bought more grain.\n")
    rec = _said(text, "Quill Marrow of Tessam Brothers", "Demand was firm", source_type="organization",
                speaker_name="Quill Marrow of Tessam Brothers", named=True)
    out = lead49_attributions(text, [rec], load_source_table())
    assert out[0].source_type == "person" and out[0].affiliation == "Tessam Brothers"


def test_guard_a_known_given_name_alone_still_makes_the_person() -> None:
    text = "Demand was firm, said John Quennick of Tessam Brothers.\n"
    rec = _said(text, "John Quennick of Tessam Brothers", "Demand was firm", source_type="organization",
                speaker_name="John Quennick of Tessam Brothers", named=True)
    out = lead49_attributions(text, [rec])
    assert out[0].source_type == "person" and out[0].speaker_name == "John Quennick"


def test_it_right_after_a_named_company_is_that_company_whatever_its_type() -> None:
    text = ("Drennick Tooling Inc said its orders rose in the quarter.\n\n"
            "It said the new plant would open next year.\n")
    first = _said(text, "Drennick Tooling Inc", "its orders rose", source_type="organization",
                  speaker_name="Drennick Tooling Inc", named=True, source_country="US")
    start = text.index("It said")
    who = Span(start=start, end=start + 2, label="speaker", score=0.8, evidence="test")
    cue = Span(start=start + 3, end=start + 7, label="cue", score=0.8, evidence="test")
    body = _span(text, "the new plant would open", "content")
    second = Attribution(start=start, end=body.end, label="indirect", score=0.8, evidence="test", kind="indirect",
                         speaker=who, cue=cue, content=body, source_type="anonymous", named=False)
    out = round93_attributions(text, [first, second], load_source_table())
    it = next(a for a in out if a.speaker is not None and a.speaker.start == start)
    assert it.source_type == "organization" and it.speaker_name == "Drennick Tooling Inc" and it.named
    assert it.source_country == "US"
