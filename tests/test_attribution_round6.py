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


def test_a_report_in_a_free_relative_inside_another_report_is_kept_as_its_own(extract) -> None:
    doc = extract("Lund said developers had defined the zones by adding poor blocks to rich ones so they could "
                  "build hotels, amounting to what the auditors said was a giveaway.")
    inner = [a for a in doc.attributions if _part(doc, a, "content") == "what the auditors said was a giveaway"]
    assert len(inner) == 1
    assert _part(doc, inner[0], "speaker") == "auditors"
    outer = _find(doc, "developers had defined the zones")
    assert _part(doc, outer, "speaker") == "Lund"


def test_a_report_inside_another_with_its_speaker_outside_its_content_is_still_one(extract) -> None:
    doc = extract("Lund said the zones were drawn by hand and that the auditors had said the plan was a giveaway "
                  "to the builders of the new hotels downtown.")
    assert [doc.text[a.speaker.start:a.speaker.end] for a in doc.attributions if a.speaker] == ["Lund"]


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("The union fought the closures the mayor said would save money.",
     "the closures the mayor said would save money", "the mayor"),
    ("She urged the council to act against fraud the auditor said is designed to drain the budget.",
     "fraud the auditor said is designed to drain the budget", "the auditor"),
])
def test_a_report_in_a_relative_clause_without_a_pronoun_takes_its_noun(extract, text: str, content: str,
                                                                        speaker: str) -> None:
    doc = extract(text)
    found = [a for a in doc.attributions if _part(doc, a, "content") == content]
    assert len(found) == 1, [_part(doc, a, "content") for a in doc.attributions]
    assert _part(doc, found[0], "speaker") == speaker
    assert "reporting-verb:say:relative" in found[0].evidence


def test_a_reporting_clause_with_a_subject_of_its_own_keeps_only_its_clause(extract) -> None:
    doc = extract("The union fought the closures the mayor said the budget would need.")
    assert not any("relative" in a.evidence for a in doc.attributions)


def test_a_report_opened_by_a_wh_word_after_and_is_cut_from_the_first(extract) -> None:
    doc = extract("There is a gap between what the mayor says his plan would do and how economists say it would "
                  "change the city.")
    contents = {_part(doc, a, "content"): _part(doc, a, "speaker") for a in doc.attributions}
    assert contents.get("it would change the city") == "economists"
    first = next(c for c in contents if c and "plan would do" in c)
    assert "economists" not in first
