"""Round 44, helper 46 (issue 15): a report's Causal_Oversimplification with no cause in its words
(techniques_gate46.v1).

Every sentence here is our own, written in the shape of the political news measured (scripts/tech46)."""

from __future__ import annotations

from spinscope.components.techniques46 import (
    TechniquesGate46,
    causeless_causal,
    tagger_or_shown_evidence,
    without_causeless_causal,
)
from spinscope.document import ArticleInput, Document
from spinscope.result import Genre, Technique
from spinscope.settings import DEFAULT_COMPONENTS

TAGGER = "techniques.v1:minilm-tagger-test"
SHOWN = TAGGER + ":sentence"
CAUSAL = "Causal_Oversimplification"

TEXT = ("The council members were not troubled by the delay to the second terminal. "
        "At the hearing, the senator called her vote for the levy an error but noted her rival had backed it too. "
        "Trade fell because the governor raised the harbor fees. "
        "If the fees rise again, the shipping lines will leave the port.")

DELAY = "The council members were not troubled by the delay to the second terminal."
HEARING = "At the hearing, the senator called her vote for the levy an error but noted her rival had backed it too."
FEES = "Trade fell because the governor raised the harbor fees."
RISE = "If the fees rise again, the shipping lines will leave the port."


def _t(words: str, label: str = CAUSAL, evidence: str = TAGGER) -> Technique:
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
    assert not tagger_or_shown_evidence("techniques.v1:lexicon:causal")
    assert not tagger_or_shown_evidence("techniques.v1:rule:if-then")
    assert not tagger_or_shown_evidence(TAGGER + ":paragraph")
    assert not tagger_or_shown_evidence("frames.v1:minilm")


def test_causeless_causal() -> None:
    assert causeless_causal(DELAY, CAUSAL) and causeless_causal(HEARING, CAUSAL)
    assert not causeless_causal(FEES, CAUSAL) and not causeless_causal(RISE, CAUSAL)
    for words in ("Prices rose due to the strike.", "The strike led to shortages.", "It is the reason we lost.",
                  "They blame the mayor for the flood.", "It failed, so we left.", "Jobs went as the mill shut.",
                  "The cuts will drive families away.", "The remark sparked a row.", "When taxes rise, firms go."):
        assert not causeless_causal(words, CAUSAL), words
    assert not causeless_causal(DELAY, "Doubt")  # other labels are not read
    assert not causeless_causal(DELAY, "Exaggeration-Minimisation")


def test_gate_removes_a_reports_causeless_causal_findings_only() -> None:
    found = [_t(DELAY),  # no cause: removed
             _t(HEARING, evidence=SHOWN),  # a shown sentence with no cause: removed
             _t(FEES),  # gives a cause: kept
             _t(RISE, evidence=SHOWN),  # a condition: kept
             _t(DELAY, "Loaded_Language"),  # another label: kept
             _t(DELAY, evidence="techniques.v1:lexicon:causal")]  # not the tagger: kept
    assert TechniquesGate46()(_doc(list(found))).techniques == found[2:]
    assert without_causeless_causal(TEXT, found) == found[2:]
    assert TechniquesGate46()(_doc(list(found), "opinion")).techniques == found  # reports only
    assert TechniquesGate46()(_doc(list(found), None)).techniques == found  # no genre read: nothing goes
    assert TechniquesGate46()(_doc(list(found), language="de")).techniques == found  # English only


def test_gate_runs_right_after_round_43s_sentence_gate_in_the_default_pipeline() -> None:
    names = list(DEFAULT_COMPONENTS)
    assert names.index("techniques_gate46.v1") == names.index("techniques_gate45.v1") + 1
    assert names.index("techniques_gate46.v1") > names.index("genre.v1")
