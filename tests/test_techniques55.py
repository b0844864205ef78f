"""Round 48, helper tech55 (issue 15): the tagger's Appeal_to_Fear on a quoted negated commitment in a report
(techniques_gate55.v1).

Every sentence here is our own, written in the shape of the marked findings (scripts/tech55/count55.py)."""

from __future__ import annotations

from spinscope.components.persuasion_models import split_sentences
from spinscope.components.techniques43 import quoted_ranges
from spinscope.components.techniques55 import (
    FEAR_55,
    TechniquesGate55,
    negated_quote,
    without_negated_quotes,
)
from spinscope.document import ArticleInput, Document
from spinscope.result import Genre, Technique
from spinscope.settings import DEFAULT_COMPONENTS

TAGGER = "techniques.v1:minilm-tagger-test"

TEXT = ("LAKEMONT GRAIN BOARD SETS NO SALES TARGET\n\n"
        "\"We will not rush any sale that might send prices into a slump,\" board chief Ilsa Varnow said.\n\n"
        "\u201cThe new silo won\u2019t end the shortage on its own,\u201d said mill owner Petr Aldane.\n\n"
        "\"Our farms will not survive the season unless the river locks reopen,\" a grower said.\n\n"
        "\"Foreign buyers are flooding the market to ruin us,\" the union warned.\n\n"
        "The board will not publish its figures before March, officials said.\n")


def _span(words: str) -> tuple[int, int]:
    at = TEXT.index(words)
    return at, at + len(words)


def _t(words: str, label: str = FEAR_55, evidence: str = TAGGER) -> Technique:
    s, e = _span(words)
    return Technique(start=s, end=e, label=label, score=0.6, evidence=evidence)


def _doc(found: list[Technique], genre: str = "reporting", language: str = "en") -> Document:
    doc = Document(text=TEXT, meta=ArticleInput(text=TEXT), language=language)
    doc.genre = Genre(label=genre, score=0.7, evidence="genre.v1:test")
    doc.techniques = found
    return doc


def _marks(words: str, label: str = FEAR_55) -> bool:
    s, e = _span(words)
    return negated_quote(TEXT, s, e, label, split_sentences(TEXT), quoted_ranges(TEXT))


RUSH = "\"We will not rush any sale that might send prices into a slump,\" board chief Ilsa Varnow said"
SILO = "\u201cThe new silo won\u2019t end the shortage on its own,\u201d"
LOCKS = "\"Our farms will not survive the season unless the river locks reopen,\" a grower said"
FLOOD = "\"Foreign buyers are flooding the market to ruin us,\" the union warned"
PLAIN = "The board will not publish its figures before March, officials said"


def test_a_quoted_negated_commitment_is_marked() -> None:
    assert _marks(RUSH)  # a reassurance: the speaker will not do what would alarm the market
    assert _marks(SILO)  # a limit (curly quotes and apostrophe)
    assert not _marks(RUSH, "Loaded_Language")  # another label


def test_warnings_unquoted_words_and_plain_fear_are_kept() -> None:
    assert not _marks(LOCKS)  # a negation with a condition: a warning
    assert not _marks(FLOOD)  # no negated modal: a fear appeal in a quotation
    assert not _marks(PLAIN)  # the writer's unquoted words


def test_gate_removes_only_a_reports_tagger_spans_it_marks() -> None:
    found = [_t(RUSH),  # removed
             _t(SILO),  # removed
             _t(LOCKS), _t(FLOOD), _t(PLAIN),  # kept
             _t(RUSH, evidence=TAGGER + ":sentence"),  # a shown paragraph label: kept
             _t(RUSH, evidence="techniques.v1:lexicon:x"),  # the lexicon: kept
             _t("slump", "Loaded_Language")]  # another label: kept
    kept = found[2:]
    assert TechniquesGate55()(_doc(list(found))).techniques == kept
    assert without_negated_quotes(TEXT, found) == kept
    assert TechniquesGate55()(_doc(list(found), genre="opinion")).techniques == found  # reports only
    assert TechniquesGate55()(_doc(list(found), language="de")).techniques == found  # English only
    doc = _doc(list(found))
    doc.genre = None
    assert TechniquesGate55()(doc).techniques == found  # no genre: kept
    assert TechniquesGate55()(_doc([])).techniques == []


def test_gate_runs_last_of_the_technique_gates_in_the_default_pipeline() -> None:
    names = list(DEFAULT_COMPONENTS)
    assert names.index("techniques_gate55.v1") == names.index("techniques_gate54.v1") + 1
