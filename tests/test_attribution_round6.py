"""Round 6 of the attribution rules (issue 16): each pattern with sentences of our own."""

from __future__ import annotations

import pytest

from tests.test_attribution import _find, _part


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("The coach went on to explain how he thinks the budget cuts left his players without a gym.",
     "how he thinks the budget cuts left his players without a gym", "The coach"),
    ("The mayor went on to say that the new levy would pay for the bridge.",
     "the new levy would pay for the bridge", "The mayor"),
    ("The senator then proceeded to claim that the vote had been rigged.",
     "the vote had been rigged", "The senator"),
])
def test_a_report_carried_on_by_go_on_or_proceed_belongs_to_their_subject(extract, text: str, content: str,
                                                                         speaker: str) -> None:
    doc = extract(text)
    found = _find(doc, content)
    assert _part(doc, found, "content") == content
    assert _part(doc, found, "speaker") == speaker


def test_an_infinitive_of_purpose_is_not_carried_on() -> None:
    from spinscope.components.attribution.cues import _phasal_infinitive
    from spinscope.components.core import load_spacy

    doc = load_spacy()("The players went home to say goodbye to their families.")
    say = next(t for t in doc if t.lower_ == "say")
    assert not _phasal_infinitive(say)
