"""Round 45, helper 47 (issue 15): the tagger's Flag_Waving and Name_Calling spans that only name a people or a
party (techniques_gate47.v1).

Every sentence here is our own, written in the shape of the political news measured (scripts/tech47)."""

from __future__ import annotations

from spinscope.components.techniques47 import (
    TechniquesGate47,
    country_name,
    plain_people_span,
    without_plain_people_spans,
)
from spinscope.document import ArticleInput, Document
from spinscope.result import Technique
from spinscope.settings import DEFAULT_COMPONENTS

TAGGER = "techniques.v1:minilm-tagger-test"
FLAG = "Flag_Waving"
NAME = "Name_Calling-Labeling"

TEXT = ("The new series follows how rural Canadians have paid for the drought across the country's prairies. "
        "Democrats and wary Republicans pressed the minister on the grain levy. "
        "We will keep America strong, the senator told the crowd. "
        "The treaty with Mexico was signed on Friday.")


def _t(words: str, label: str = FLAG, evidence: str = TAGGER, nth: int = 0) -> Technique:
    at = -1
    for _ in range(nth + 1):
        at = TEXT.index(words, at + 1)
    return Technique(start=at, end=at + len(words), label=label, score=0.8, evidence=evidence)


def _doc(found: list[Technique], language: str = "en") -> Document:
    doc = Document(text=TEXT, meta=ArticleInput(text=TEXT), language=language)
    doc.techniques = found
    return doc


def test_country_name_against_a_peoples_name() -> None:
    for word in ("america", "united states", "mexico", "britain", "us", "u.s."):
        assert country_name(word), word
    for word in ("americans", "canadians", "mexican", "country", "nation", "democrats"):
        assert not country_name(word), word


def test_plain_people_span() -> None:
    for words in ("Canadians", "the country's", "Democrats", "Republicans", "their nation", "Peruvian-Dutch",
                  "the GOP"):
        assert plain_people_span(words, FLAG), words
        assert plain_people_span(words, NAME), words
    for words in ("America", "the United States", "Mexico", "US", "us", "our country", "we", "rural Canadians",
                  "keep America strong", "un-American", "freedom", "Democrats and wary Republicans pressed", ""):
        assert not plain_people_span(words, FLAG), words
    assert not plain_people_span("Canadians", "Loaded_Language")  # other labels are not read
    assert not plain_people_span("Canadians", "Doubt")


def test_gate_removes_the_taggers_bare_people_spans_only() -> None:
    found = [_t("Canadians"),  # a people's name alone: removed
             _t("country's"),  # "country" alone: removed
             _t("Democrats", NAME),  # a party's name alone: removed
             _t("rural Canadians"),  # a word more: kept
             _t("America"),  # a country's own name: kept
             _t("Mexico", NAME),  # a country's own name: kept
             _t("Canadians", "Loaded_Language"),  # another label: kept
             _t("Canadians", evidence="techniques.v1:lexicon:group"),  # not the tagger: kept
             _t("Democrats", NAME, evidence=TAGGER + ":sentence")]  # a shown sentence's label: kept
    assert TechniquesGate47()(_doc(list(found))).techniques == found[3:]
    assert without_plain_people_spans(TEXT, found) == found[3:]
    assert TechniquesGate47()(_doc(list(found), language="de")).techniques == found  # English only
    assert TechniquesGate47()(_doc([])).techniques == []


def test_gate_runs_right_after_round_44s_causal_gate_in_the_default_pipeline() -> None:
    names = list(DEFAULT_COMPONENTS)
    assert names.index("techniques_gate47.v1") == names.index("techniques_gate46.v1") + 1
