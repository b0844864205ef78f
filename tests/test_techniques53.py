"""Round 47, helper tech53 (issue 15): the tagger's question-shaped findings on an interviewer's questions in an
interview transcript (techniques_gate53.v1).

Every line here is our own, written in the shape of the interview page measured (scripts/tech53)."""

from __future__ import annotations

from spinscope.components.techniques53 import (
    TechniquesGate53,
    answer_label,
    question_paragraphs,
    without_question_findings,
)
from spinscope.document import ArticleInput, Document
from spinscope.result import Technique
from spinscope.settings import DEFAULT_COMPONENTS

TAGGER = "techniques.v1:minilm-tagger-test"

INTRO = ("Dana Ruiz sold her bakery chain last spring and now spends her days teaching apprentices. Critics call the "
         "sale a betrayal of the town.\n\n")
QA = ("Did you ever think the shops would grow this large? Looking back, was it luck?\n\n"
      "Ruiz: Never. We baked bread and people came. It was a crazy ride.\n\n"
      "Some reviews called you a ruthless operator. Is that fair?\n\n"
      "Ruiz:That word hurts, honestly. I paid everyone well.\n\n"
      "What comes next for you?\n\n"
      "Ruiz: Teaching. Nothing else matters to me now.\n")
TEXT = INTRO + QA


def _t(words: str, label: str, evidence: str = TAGGER, text: str = TEXT) -> Technique:
    at = text.index(words)
    return Technique(start=at, end=at + len(words), label=label, score=0.6, evidence=evidence)


def _doc(found: list[Technique], language: str = "en", text: str = TEXT) -> Document:
    doc = Document(text=text, meta=ArticleInput(text=text), language=language)
    doc.techniques = found
    return doc


def test_transcript_layout_and_question_paragraphs() -> None:
    assert answer_label(TEXT) == "Ruiz"
    assert [TEXT[s:e] for s, e in question_paragraphs(TEXT)] == [
        "Did you ever think the shops would grow this large? Looking back, was it luck?",
        "Some reviews called you a ruthless operator. Is that fair?",
        "What comes next for you?"]
    # two answers only: not a transcript
    two = INTRO + QA.rsplit("What comes", 1)[0]
    assert answer_label(two) is None and question_paragraphs(two) == []
    # captions are no speaker, however many
    caps = "Photo: a loaf.\n\nPhoto: an oven.\n\nIs bread back?\n\nPhoto: a queue.\n"
    assert answer_label(caps) is None and question_paragraphs(caps) == []
    # a column's rhetorical questions with no transcript around them stay questions of the writer's
    column = "Is the council really broke? Of course not.\n\nWho pays for the new hall?\n\nWe do, as always.\n"
    assert question_paragraphs(column) == []


def test_gate_removes_doubt_and_whole_sentence_spans_on_questions_only() -> None:
    found = [_t("Did you ever think the shops would grow this large?", "Doubt"),  # question: removed
             _t("Looking back, was it luck?", "Loaded_Language"),  # whole question sentence: removed
             _t("ruthless operator", "Name_Calling-Labeling"),  # word-level span in a question: kept
             _t("Is that fair", "Doubt"),  # Doubt in a question: removed
             _t("What comes next for you?", "Doubt", evidence=TAGGER + ":sentence"),  # shown paragraph label: kept
             _t("a betrayal of the town", "Loaded_Language"),  # intro: kept
             _t("It was a crazy ride.", "Loaded_Language"),  # answer: kept
             _t("Nothing else matters to me now", "Exaggeration-Minimisation")]  # answer: kept
    kept = [found[2], found[4], found[5], found[6], found[7]]
    assert TechniquesGate53()(_doc(list(found))).techniques == kept
    assert without_question_findings(TEXT, found) == kept
    assert TechniquesGate53()(_doc(list(found), language="de")).techniques == found  # English only
    assert TechniquesGate53()(_doc([])).techniques == []
    column = "Is the council really broke? Of course not.\n\nWho pays for the new hall?\n\nWe do, as always.\n"
    doubt = _t("Is the council really broke?", "Doubt", text=column)
    assert without_question_findings(column, [doubt]) == [doubt]


def test_gate_runs_after_round_46s_furniture_gate_in_the_default_pipeline() -> None:
    names = list(DEFAULT_COMPONENTS)
    assert names.index("techniques_gate53.v1") == names.index("techniques_gate52.v1") + 1


def test_single_newline_and_q_a_transcripts() -> None:
    # PTC / SemEval texts keep one paragraph a line with no blank line between them
    lined = "A talk with the mayor.\nWhat went wrong with the budget?\nMAYOR: Nothing, really.\nAnd the roads?\n" \
            "MAYOR: They are fine.\nMAYOR: Truly.\n"
    assert [lined[s:e] for s, e in question_paragraphs(lined)] == ["What went wrong with the budget?",
                                                                   "And the roads?"]
    qa = "Q: Why did you sell?\n\nA: Time to rest.\n\nQ: Any regrets?\n\nA: None.\n\nA: Well, one.\n"
    assert answer_label(qa) == "A"
    assert [qa[s:e] for s, e in question_paragraphs(qa)] == ["Q: Why did you sell?", "Q: Any regrets?"]
