"""attributions.v1, round 2 of issue 16: stance, intention and evaluation verbs, negated and modal reporting
verbs, embedded questions. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from spinscope.components.attribution import AttributionExtractor
from spinscope.components.attribution.rules import RULE_SCORES
from spinscope.components.core import LanguageIdentifier, Segmenter
from spinscope.document import ArticleInput
from spinscope.ingest.clean import make_document
from tests.test_attribution import _find, _part


@pytest.fixture(scope="module")
def extract():
    language, segment, extractor = LanguageIdentifier(), Segmenter(), AttributionExtractor()

    def run(text: str, **meta: str):
        return extractor(segment(language(make_document(ArticleInput(text=text, **meta)))))

    return run


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
