"""Round 18 of the attribution layer (issue 16, speaker accuracy), on sentences of our own: a that-less clause the
parser hangs on a reporting verb as an adverbial, after a phrase between them ("said after the meeting he would
not sign"), is what was said, and its speaker is the reporting verb's subject, not the pronoun inside it; a quote
that goes on from a speaker's quote after a sentence of stance about "he" or "she" is given the speaker named at the
first quote, not the pronoun; a parenthetical report keeps its whole sentence when a report after its clause ("what
she called spite", "a rule they say could ...") lies inside it."""

from __future__ import annotations

import pytest

from tests.test_attribution import _find, _part


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Kent was angry at the vote. Kent said after the meeting he would not accept the council's offer.",
     "Kent", "he would not accept the council's offer"),
    ("The minister told reporters on Friday the port would close in May.",
     "The minister", "the port would close in May"),
    ("Ms. Vale said after the hearing she would not sign the lease if it were offered.",
     "Ms. Vale", "she would not sign the lease if it were offered"),
])
def test_a_clause_hung_as_an_adverbial_is_what_the_speaker_said(extract, text, speaker, content) -> None:
    doc = extract(text)
    a = _find(doc, content)
    assert _part(doc, a, "speaker") == speaker
    assert _part(doc, a, "content") == content


@pytest.mark.parametrize("text", [
    "Kent spoke for an hour before he left the hall.",
    "The mayor laughed after the vote because she was tired.",
    "The minister wrote in the spring while he was ill.",
])
def test_an_adverbial_clause_with_its_conjunction_is_not_what_was_said(extract, text) -> None:
    doc = extract(text)
    assert not doc.attributions, [(_part(doc, a, "speaker"), _part(doc, a, "content")) for a in doc.attributions]



def test_a_quote_after_a_pronoun_stance_sentence_goes_on_from_the_named_speaker(extract) -> None:
    doc = extract("“We have had trouble with the port before,” Kent said after the meeting. He did not suggest a "
                  "fine. “Our aim is to keep the harbour open for the fishermen and their families.”")
    a = _find(doc, "Our aim is to keep the harbour open")
    assert _part(doc, a, "speaker") == "Kent"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Kent ignored the question. “Our aim is to keep the harbour open for the fishermen and their families.”",
     "Kent"),
    ("“We have had trouble with the port before,” Kent said. Ms. Vale rejected the plan. “Our aim is to keep the "
     "harbour open for the fishermen.”", "Ms. Vale"),
])
def test_a_quote_after_a_named_stance_sentence_stays_that_speakers(extract, text, speaker) -> None:
    doc = extract(text)
    a = _find(doc, "Our aim is to keep the harbour open")
    assert _part(doc, a, "speaker") == speaker


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("In the end, Ms. Vale said, the quarrel over the harbour is fed by what she called spite - a belief that "
     "you are either with the fishermen or against them.", "Ms. Vale", "a belief that you are either"),
    ("The scheme is unclear on who would pay, housing experts say, including a rule they say could hurt renters.",
     "housing experts", "The scheme is unclear on who would pay"),
])
def test_a_parenthetical_report_keeps_the_report_inside_its_sentence(extract, text, speaker, content) -> None:
    doc = extract(text)
    a = _find(doc, content)
    assert _part(doc, a, "speaker") == speaker
    assert len(doc.attributions) == 1, [_part(doc, b, "content") for b in doc.attributions]


@pytest.mark.parametrize("text", [
    "Kent said the port would close, and the union warned that hundreds of jobs would go.",
    "The port will close in May, Kent said, and the union warned that hundreds of jobs would go.",
])
def test_a_second_speakers_report_after_a_comma_stays_theirs(extract, text) -> None:
    doc = extract(text)
    assert _part(doc, _find(doc, "hundreds of jobs would go"), "speaker") == "the union"
