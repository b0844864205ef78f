"""attributions.v1, round 2 of issue 16: stance, intention and evaluation verbs, negated and modal reporting
verbs, embedded questions. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from spinscope.components.attribution.rules import RULE_SCORES
from tests.test_attribution import _find, _part

STANCES = [
    # (text, words of the content, speaker phrase, rule)
    ("Ms. Okafor hoped the new ferry would cut the crossing to an hour.", "the new ferry would cut", "Ms. Okafor",
     "ccomp"),
    ("The fishermen's union plans to block the harbour on Friday.", "to block the harbour", "The fishermen's union",
     "ccomp"),
    ("Harbour officials have not said when the ferry will return.", "when the ferry will return",
     "Harbour officials", "ccomp"),
    ("Critics see the ferry contract as a gift to one shipping firm.", "the ferry contract as a gift",
     "Critics", "dobj"),
    ("Senator Lund attacked subsidies that favour large shipping firms.", "subsidies that favour",
     "Senator Lund", "dobj"),
    ("The mayor endorsed Ms. Okafor in the race for the port board.", "Ms. Okafor", "The mayor", "dobj"),
]


@pytest.mark.parametrize(("text", "content", "speaker", "how"), STANCES, ids=[s[0][:30] for s in STANCES])
def test_stance_and_intention_verbs_are_attributed(extract, text: str, content: str, speaker: str,
                                                   how: str) -> None:
    doc = extract(text)
    a = _find(doc, content)
    assert _part(doc, a, "speaker") == speaker
    assert a.score <= RULE_SCORES["verb:ccomp"]


def test_stance_verbs_score_below_reporting_verbs(extract) -> None:
    doc = extract("Critics see the ferry contract as a gift to one shipping firm. "
                  "Senator Lund said that the contract was a gift.")
    stance = _find(doc, "the ferry contract as a gift")
    said = _find(doc, "the contract was a gift")
    assert "stance-verb:see:dobj" in stance.evidence
    assert stance.score < said.score


@pytest.mark.parametrize("text", [
    "The storm damaged the old pier on Tuesday.",       # no agent
    "Ms. Okafor bought a house near the harbour.",      # an agent, but no view: a plain action
    "The ferry carried forty passengers to the island.",
])
def test_actions_and_events_are_not_attributions(extract, text: str) -> None:
    assert extract(text).attributions == []


def test_a_stance_does_not_become_the_last_quoted_speaker(extract) -> None:
    doc = extract("“The port will reopen next week,” Ms. Okafor said. Mr. Lund has attacked the plan for the "
                  "port. “It is a disaster for the town,” she added.")
    a = _find(doc, "It is a disaster")
    assert a.speaker_name is not None and "Okafor" in a.speaker_name


def test_passive_judgement_keeps_the_judged_subject_in_the_content(extract) -> None:
    doc = extract("The harbour master was accused of hiding the accident reports. "
                  "The new ferry is expected to cut the crossing to an hour.")
    accused = _find(doc, "hiding the accident reports")
    assert _part(doc, accused, "content").startswith("The harbour master")
    assert accused.speaker is None and accused.score <= RULE_SCORES["stance:passive"]
    expected = _find(doc, "to cut the crossing")
    assert expected.speaker is None and "stance-verb:expect:passive" in expected.evidence


def test_a_gerund_speaks_for_the_subject_of_its_clause(extract) -> None:
    doc = extract("Ms. Okafor refused to name the bidders, aside from saying that three firms had applied.")
    a = _find(doc, "three firms had applied")
    assert _part(doc, a, "speaker") == "Ms. Okafor"


def test_a_topic_verb_attributes_its_prepositional_object(extract) -> None:
    doc = extract("Senator Lund spoke angrily of the closed ferry terminal in his home town.")
    a = _find(doc, "the closed ferry terminal")
    assert _part(doc, a, "speaker") == "Senator Lund"


def test_first_person_and_quoted_stances_are_not_reports(extract) -> None:
    doc = extract("I hope the ferry returns soon. “We want the terminal reopened,” Ms. Okafor said.")
    assert not [a for a in doc.attributions if "stance-verb" in a.evidence]
    assert _part(doc, _find(doc, "We want the terminal reopened"), "speaker") == "Ms. Okafor"


def test_a_counted_group_is_an_agent(extract) -> None:
    doc = extract("A number of local lawmakers oppose the new ferry timetable.")
    a = _find(doc, "the new ferry timetable")
    assert _part(doc, a, "speaker") == "A number of local lawmakers"


def test_stance_content_runs_to_the_end_of_the_verb_phrase(extract) -> None:
    doc = extract("In May, the governor praised Ms. Okafor in her annual address for reopening the ferry line, "
                  "citing the new jobs.")
    a = _find(doc, "Ms. Okafor")
    content = _part(doc, a, "content")
    assert content.endswith("for reopening the ferry line")  # the object, its adjuncts, not the comma clause
    assert "citing" not in content


def test_a_stance_noun_with_its_owner_is_attributed(extract) -> None:
    doc = extract("Ms. Okafor's decision to close the ferry terminal angered the pilots. "
                  "The concern that fares would rise was widely shared.")
    a = _find(doc, "to close the ferry terminal")
    assert _part(doc, a, "speaker") == "Ms. Okafor's" and "stance-noun:decision" in a.evidence
    # a concern of nobody named is held by others, not stated by the author: attributed with no speaker (round 22;
    # it was left out before)
    concern = _find(doc, "fares would rise")
    assert concern.speaker is None and concern.score < 0.3
