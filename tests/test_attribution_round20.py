"""Round 20 of the attribution layer (issue 16), on sentences of our own: a stance verb whose object is a thing held
or handed over ("enjoyed broad support", "released the records") says what its subject has or gives, not a view."""

from __future__ import annotations

import pytest

from tests.test_attribution import _find, _part


@pytest.mark.parametrize(("text", "cue"), [
    ("The governor enjoyed broad support among farmers in the north.", "enjoyed"),
    ("Ms. Vale enjoys a comfortable lead in the latest polls.", "enjoys"),
    ("The harbour police released video of the crash on Tuesday.", "released"),
    ("The senator has never released his tax returns.", "released"),
    ("The agency disclosed the records to the committee last week.", "disclosed"),
    ("The ministry shared information with the French police.", "shared"),
])
def test_a_held_or_handed_over_object_is_no_stance(extract, text, cue) -> None:
    doc = extract(text)
    assert not any(_part(doc, a, "cue") == cue for a in doc.attributions), [
        (_part(doc, a, "cue"), _part(doc, a, "content")) for a in doc.attributions]


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("The mayor released her plan for the harbour on Monday.", "The mayor", "released",
     "her plan for the harbour"),
    ("The two unions share the concerns of the dock workers.", "The two unions", "share",
     "the concerns of the dock workers"),
    ("The governor enjoyed the attention of the crowd.", "The governor", "enjoyed", "the attention of the crowd"),
])
def test_a_message_or_a_view_as_object_stays_a_stance(extract, text, speaker, cue, content) -> None:
    doc = extract(text)
    a = _find(doc, content)
    assert _part(doc, a, "speaker") == speaker
    assert _part(doc, a, "cue") == cue


@pytest.mark.parametrize("text", [
    "Congress could release at least five years of his returns.",
    "The firm released thousands of pages of documents.",
])
def test_a_measured_out_held_object_is_no_stance(extract, text) -> None:
    doc = extract(text)
    assert not any(_part(doc, a, "cue") == "released" or _part(doc, a, "cue") == "release"
                   for a in doc.attributions), [(_part(doc, a, "cue"), _part(doc, a, "content"))
                                               for a in doc.attributions]


@pytest.mark.parametrize(("text", "cue"), [
    ("The union's efforts to register new members failed.", "efforts"),
    ("The mayor's plan to close the port angered fishermen.", "plan"),
    ("The firm's bid to take over the port was rejected.", "bid"),
])
def test_an_undertaking_with_an_infinitive_is_no_stance(extract, text, cue) -> None:
    doc = extract(text)
    assert not any(_part(doc, a, "cue") == cue for a in doc.attributions), [
        (_part(doc, a, "cue"), _part(doc, a, "content")) for a in doc.attributions]


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("The governor's hope that the port would reopen faded.", "The governor's", "hope", "that the port would reopen"),
    ("Kent's decision to close the port angered fishermen.", "Kent's", "decision", "to close the port"),
])
def test_other_stance_nouns_keep_their_clause(extract, text, speaker, cue, content) -> None:
    doc = extract(text)
    a = _find(doc, content)
    assert _part(doc, a, "speaker") == speaker
    assert _part(doc, a, "cue") == cue
