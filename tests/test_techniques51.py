"""Round 46, helper tech51 (issue 15): the tagger's Appeal_to_Authority spans on the writer's own unquoted sentence
(techniques_gate51.v1).

Every sentence here is our own, written in the shape of the news pages measured (scripts/tech51)."""

from __future__ import annotations

from spinscope.components.techniques51 import (
    TechniquesGate51,
    unquoted_authority_span,
    without_unquoted_authority,
)
from spinscope.document import ArticleInput, Document
from spinscope.result import Technique
from spinscope.settings import DEFAULT_COMPONENTS

TAGGER = "techniques.v1:minilm-tagger-test"
AUTH = "Appeal_to_Authority"

TEXT = ("A new paper in a marine biology journal says the reef is shrinking faster than thought. "
        "Dr. Ames, a lecturer in ocean chemistry at a coastal university, has long criticised the fishing quota. "
        "\u201cEvery serious scientist agrees the quota must go,\u201d Ames said on Monday. "
        "The committee said \"the experts have spoken\" and closed the session.")


def _t(words: str, label: str = AUTH, evidence: str = TAGGER) -> Technique:
    at = TEXT.index(words)
    return Technique(start=at, end=at + len(words), label=label, score=0.6, evidence=evidence)


def _doc(found: list[Technique], language: str = "en") -> Document:
    doc = Document(text=TEXT, meta=ArticleInput(text=TEXT), language=language)
    doc.techniques = found
    return doc


PAPER = "A new paper in a marine biology journal says the reef is shrinking faster than thought"
LECTURER = "Dr. Ames, a lecturer in ocean chemistry at a coastal university, has long criticised the fishing quota"
QUOTE = "\u201cEvery serious scientist agrees the quota must go,\u201d Ames said on Monday"
INSIDE = "Every serious scientist agrees the quota must go"
STRAIGHT = "the experts have spoken"


def test_unquoted_authority_span() -> None:
    for words in (PAPER, LECTURER):
        at = TEXT.index(words)
        assert unquoted_authority_span(TEXT, at, at + len(words), AUTH), words
    for words in (QUOTE, STRAIGHT + '"'):  # a quotation mark in the span
        at = TEXT.index(words)
        assert not unquoted_authority_span(TEXT, at, at + len(words), AUTH), words
    at = TEXT.index(PAPER)
    assert not unquoted_authority_span(TEXT, at, at + len(PAPER), "Doubt")  # other labels are not read
    assert not unquoted_authority_span(TEXT, at, at, AUTH)  # empty span
    inside = TEXT.index(INSIDE)  # inside a quotation, no mark in the span: kept through the quoted ranges
    assert not unquoted_authority_span(TEXT, inside, inside + len(INSIDE), AUTH, [(inside, inside + len(INSIDE))])


def test_gate_removes_the_taggers_unquoted_authority_spans_only() -> None:
    found = [_t(PAPER),  # the writer's report of a paper: removed
             _t(LECTURER),  # the writer's description of an expert: removed
             _t(QUOTE),  # a quoted speaker's appeal: kept
             _t(INSIDE),  # inside the quotation: kept
             _t(STRAIGHT),  # inside straight quotes: kept
             _t(PAPER, "Loaded_Language"),  # another label: kept
             _t(PAPER, evidence="techniques.v1:lexicon:authority"),  # not the tagger: kept
             _t(LECTURER, evidence=TAGGER + ":sentence")]  # a shown sentence's label: kept
    assert TechniquesGate51()(_doc(list(found))).techniques == found[2:]
    assert without_unquoted_authority(TEXT, found) == found[2:]
    assert TechniquesGate51()(_doc(list(found), language="de")).techniques == found  # English only
    assert TechniquesGate51()(_doc([])).techniques == []


def test_gate_runs_right_after_the_round_46_word_gate_in_the_default_pipeline() -> None:
    names = list(DEFAULT_COMPONENTS)  # after gate47 and tech50's gate50 (round 46 merge)
    assert names.index("techniques_gate51.v1") == names.index("techniques_gate50.v1") + 1 == \
        names.index("techniques_gate47.v1") + 2
