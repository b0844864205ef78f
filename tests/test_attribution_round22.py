"""Round 22 of the attribution layer (issue 16), on sentences of our own: who owns a noun of saying or feeling (a
nationality adjective, "his"/"her"/"their"), and a noun of claiming or fearing with a that-clause and no owner."""

from __future__ import annotations

import pytest

from tests.test_attribution import _part


def _by_cue(doc, cue: str):  # type: ignore[no-untyped-def]
    hits = [a for a in doc.attributions if _part(doc, a, "cue") == cue]
    assert hits, [(_part(doc, a, "cue"), _part(doc, a, "content")) for a in doc.attributions]
    return hits[0]


def _cues(doc) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [_part(doc, a, "cue") for a in doc.attributions]


@pytest.mark.parametrize(("text", "cue", "speaker", "content"), [
    ("The talks stalled because of German reluctance to share the cost of the bridge.", "reluctance", "German",
     "to share the cost of the bridge"),
    ("The deal eased Western fears that the plant would be restarted.", "fears", "Western",
     "that the plant would be restarted"),
    ("Chinese criticism of the new tariff grew louder on Monday.", "criticism of", "Chinese", "the new tariff"),
])
def test_a_nationality_adjective_owns_a_noun_of_saying(extract, text, cue, speaker, content) -> None:
    doc = extract(text)
    found = _by_cue(doc, cue)
    assert (_part(doc, found, "speaker"), _part(doc, found, "content")) == (speaker, content)


@pytest.mark.parametrize(("text", "cue", "speaker", "content"), [
    ("The mayor has faced anger over her decision to close the clinic.", "decision", "her", "to close the clinic"),
    ("The ministers met on Friday. Their promise to cut fuel duty was not kept.", "promise", "Their",
     "to cut fuel duty"),
    ("The senator kept quiet. His refusal to resign has deepened the crisis.", "refusal", "His", "to resign"),
])
def test_a_possessive_pronoun_owns_a_noun_with_a_clause(extract, text, cue, speaker, content) -> None:
    doc = extract(text)
    found = _by_cue(doc, cue)
    assert (_part(doc, found, "speaker"), _part(doc, found, "content")) == (speaker, content)


@pytest.mark.parametrize("text", [
    "Growing reluctance to share the cost stalled the talks.",  # an ordinary adjective owns nothing
    "Our decision to leave the city was hard.",  # the author's own
    "Plans to widen the road were dropped.",  # an undertaking of no one named
])
def test_no_owner_no_stance_noun(extract, text) -> None:
    doc = extract(text)
    assert not doc.attributions, [(_part(doc, a, "cue"), _part(doc, a, "content")) for a in doc.attributions]


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The strike followed allegations that the managers had hidden the losses.", "allegations",
     "that the managers had hidden the losses"),
    ("The ministry has been dogged by charges that it hid the report.", "charges", "that it hid the report"),
    ("Prices rose amid concerns that the harvest would be poor.", "concerns", "that the harvest would be poor"),
    ("The crisis forced a recognition that the border was poorly guarded.", "recognition",
     "that the border was poorly guarded"),
])
def test_a_claim_noun_with_a_that_clause_and_no_owner_is_anonymous(extract, text, cue, content) -> None:
    doc = extract(text)
    found = _by_cue(doc, cue)
    assert _part(doc, found, "content") == content
    assert found.speaker is None
    assert found.score < 0.3


@pytest.mark.parametrize(("text", "cue"), [
    ("The report that the council published on Monday was short.", "report"),  # a relative clause
    ("The speculation that his remarks generated was unfair.", "speculation"),
    ("The minister dismissed the charges that she faces.", "charges"),
    ("The fact that the road was closed angered drivers.", "fact"),  # no noun of claiming
])
def test_a_relative_clause_after_a_claim_noun_is_no_content(extract, text, cue) -> None:
    assert cue not in _cues(extract(text))


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The mayor resigned amid allegations of fraud in the housing office.", "allegations of",
     "fraud in the housing office"),
    ("Shares fell on fears of a recession.", "fears of", "a recession"),
])
def test_an_unowned_accusation_with_its_object_is_anonymous(extract, text, cue, content) -> None:
    doc = extract(text)
    found = _by_cue(doc, cue)
    assert _part(doc, found, "content") == content
    assert found.speaker is None and found.score < 0.3


def test_an_owned_accusation_keeps_its_owner(extract) -> None:
    doc = extract("The union's criticism of the new rota grew louder.")
    assert _part(doc, _by_cue(doc, "criticism of"), "speaker") == "The union's"


def test_a_noun_of_hoping_with_no_owner_is_no_attribution(extract) -> None:
    doc = extract("Shares rose on hopes of a trade deal.")
    assert not doc.attributions, [(_part(doc, a, "cue"), _part(doc, a, "content")) for a in doc.attributions]


@pytest.mark.parametrize("text", [
    "The film drew criticism of its own.",  # an idiom, no object
    "The price of bread is a concern for many.",  # the ones who worry, not what they fear
    "Rent is one of the concerns of daily life.",  # a matter, not a worry
])
def test_an_unowned_noun_of_worry_needs_an_object_it_is_about(extract, text) -> None:
    doc = extract(text)
    assert not doc.attributions, [(_part(doc, a, "cue"), _part(doc, a, "content")) for a in doc.attributions]
