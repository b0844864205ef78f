"""Round 47, helper tech54 (issue 15): the tagger's Exaggeration on a superlative of measure in a reported fact
(techniques_gate54.v1).

Every sentence here is our own, written in the shape of the marked findings (scripts/tech54/count54.py)."""

from __future__ import annotations

from spinscope.components.persuasion_models import split_sentences
from spinscope.components.techniques43 import quoted_ranges
from spinscope.components.techniques54 import (
    EXAGGERATION_54,
    TechniquesGate54,
    measured_superlative,
    superlative_phrase,
    without_measured_superlatives,
)
from spinscope.document import ArticleInput, Document
from spinscope.result import Technique
from spinscope.settings import DEFAULT_COMPONENTS

TAGGER = "techniques.v1:minilm-tagger-test"

TEXT = ("A trade weekly last spring ranked the mill the 12th largest employer in the county.\n\n"
        "Over the past 30 years the valley has seen its biggest fall in the number of dairy farms.\n\n"
        "\u201cThis is the biggest benefit we can give the town,\u201d the mayor said of the 40 homes.\n\n"
        "The firm called it the largest and most shameful sell-off ever seen in 20 years.\n\n"
        "We now have the oldest bridge in the region, built in 1820.\n\n"
        "The river is the longest in the county.\n\n"
        "Critics called the plan the most reckless scheme of 2019.\n")


def _t(words: str, label: str = EXAGGERATION_54, evidence: str = TAGGER) -> Technique:
    at = TEXT.index(words)
    return Technique(start=at, end=at + len(words), label=label, score=0.6, evidence=evidence)


def _doc(found: list[Technique], language: str = "en") -> Document:
    doc = Document(text=TEXT, meta=ArticleInput(text=TEXT), language=language)
    doc.techniques = found
    return doc


def _marks(words: str, label: str = EXAGGERATION_54) -> bool:
    at = TEXT.index(words)
    return measured_superlative(TEXT, at, at + len(words), label, split_sentences(TEXT), quoted_ranges(TEXT))


def test_superlative_phrase_by_shape() -> None:
    assert superlative_phrase("the 12th largest employer in the county")
    assert superlative_phrase("its biggest fall in the number of dairy farms")
    assert superlative_phrase("the nation's wealthiest family")
    assert superlative_phrase("the first woman to run the port")
    assert superlative_phrase("the least visited island")
    assert not superlative_phrase("the most reckless scheme")  # "most" + an evaluative word
    assert not superlative_phrase("it was the biggest fall")  # a verb before the phrase
    assert not superlative_phrase("a record crowd")  # no superlative (tech50's R50c reads "record")
    assert not superlative_phrase("the best team")  # an evaluative superlative
    assert not superlative_phrase("the largest " + "of the old and new farms " * 3)  # longer than a noun phrase


def test_a_rank_or_a_measured_superlative_in_the_writers_report_is_marked() -> None:
    assert _marks("the 12th largest employer in the county")
    assert _marks("its biggest fall in the number of dairy farms")
    assert not _marks("the 12th largest employer in the county", "Loaded_Language")


def test_quoted_overstated_first_person_and_figureless_superlatives_are_kept() -> None:
    assert not _marks("the biggest benefit")  # a quoted promise
    assert not _marks("the largest and most shameful sell-off")  # "most" + evaluative word, "ever"
    assert not _marks("the oldest bridge in the region")  # first person
    assert not _marks("the longest in the county")  # no figure in the sentence
    assert not _marks("the most reckless scheme")  # evaluative "most"


def test_gate_removes_only_the_taggers_marked_exaggeration_spans() -> None:
    found = [_t("the 12th largest employer in the county"),  # removed
             _t("its biggest fall in the number of dairy farms"),  # removed
             _t("the biggest benefit"),  # quoted: kept
             _t("the longest in the county"),  # no figure: kept
             _t("the 12th largest employer in the county", evidence=TAGGER + ":sentence"),  # shown label: kept
             _t("the 12th largest employer in the county", evidence="techniques.v1:lexicon:x"),  # lexicon: kept
             _t("its biggest fall", "Loaded_Language")]  # other label: kept
    kept = found[2:]
    assert TechniquesGate54()(_doc(list(found))).techniques == kept
    assert without_measured_superlatives(TEXT, found) == kept
    # a sentence-long span is kept: the words cannot show a noun phrase only
    line = "The river is the longest in the county."
    at = TEXT.index(line)
    whole = Technique(start=at, end=at + len(line), label=EXAGGERATION_54, score=0.6, evidence=TAGGER)
    assert without_measured_superlatives(TEXT, [whole]) == [whole]
    assert TechniquesGate54()(_doc(list(found), language="de")).techniques == found  # English only
    assert TechniquesGate54()(_doc([])).techniques == []


def test_gate_runs_after_round_46s_furniture_gate_in_the_default_pipeline() -> None:
    names = list(DEFAULT_COMPONENTS)
    # tech53's techniques_gate53.v1 also went after gate52 this round; the lead ordered it first at the merge
    assert names.index("techniques_gate54.v1") == names.index("techniques_gate53.v1") + 1
