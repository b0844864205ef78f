"""Round 42, helper 43 (issue 15): a report's whole-word technique spans in its own words (techniques_gate43.v1).

Every sentence here is our own, written in the shape of the news articles measured (scripts/tech43)."""

from __future__ import annotations

import pytest

from spinscope.components.techniques43 import (
    TechniquesGate43,
    quoted_ranges,
    tagger_evidence,
    without_writers_words,
    writers_word_span,
)
from spinscope.document import ArticleInput, Document
from spinscope.result import Genre, Technique
from spinscope.settings import DEFAULT_COMPONENTS

TAGGER = "techniques.v1:minilm-tagger-test"

REPORT = ("City officials said on Tuesday that a water main explosion had flooded two blocks of the downtown "
          "district, forcing the closure of several shops.\n\n"
          "The outcry from residents grew through the afternoon as crews worked to restore service, the utility "
          "said in a statement.\n\n"
          "\"This is a total disaster for our neighborhood,\" said one shop owner, who asked that her name not be "
          "used.\n\n"
          "Tensions between the utility and the city council have been rising for months over the cost of "
          "repairs, according to council records.\n\n"
          "The council is expected to vote on a repair budget next week.")


def _quoted(text: str) -> list[str]:
    return [text[s:e] for s, e in quoted_ranges(text)]


def test_quoted_ranges_read_the_marks() -> None:
    assert _quoted("She called the plan \u201ca shameful betrayal of the voters\u2019 trust\u201d on Friday.") == [
        "a shameful betrayal of the voters\u2019 trust"]  # an apostrophe does not close a double quotation
    assert _quoted("He said the vote was ''a farce'' and left.") == ["a farce"]
    assert _quoted("Governor Warns Plan \u2018Spells Ruin\u2019 for Farms") == ["Spells Ruin"]
    assert _quoted("The senator's aide didn't comment.") == []
    text = "The governor went on:\nWe will not bow to these bullies, not now and not ever.\nThe hall was quiet."
    assert _quoted(text) == ["We will not bow to these bullies, not now and not ever."]
    assert _quoted('"An open quotation runs to the end of its paragraph\nand no further.') == [
        "An open quotation runs to the end of its paragraph"]


def test_writers_word_span_needs_label_length_and_writers_words() -> None:
    text = 'The outcry grew, and the owner called it "a total disaster".'
    at = text.index("outcry")
    assert writers_word_span(text, at, at + 6, "Loaded_Language")
    assert writers_word_span(text, at - 4, at + 6, "Name_Calling-Labeling")  # "The outcry": one content word
    assert not writers_word_span(text, at, at + 6, "Doubt")  # a sentence-level technique is not read here
    assert not writers_word_span(text, at, at + 6, "Flag_Waving")  # the annotators mark the country often
    q = text.index("a total")
    assert not writers_word_span(text, q, q + 15, "Loaded_Language")  # inside the quotation
    long = text.index("The outcry grew, and the owner")
    assert not writers_word_span(text, long, long + 30, "Loaded_Language")  # more than two content words
    assert tagger_evidence(TAGGER)
    assert not tagger_evidence(TAGGER + ":sentence")
    assert not tagger_evidence("techniques.v1:lexicon:loaded")


def _doc(text: str, genre: str, found: list[Technique]) -> Document:
    doc = Document(text=text, meta=ArticleInput(text=text), language="en")
    doc.genre = Genre(label=genre, score=0.9, scores=[], evidence="genre.v1:test")  # type: ignore[arg-type]
    doc.techniques = found
    return doc


def _t(text: str, words: str, label: str, evidence: str = TAGGER) -> Technique:
    at = text.index(words)
    return Technique(start=at, end=at + len(words), label=label, score=0.8, evidence=evidence)


def test_gate_removes_a_reports_own_whole_words_only() -> None:
    found = [_t(REPORT, "outcry", "Loaded_Language"),
             _t(REPORT, "Tensions", "Loaded_Language", TAGGER + ":sentence"),  # a shown sentence's evidence: kept
             _t(REPORT, "total disaster", "Loaded_Language"),  # quoted: kept
             _t(REPORT, "explosion", "Doubt")]  # not a word-level technique: kept
    gated = TechniquesGate43()(_doc(REPORT, "reporting", list(found)))
    assert [REPORT[t.start:t.end] for t in gated.techniques] == ["Tensions", "total disaster", "explosion"]
    opinion = TechniquesGate43()(_doc(REPORT, "opinion", list(found)))
    assert opinion.techniques == found  # an opinion piece's own words are its opinion: kept
    assert without_writers_words(REPORT, found) == found[1:]


def test_gate_runs_after_genre_in_the_default_pipeline() -> None:
    names = list(DEFAULT_COMPONENTS)
    assert names.index("techniques_gate43.v1") > names.index("genre.v1") > names.index("techniques.v1")


@pytest.mark.slow
def test_report_loses_a_neutral_word_and_keeps_its_speakers_loaded_words() -> None:
    from spinscope.api import analyze

    components = ["language.v1", "segment.v1", "sentence-vectors.v1", "techniques.v1", "genre.v1"]
    before = analyze(REPORT, components=components)
    after = analyze(REPORT, components=[*components, "techniques_gate43.v1"])
    assert before.genre is not None and before.genre.label == "reporting"
    words = {(REPORT[t.start:t.end], t.label) for t in before.techniques}
    assert ("outcry", "Loaded_Language") in words  # the tagger reads the reporting word as loaded
    kept = {(REPORT[t.start:t.end], t.label) for t in after.techniques}
    assert ("outcry", "Loaded_Language") not in kept
    assert any("disaster" in w for w, _ in kept)  # the speaker's loaded words stay
