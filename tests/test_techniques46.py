"""Round 44, helper 46 (issue 15): Exaggeration on a plain superlative of fact, and a report's Causal_Oversimplification
with no cause (techniques_gate46.v1).

Every sentence here is our own, written in the shape of the political news measured (scripts/tech46)."""

from __future__ import annotations

from spinscope.components.techniques46 import (
    TechniquesGate46,
    causeless_causal,
    gated_46,
    plain_fact_superlative,
    tagger_or_shown_evidence,
    without_gated_46,
)
from spinscope.document import ArticleInput, Document
from spinscope.result import Genre, Technique
from spinscope.settings import DEFAULT_COMPONENTS

TAGGER = "techniques.v1:minilm-tagger-test"
SHOWN = TAGGER + ":sentence"
EXAG, CAUSAL = "Exaggeration-Minimisation", "Causal_Oversimplification"

TEXT = ("The port is the largest employer in the province and the busiest on the coast. "
        "Its owner is the most powerful family in the region. "
        "The governor is the most reckless leader the province has ever had. "
        "The new terminal will bring the biggest boom in history. "
        "The council members were not troubled by the delay to the second terminal. "
        "Trade fell because the governor raised the harbor fees. "
        "Nobody on the council voted for the fees.")

PORT = "the largest employer in the province and the busiest on the coast"
FAMILY = "the most powerful family in the region"
RECKLESS = "the most reckless leader the province has ever had"
BOOM = "the biggest boom in history"
DELAY = "The council members were not troubled by the delay to the second terminal."
FEES = "Trade fell because the governor raised the harbor fees."


def _t(words: str, label: str, evidence: str = TAGGER) -> Technique:
    at = TEXT.index(words)
    return Technique(start=at, end=at + len(words), label=label, score=0.8, evidence=evidence)


def _doc(found: list[Technique], genre: str | None = "reporting", language: str = "en") -> Document:
    doc = Document(text=TEXT, meta=ArticleInput(text=TEXT), language=language)
    if genre is not None:
        doc.genre = Genre(label=genre, score=0.9, scores=[], evidence="genre.v1:test")  # type: ignore[arg-type]
    doc.techniques = found
    return doc


def test_evidence_is_the_taggers_span_or_a_shown_sentence() -> None:
    assert tagger_or_shown_evidence(TAGGER) and tagger_or_shown_evidence(SHOWN)
    assert tagger_or_shown_evidence(TAGGER + ":head-sentence")
    assert not tagger_or_shown_evidence("techniques.v1:lexicon:exaggeration")
    assert not tagger_or_shown_evidence("techniques.v1:rule:slogan")
    assert not tagger_or_shown_evidence(TAGGER + ":paragraph")
    assert not tagger_or_shown_evidence("frames.v1:minilm")


def test_plain_fact_superlatives_and_overstatement() -> None:
    assert plain_fact_superlative(PORT, EXAG) and plain_fact_superlative(FAMILY, EXAG)
    assert plain_fact_superlative("the first woman to lead the port authority", EXAG)
    assert plain_fact_superlative("one of the wealthiest towns on the coast", EXAG)
    assert not plain_fact_superlative(RECKLESS, EXAG)  # an evaluative superlative, and "ever"
    assert not plain_fact_superlative(BOOM, EXAG)  # "in history"
    assert not plain_fact_superlative("the biggest gain, and it is not even close", EXAG)
    assert not plain_fact_superlative("the richest, most greedy landlords", EXAG)  # "most" before another word
    assert not plain_fact_superlative("a record harvest this autumn", EXAG)  # "record" is not a fact word here
    assert not plain_fact_superlative("a huge and growing debt", EXAG)  # no superlative
    assert not plain_fact_superlative(PORT, "Loaded_Language")  # other labels are not read


def test_causeless_causal() -> None:
    assert causeless_causal(DELAY, CAUSAL)
    assert causeless_causal("The senator called the vote a mistake but noted the rival backed it too.", CAUSAL)
    assert not causeless_causal(FEES, CAUSAL)
    for words in ("Prices rose due to the strike.", "The strike led to shortages.", "It is the reason we lost.",
                  "They blame the mayor for the flood.", "If the fees rise, trade will go.", "It failed, so we left."):
        assert not causeless_causal(words, CAUSAL), words
    assert not causeless_causal(DELAY, "Doubt")
    assert gated_46(DELAY, CAUSAL, True) and not gated_46(DELAY, CAUSAL, False)  # the Causal half: reports only
    assert gated_46(PORT, EXAG, False) and gated_46(PORT, EXAG, True)  # the superlative half: any genre


def test_gate_removes_only_what_the_rule_marks() -> None:
    found = [_t(PORT, EXAG),  # removed (any genre)
             _t(FAMILY + ".", EXAG, SHOWN),  # a shown sentence of a plain superlative: removed
             _t(DELAY, CAUSAL),  # removed in a report
             _t(RECKLESS, EXAG),  # overstates: kept
             _t(BOOM, EXAG),  # kept
             _t(FEES, CAUSAL),  # gives a cause: kept
             _t(PORT, "Loaded_Language"),  # another label: kept
             _t("largest", EXAG, "techniques.v1:lexicon:exaggeration")]  # the lexicon: kept
    assert TechniquesGate46()(_doc(list(found))).techniques == found[3:]
    assert without_gated_46(TEXT, found, True) == found[3:]
    opinion = [t for t in found if t is not found[0] and t is not found[1]]
    assert TechniquesGate46()(_doc(list(found), "opinion")).techniques == opinion  # the Causal half: reports only
    assert TechniquesGate46()(_doc(list(found), None)).techniques == opinion  # no genre: not a report
    assert TechniquesGate46()(_doc(list(found), language="de")).techniques == found  # English only


def test_gate_runs_right_after_round_43s_sentence_gate_in_the_default_pipeline() -> None:
    names = list(DEFAULT_COMPONENTS)
    assert names.index("techniques_gate46.v1") == names.index("techniques_gate45.v1") + 1
    assert names.index("techniques_gate46.v1") > names.index("genre.v1")
