"""Round 46, helper tech50 (issue 15): a report's tagger findings cut by their own words (techniques_gate50.v1).

Every sentence here is our own, written in the shape of wire and political news reports (scripts/tech50)."""

from __future__ import annotations

from spinscope.components.persuasion_models import split_sentences
from spinscope.components.techniques50 import (
    SHIPPED_50,
    TechniquesGate50,
    degree_word_in_speech,
    figure_exaggeration,
    market_forecast,
    removed_by50,
    without_word_noise50,
)
from spinscope.document import ArticleInput, Document
from spinscope.result import Genre, Technique
from spinscope.settings import DEFAULT_COMPONENTS

TAGGER = "techniques.v1:minilm-tagger-test"
EX = "Exaggeration-Minimisation"
FEAR = "Appeal_to_Fear-Prejudice"

TEXT = ("The county jail population has since grown to a record of 4.1 million beds, the audit found. "
        "The mayor said the council had very deep doubts about the plan. "
        "Copper prices could tumble further if factory demand stays soft, one metals dealer said. "
        "The senator said the bill was the worst betrayal in the history of the state. "
        "Critics call it a vast and shameless grab for power.")


def _t(words: str, label: str = EX, evidence: str = TAGGER) -> Technique:
    at = TEXT.index(words)
    return Technique(start=at, end=at + len(words), label=label, score=0.8, evidence=evidence)


def _doc(found: list[Technique], genre: str | None = "reporting", language: str = "en") -> Document:
    doc = Document(text=TEXT, meta=ArticleInput(text=TEXT), language=language)
    if genre is not None:
        doc.genre = Genre(label=genre, score=0.9, scores=[], evidence="genre.v1:test")  # type: ignore[arg-type]
    doc.techniques = found
    return doc


def test_figure_exaggeration() -> None:
    assert figure_exaggeration("a record of 4.1 million", EX)
    assert figure_exaggeration("up 12 pct", EX)
    assert not figure_exaggeration("millions of lives", EX)  # size said in words: kept
    assert not figure_exaggeration("a record of 4.1 million", "Loaded_Language")
    assert not figure_exaggeration("a record of 4.1 million", EX, sentence_long=True)
    assert "R50a" not in SHIPPED_50  # it removed a right finding on a held-out five (scripts/tech50/RULE.md)


def test_degree_word_in_speech() -> None:
    said = "The mayor said the council had very deep doubts about the plan."
    assert degree_word_in_speech("very deep doubts", said, EX)
    assert degree_word_in_speech("enormous respect", "He told reporters he had enormous respect for them.", EX)
    assert not degree_word_in_speech("very deep doubts", "The council had very deep doubts.", EX)  # no saying
    assert not degree_word_in_speech("the worst betrayal in the history", said, EX)  # no plain degree word
    assert not degree_word_in_speech("very deep doubts about the whole plan", said, EX)  # four content words
    assert not degree_word_in_speech("very deep doubts", said, "Loaded_Language")


def test_market_forecast_is_measured_but_not_applied() -> None:
    sentence = "Copper prices could tumble further if factory demand stays soft, one metals dealer said."
    assert market_forecast(sentence, FEAR) and market_forecast(sentence, EX)
    assert not market_forecast("The raiders could burn every village if we wait.", FEAR)
    assert not market_forecast(sentence, "Doubt")
    assert "R50b" not in SHIPPED_50  # no marked finding showed it (scripts/tech50/RULE.md)
    sents = split_sentences(TEXT, 0, len(TEXT))
    t = _t("Copper prices could tumble further if factory demand stays soft", FEAR)
    assert removed_by50(TEXT, t.start, t.end, t.label, sents, {"R50b"}) == "R50b"
    assert removed_by50(TEXT, t.start, t.end, t.label, sents, SHIPPED_50) is None


def test_gate_removes_a_reports_intensifier_in_speech_only() -> None:
    found = [_t("very deep doubts"),  # R50c: removed
             _t("very deep doubts", evidence=TAGGER + ":sentence"),  # a shown sentence's label: read too, removed
             _t("grown to a record of 4.1 million beds"),  # R50a (a figure) not applied, and no saying: kept
             _t("Copper prices could tumble further if factory demand stays soft", FEAR),  # R50b not applied: kept
             _t("the worst betrayal in the history of the state"),  # no figure, no degree word: kept
             _t("vast and shameless grab"),  # no verb of saying: kept
             _t("a record of 4.1 million", "Loaded_Language"),  # another label: kept
             _t("a record of 4.1 million", evidence="techniques.v1:lexicon:size")]  # not the tagger: kept
    assert TechniquesGate50()(_doc(list(found))).techniques == found[2:]
    assert without_word_noise50(TEXT, found) == found[2:]
    assert TechniquesGate50()(_doc(list(found), "opinion")).techniques == found  # reports only
    assert TechniquesGate50()(_doc(list(found), None)).techniques == found  # no genre read: nothing goes
    assert TechniquesGate50()(_doc(list(found), language="de")).techniques == found  # English only
    assert TechniquesGate50()(_doc([])).techniques == []


def test_gate_runs_right_after_round_45s_people_gate_in_the_default_pipeline() -> None:
    names = list(DEFAULT_COMPONENTS)
    assert names.index("techniques_gate50.v1") == names.index("techniques_gate47.v1") + 1
    assert names.index("techniques_gate50.v1") > names.index("genre.v1")
