"""Round 18 of the attribution layer (issue 16, speaker accuracy), on sentences of our own: a that-less clause the
parser hangs on a reporting verb as an adverbial, after a phrase between them ("said after the meeting he would
not sign"), is what was said, and its speaker is the reporting verb's subject, not the pronoun inside it."""

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

