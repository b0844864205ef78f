"""Round 21 of the attribution layer (issue 16), on sentences of our own: where the object of a stance or a report
ends, a wh-clause after the verb's object, and reports nested in an object."""

from __future__ import annotations

import pytest

from tests.test_attribution import _find, _part


def _by_cue(doc, cue: str):  # type: ignore[no-untyped-def]
    hits = [a for a in doc.attributions if _part(doc, a, "cue") == cue]
    assert hits, [(_part(doc, a, "cue"), _part(doc, a, "content")) for a in doc.attributions]
    return hits[0]


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The senator supported the bill when it first came to a vote.", "supported", "the bill"),
    ("The ministry rejected the licences until the audit was over.", "rejected", "the licences"),
    ("The union backed the strike because its leaders feared the plant would close.", "backed", "the strike"),
    ("The union described the deal as a betrayal when it was first announced.", "described",
     "the deal as a betrayal"),
    ("The mayor thanked the crews at the depot when the storm had passed.", "thanked", "the crews at the depot"),
])
def test_an_adverbial_clause_with_its_own_subject_ends_the_object(extract, text, cue, content) -> None:
    doc = extract(text)
    assert _part(doc, _by_cue(doc, cue), "content") == content


def test_the_report_in_the_reason_clause_stays_its_own(extract) -> None:
    doc = extract("The union backed the strike because its leaders feared the plant would close.")
    report = _find(doc, "the plant would close")
    assert _part(doc, report, "cue") == "feared"
    assert _part(doc, report, "speaker") == "its leaders"


def test_a_phrase_of_the_verb_without_a_subject_stays_in_the_object(extract) -> None:
    doc = extract("The mayor praised the road crew for clearing the snow before dawn.")
    assert _part(doc, _by_cue(doc, "praised"), "content") == "the road crew for clearing the snow before dawn"


def test_a_relative_clause_hung_on_the_verb_stays_in_the_object(extract) -> None:
    # the parser hangs "that finally explain ..." on the verb as an adverbial whose subject is "that"
    doc = extract("The nurses disclosed new figures to 48 Hours that finally explain what happened on the ward.")
    assert _part(doc, _by_cue(doc, "disclosed"), "content") == (
        "new figures to 48 Hours that finally explain what happened on the ward")


@pytest.mark.parametrize(("text", "cue"), [
    ("The minister visited the port when the ferry strike began.", "visited"),
    ("The lawyer met with the judge if the trial was delayed.", "met"),
])
def test_a_wh_clause_after_the_verbs_object_is_no_complement(extract, text, cue) -> None:
    doc = extract(text)
    assert not any(_part(doc, a, "cue") == cue for a in doc.attributions), [
        (_part(doc, a, "cue"), _part(doc, a, "content")) for a in doc.attributions]


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The official has not said when the port will reopen.", "said", "when the port will reopen"),
    ("The union told members when the strike would start.", "told", "when the strike would start"),
])
def test_a_wh_clause_right_after_the_verb_or_the_one_told_stays(extract, text, cue, content) -> None:
    doc = extract(text)
    assert _part(doc, _find(doc, content), "cue") == cue


@pytest.mark.parametrize(("text", "cue", "inner"), [
    ("The mayor attacked the new tariff, which traders said would ruin the market.", "attacked",
     "would ruin the market"),
    ("The council opposed the tower, which residents said would block the view.", "opposed",
     "would block the view"),
])
def test_a_stance_keeps_its_object_with_a_report_in_its_relative_clause(extract, text, cue, inner) -> None:
    doc = extract(text)
    outer = _by_cue(doc, cue)
    assert inner in _part(doc, outer, "content")  # type: ignore[operator]
    assert inner in _part(doc, _by_cue(doc, "said"), "content")  # type: ignore[operator]


def test_an_object_holding_a_report_is_the_outer_speakers(extract) -> None:
    doc = extract("The defence cited a column arguing that the senator had told donors he would resign.")
    outer = _find(doc, "he would resign")
    assert _part(doc, outer, "cue") == "cited"
    assert _part(doc, outer, "speaker") == "The defence"
    assert _part(doc, outer, "content") == "a column arguing that the senator had told donors he would resign"


def test_a_report_in_a_clause_of_its_own_keeps_its_speaker(extract) -> None:
    doc = extract("The defence noted that the senator told donors he would resign.")
    assert any(_part(doc, a, "cue") == "noted" for a in doc.attributions)


def test_an_object_that_is_the_inner_speaker_keeps_its_report(extract) -> None:
    doc = extract("The inspectors noted the firm's website, which says it employs four hundred people.")
    inner = _find(doc, "it employs four hundred people")
    assert _part(doc, inner, "cue") == "says"
    assert (_part(doc, inner, "speaker") or "").startswith("the firm's website")
