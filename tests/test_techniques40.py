"""Round 40 (issue 15): a body of one paragraph of several sentences (line breaks lost: wire copy, pasted text) is
scored sentence by sentence, with no paragraph-only sentence findings (components/techniques40.py). Sentences of
our own, in the shape of the wire stories the rule is for."""

from __future__ import annotations

import pytest

from spinscope.components.persuasion_models import MODELS_DIR
from spinscope.components.techniques40 import WIRE_MIN_SENTENCES_40, agreed, wire_units, without_line_labels
from spinscope.result import Technique

needs_models = pytest.mark.skipif(not (MODELS_DIR / "techniques" / "model.safetensors").is_file(),
                                  reason="trained models are absent")

WIRE = ("The Immigration Minister says it should be safe for refugees from the region to go home once the fighting "
        "has ended. He says more than two hundred people have applied to stay in the country this year. But he says "
        "the main danger to most of those seeking protection has now gone. Refugee groups say the Government is "
        "moving too fast and many families still fear for their lives. The Minister says each case will be looked at "
        "on its merits.")
COMPONENTS = ["language.v1", "segment.v1", "sentence-vectors.v1", "techniques.v1"]


def test_wire_units_fire_on_one_paragraph_of_three_sentences_or_more() -> None:
    assert WIRE_MIN_SENTENCES_40 == 3
    sentences = [(0, 10), (11, 20), (21, 30)]
    assert wire_units([(0, 30)], sentences, [(0, 30)]) == sentences
    assert wire_units([(0, 20)], sentences[:2], [(0, 20)]) is None  # two sentences: a line as SemEval's are


def test_wire_units_leave_laid_out_text_alone() -> None:
    sentences = [(0, 10), (11, 20), (21, 30), (31, 40)]
    assert wire_units([(0, 30), (31, 40)], sentences, [(0, 30), (31, 40)]) is None  # two paragraphs
    assert wire_units([(0, 30)], sentences, [(0, 30), (31, 40)]) is None  # one read, one in another language
    assert wire_units([], [], []) is None


def test_without_line_labels_drops_only_paragraph_only_findings() -> None:
    def t(evidence: str) -> Technique:
        return Technique(start=0, end=5, label="Loaded_Language", score=0.7, evidence=evidence)

    kept = without_line_labels([t("techniques.v1:m"), t("techniques.v1:m:sentence"), t("techniques.v1:m:paragraph"),
                                t("techniques.v1:lexicon"), t("techniques.v1:rule:repetition"),
                                t("techniques.v1:m:head-sentence")])
    assert [x.evidence for x in kept] == ["techniques.v1:m", "techniques.v1:lexicon", "techniques.v1:rule:repetition",
                                          "techniques.v1:m:head-sentence"]


def test_agreed_keeps_what_both_readings_find() -> None:
    def t(start: int, end: int, label: str = "Loaded_Language") -> Technique:
        return Technique(start=start, end=end, label=label, score=0.7, evidence="techniques.v1:m")

    units = [t(0, 5), t(10, 20), t(30, 40), t(50, 60, "Doubt")]
    whole = [t(2, 8), t(12, 14, "Doubt"), t(35, 70), t(0, 100, "Flag_Waving")]
    assert [(x.start, x.end, x.label) for x in agreed(units, whole)] == [(0, 5, "Loaded_Language"),
                                                                         (30, 40, "Loaded_Language")]
    assert agreed(units, []) == []


@pytest.mark.slow
@needs_models
def test_a_reassurance_in_wire_copy_is_no_appeal_to_fear() -> None:
    """main gave the third sentence Appeal_to_Authority (span) and Appeal_to_Fear-Prejudice (a paragraph label
    shown on it) at 0.69 / 0.88; read sentence by sentence it carries neither, and the two readings agree on
    nothing else."""
    from spinscope.api import analyze

    r = analyze(WIRE, components=COMPONENTS)
    third = WIRE.index("But he says")
    assert not [t for t in r.techniques if t.start <= third < t.end or third <= t.start < third + 60]
    assert not [t for t in r.techniques if t.evidence.endswith((":sentence", ":paragraph"))]
    assert not r.techniques


DISPUTE = ("A long-running wage dispute between the airline and its baggage handlers will not be settled before the "
           "new year. The union says its members deserve a pay rise, while the airline says it cannot afford one "
           "because of falling ticket sales. Talks broke down yesterday afternoon. Both sides say they will meet "
           "again in January.")


@pytest.mark.slow
@needs_models
def test_a_span_only_the_sentence_alone_gives_is_dropped() -> None:
    """Read sentence by sentence, the tagger gives the second sentence Causal_Oversimplification (0.44); the whole
    paragraph's reading does not, so the finding does not stand (main gives nothing either)."""
    from spinscope.api import analyze

    assert analyze(DISPUTE, components=COMPONENTS).techniques == []


@pytest.mark.slow
@needs_models
def test_one_paragraph_is_scored_by_sentence_and_laid_out_text_by_line() -> None:
    from spinscope.components.persuasion import TechniqueSpans
    from spinscope.components.persuasion_models import split_sentences
    from spinscope.document import ArticleInput, Document
    from spinscope.result import TextRange

    def doc(text: str) -> Document:
        lines, at = [], 0
        for line in text.split("\n"):
            lines.append(TextRange(start=at, end=at + len(line)))
            at += len(line) + 1
        sentences = [TextRange(start=s, end=e) for p in lines for s, e in split_sentences(text, p.start, p.end)]
        return Document(text=text, meta=ArticleInput(text=text), paragraphs=lines, sentences=sentences, language="en")

    techniques = TechniqueSpans()
    one = techniques(doc(WIRE))
    assert len(one.cache["techniques.scores"]) == 5
    assert len(one.cache["techniques.paragraph_labels"]) == 1
    laid_out = WIRE.replace(". ", ".\n")
    lines = techniques(doc(laid_out))
    assert len(lines.cache["techniques.scores"]) == 5
    assert len(lines.cache["techniques.paragraph_labels"]) == 5
    two = techniques(doc("A headline\n" + WIRE))  # a title line and one body paragraph: read as on main
    assert len(two.cache["techniques.scores"]) == 2
