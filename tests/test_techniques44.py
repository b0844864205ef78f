"""Round 43, helper 44 (issue 15): the tagger's Flag_Waving spans that name no group (techniques_gate44.v1).

Every sentence here is our own, written in the shape of the readers' letters and reports measured (scripts/tech44)."""

from __future__ import annotations

from spinscope.components.techniques44 import (
    TechniquesGate44,
    names_no_group,
    nation_words,
    span_words,
    without_groupless_flags,
)
from spinscope.document import ArticleInput, Document
from spinscope.result import Technique
from spinscope.settings import DEFAULT_COMPONENTS

TAGGER = "techniques.v1:minilm-tagger-test"

LETTER = ("He interrupts, he sneers, he promotes rudeness and spite every time he speaks. My grandfather drove a "
          "truck across three states for forty years. We deserve a leader who respects this country and its "
          "people. That is the American way, and I am a proud Bolivian-American.\n\n"
          "Officers said the violence toward patrol crews had grown since spring.")


def _t(text: str, words: str, label: str = "Flag_Waving", evidence: str = TAGGER) -> Technique:
    at = text.index(words)
    return Technique(start=at, end=at + len(words), label=label, score=0.8, evidence=evidence)


def _no_group(text: str, words: str, label: str = "Flag_Waving") -> bool:
    at = text.index(words)
    return names_no_group(text, at, at + len(words), label)


def test_nation_words_come_from_the_country_rows() -> None:
    words, names = nation_words()
    assert {"bolivia", "bolivian", "bolivians", "america", "americans", "nation", "country"} <= words
    assert "united states" in names
    assert "la paz" not in names  # a city alias is not the country's name
    assert span_words("the United States\u2019 flag, Mexican-American voters and Iran's") == [
        "the", "united states", "flag", "mexican", "american", "voters", "and", "iran"]


def test_names_no_group_reads_nation_group_and_we() -> None:
    assert _no_group(LETTER, "promotes rudeness and spite")
    assert _no_group(LETTER, "My grandfather drove a truck")
    assert _no_group(LETTER, "the violence toward patrol crews")
    assert not _no_group(LETTER, "across three states")  # "states": kept (it may be the country)
    assert not _no_group(LETTER, "We deserve a leader")  # "we" speaking for a group
    assert not _no_group(LETTER, "this country")
    assert not _no_group(LETTER, "the American way")
    assert not _no_group(LETTER, "Bolivian-American")  # a bare nationality is often gold Flag_Waving: kept
    assert not _no_group("Stand up for the flag and the Constitution.", "the flag and the Constitution")
    assert not _no_group("They fight for our freedom.", "fight for our freedom")
    assert not _no_group(LETTER, "promotes rudeness and spite", "Loaded_Language")  # Flag_Waving only
    assert not _no_group("  ", "  ")  # no word: nothing to judge


def _doc(text: str, found: list[Technique], language: str = "en") -> Document:
    doc = Document(text=text, meta=ArticleInput(text=text), language=language)
    doc.techniques = found
    return doc


def test_gate_removes_the_taggers_groupless_flag_waving_only() -> None:
    found = [_t(LETTER, "promotes rudeness and spite"),  # the tagger's, names no group: removed
             _t(LETTER, "My grandfather drove a truck", evidence=TAGGER + ":sentence"),  # a shown label: kept
             _t(LETTER, "We deserve a leader who respects this country"),  # names the nation: kept
             _t(LETTER, "promotes rudeness and spite", "Loaded_Language"),  # another label: kept
             _t(LETTER, "the violence toward patrol crews", evidence="techniques.v1:lexicon:loaded")]  # kept
    gated = TechniquesGate44()(_doc(LETTER, list(found)))
    assert gated.techniques == found[1:]
    assert without_groupless_flags(LETTER, found) == found[1:]
    other = TechniquesGate44()(_doc(LETTER, list(found), language="de"))
    assert other.techniques == found  # English only


def test_gate_runs_after_round_42s_gate_in_the_default_pipeline() -> None:
    names = list(DEFAULT_COMPONENTS)
    assert names.index("techniques_gate44.v1") == names.index("techniques_gate43.v1") + 1
