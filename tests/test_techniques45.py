"""Round 43, helper 45 (issue 15): paragraph labels shown on a report's plain sentences (techniques_gate45.v1).

Every sentence here is our own, written in the shape of the wire reports measured (scripts/tech45)."""

from __future__ import annotations

from spinscope.components.techniques45 import (
    TechniquesGate45,
    names_a_camp,
    plain_report_sentence,
    shown_sentence_evidence,
    unmarked_speech,
    without_plain_report_sentences,
)
from spinscope.document import ArticleInput, Document
from spinscope.result import Genre, Technique
from spinscope.settings import DEFAULT_COMPONENTS

TAGGER = "techniques.v1:minilm-tagger-test"
SHOWN = TAGGER + ":sentence"

REPORT = ("The governor opened the new harbor museum on Friday by cutting a ribbon tied across its doors. "
          "She faced sharp questions over the cost of the building from the council's budget panel. "
          "\"This is a shameless waste of public money,\" one council member said. "
          "Her liberal allies and left-wing activist groups praised the opening all week. "
          "The whole scheme is a swindle, protesters chanted, and the ceremony went on.")


def _t(words: str, label: str = "Loaded_Language", evidence: str = SHOWN) -> Technique:
    at = REPORT.index(words)
    return Technique(start=at, end=at + len(words), label=label, score=0.7, evidence=evidence)


def _plain(words: str, label: str = "Loaded_Language") -> bool:
    at = REPORT.index(words)
    return plain_report_sentence(REPORT, at, at + len(words), label)


OPENED = "The governor opened the new harbor museum on Friday by cutting a ribbon tied across its doors."
QUESTIONS = "She faced sharp questions over the cost of the building from the council's budget panel."
QUOTED = "\"This is a shameless waste of public money,\" one council member said."
CAMP = "Her liberal allies and left-wing activist groups praised the opening all week."
CHANTED = "The whole scheme is a swindle, protesters chanted, and the ceremony went on."


def test_shown_sentence_evidence_is_the_taggers_sentence_only() -> None:
    assert shown_sentence_evidence(SHOWN)
    assert not shown_sentence_evidence(TAGGER)  # the tagger's own span
    assert not shown_sentence_evidence(TAGGER + ":head-sentence")
    assert not shown_sentence_evidence("techniques.v1:lexicon:loaded")
    assert not shown_sentence_evidence("frames.v1:sentence")


def test_plain_report_sentence_needs_label_writers_words_and_no_camp_or_speaker() -> None:
    assert _plain(OPENED)
    assert _plain(QUESTIONS, "Name_Calling-Labeling")
    assert not _plain(QUOTED)  # a speaker's words keep their label
    assert not _plain(CAMP)  # the writer calls people by their camp: kept
    assert not _plain(CHANTED)  # a speaker's words without quotation marks: kept
    assert not _plain(OPENED, "Doubt")  # other labels are not read
    assert not _plain(OPENED, "Exaggeration-Minimisation")
    assert names_a_camp("far-right groups") and names_a_camp("Liberals") and not names_a_camp("the council")
    assert unmarked_speech("It will never work, the minister told reporters.")
    assert not unmarked_speech("The minister told reporters on Monday that the talks went well.")


def _doc(found: list[Technique], genre: str | None = "reporting", language: str = "en") -> Document:
    doc = Document(text=REPORT, meta=ArticleInput(text=REPORT), language=language)
    if genre is not None:
        doc.genre = Genre(label=genre, score=0.9, scores=[], evidence="genre.v1:test")  # type: ignore[arg-type]
    doc.techniques = found
    return doc


def test_gate_removes_a_reports_plain_shown_sentences_only() -> None:
    found = [_t(OPENED),  # a shown label on a plain sentence of the report's words: removed
             _t(QUESTIONS, "Name_Calling-Labeling"),  # removed
             _t(OPENED, evidence=TAGGER),  # the tagger's own sentence-long span: kept
             _t(OPENED, "Doubt"),  # another label: kept
             _t(QUOTED),  # a speaker's words: kept
             _t(CAMP, "Name_Calling-Labeling"),  # a political camp named: kept
             _t(CHANTED),  # a speaker's words without quotation marks: kept
             _t("sharp", evidence="techniques.v1:lexicon:loaded")]  # the lexicon: kept
    assert TechniquesGate45()(_doc(list(found))).techniques == found[2:]
    assert without_plain_report_sentences(REPORT, found) == found[2:]
    assert TechniquesGate45()(_doc(list(found), "opinion")).techniques == found  # reports only
    assert TechniquesGate45()(_doc(list(found), None)).techniques == found  # no genre read: nothing goes
    assert TechniquesGate45()(_doc(list(found), language="de")).techniques == found  # English only


def test_gate_runs_right_after_round_43s_flag_gate_in_the_default_pipeline() -> None:
    names = list(DEFAULT_COMPONENTS)
    assert names.index("techniques_gate45.v1") == names.index("techniques_gate44.v1") + 1
    assert names.index("techniques_gate45.v1") > names.index("genre.v1")
