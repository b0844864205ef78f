"""Attributions, round 87: the shapes whose convention PolNeAR and the real golds disagree on (sentences written for
the test, not taken from any article). The rule tests fail on main; the convention guards pass on main and after:
they pin PolNeAR's convention (the scored one, ``scripts/attr87/RULE.md``) on "agreed / declined / refused to",
"signed an agreement" and "didn't know what"."""

from __future__ import annotations

import pytest

from spinscope.components.attribution.round87 import FOR_GERUND_R87, round87_attributions
from spinscope.components.attribution.sources import load_source_table
from spinscope.result import Attribution, Span
from tests.attribution_rows import attribution_details as _rows


def _span(text: str, part: str, label: str) -> Span:
    start = text.index(part)
    return Span(start=start, end=start + len(part), label=label, score=0.5, evidence="test")


def _record(text: str, speaker: str, cue: str, content: str) -> Attribution:
    spans = [_span(text, speaker, "speaker"), _span(text, cue, "cue"), _span(text, content, "content")]
    return Attribution(start=min(x.start for x in spans), end=max(x.end for x in spans), label="indirect",
                       score=0.5, evidence="test", kind="indirect", speaker=spans[0], cue=spans[1], content=spans[2])


# Rule 1: "<verb> <object> (...) for <gerund cue>": the object is the speaker.

def test_the_object_held_in_contempt_for_refusing_is_the_speaker() -> None:
    rows = _rows("The panel held Mr. Okafor in contempt of the council for refusing to appear at a hearing.\n")
    refusing = [r for r in rows if r["cue"] == "refusing"]
    assert refusing and refusing[0]["speaker"] == "Mr. Okafor", rows


def test_the_object_criticized_for_saying_is_the_speaker() -> None:
    rows = _rows("The board criticized Dalton for saying the school would close.\n")
    saying = [r for r in rows if r["cue"] == "saying"]
    assert saying and saying[0]["speaker"] == "Dalton", rows


def test_the_pass_moves_the_speaker_to_a_the_noun_object() -> None:
    text = "Voters will punish the party for saying taxes must rise.\n"
    rec = _record(text, "Voters", "saying", "taxes must rise")
    (out,) = round87_attributions(text, [rec], load_source_table())
    assert out.speaker is not None and text[out.speaker.start:out.speaker.end] == "the party"


@pytest.mark.parametrize("text", [
    "The union thanked them for saying the strike was fair.\n",       # a pronoun object: left alone
    "The mayor said the plan was good for saying thanks to nurses.\n",  # no judging verb before the object
])
def test_guard_no_object_move(text: str) -> None:
    assert not [m for m in FOR_GERUND_R87.finditer(text[:text.index("saying")])]


# Rule 2: "the <noun> <pronoun> refuses to <verb>: <NP>": an object relative, nothing reported.

def test_a_gapped_refusal_before_a_colon_makes_no_record() -> None:
    rows = _rows("The mayor keeps ignoring the danger posed by the very groups he refuses to name: local gangs.\n")
    assert not [r for r in rows if r["cue"] and r["cue"].startswith("refuse")], rows


def test_a_refusal_with_its_object_stays() -> None:
    text = "The mayor refuses to name the groups: local gangs, he said.\n"
    rec = _record(text, "The mayor", "refuses", "to name the groups")
    assert round87_attributions(text, [rec], load_source_table()) == [rec]


# Guards: PolNeAR's convention on the disputed shapes (pass on main too).

@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("The city council has agreed to release funds for the new library.\n", "agreed", "The city council"),
    ("A spokeswoman for the museum declined to comment on the sale.\n", "declined", "A spokeswoman for the museum"),
    ("The mayor refused to disclose the details of the contract with the builders.\n", "refused", "The mayor"),
    ("The two towns signed an agreement to allow buses to cross the river.\n", "signed", "The two towns"),
    ("The coach didn't know what the new rules meant for his team.\n", "didn't know", "The coach"),
])
def test_guard_polnear_marks_the_disputed_shapes(text: str, cue: str, speaker: str) -> None:
    rows = _rows(text)
    assert [r for r in rows if r["cue"] == cue and r["speaker"] == speaker], rows


def test_guard_an_act_gerund_keeps_its_speaker() -> None:
    text = "In May the league condemned the Harbor Club for posting a video on its website.\n"
    rec = _record(text, "the league", "posting", "a video on its website")
    assert round87_attributions(text, [rec], load_source_table()) == [rec]
