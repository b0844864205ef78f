"""Round 47, helper tech53 (issue 15): the tagger's question-shaped findings on an interviewer's questions.

Features and tech pages often run an interview as a transcript: an interviewer's question paragraph, then the answer
paragraph (each paragraph a line) opening with the interviewee's name and a colon ("Ames: We started ..."), again and
again. The technique tagger learned SemEval-2023's Doubt spans (a rhetorical question casting doubt on someone) and
reads the form of a question: on tech53's marked Q&A interview (``scripts/tech53/marks_m53.json``) it gave Doubt to
four of the interviewer's plain questions and Loaded_Language to one whole question, all marked wrong (the questions
ask; they cast no doubt and carry no charge beyond their words). The same marks keep the word-level spans in the
questions (a loaded word is loaded in a question too) and the column's rhetorical questions, which are not in a
transcript. SemEval-2023's own gold agrees: no Doubt or whole-sentence gold span lies in an interviewer's question of
its ten English transcripts (``scripts/tech53/results/val53.txt``).

``techniques_gate53.v1`` runs after ``techniques_gate52.v1`` and, in an English article laid out as an interview
transcript (:func:`answer_label`: one speaker label opens at least :data:`MIN_ANSWERS_53` paragraphs), removes the
tagger's spans (evidence exactly ``techniques.v1:<model>``) that lie wholly inside an interviewer's question
(:func:`question_paragraphs`: a paragraph that ends with a question mark, does not open with the answer label and
is followed directly by a paragraph that does) and either carry the Doubt label or cover a whole sentence of the
question (:data:`SENTENCE_SLACK_53` characters of slack at each end). Kept: every finding outside the questions,
word-level spans of other labels in the questions, the lexicon's and the rules' findings and paragraph labels shown
on a sentence; an article with fewer than :data:`MIN_ANSWERS_53` answer paragraphs is left as it is; nothing is
added in a removed span's place.

``spinscope predict ptc`` / ``predict semeval2023`` run ``techniques.v1`` alone and ``spinscope eval techniques``
reads the tagger without the pipeline's gates: their outputs and figures do not change.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from ..document import Document
from ..pipeline import register
from ..result import Technique
from ..settings import ENGLISH
from . import multilingual
from .persuasion_models import split_sentences
from .techniques43 import tagger_evidence

#: The fewest paragraphs one speaker label must open for the article to count as an interview transcript.
MIN_ANSWERS_53 = 3

#: The label the gate removes wherever it lies in a question; other labels go only when they span a whole sentence.
DOUBT_LABEL_53 = "Doubt"

#: Characters of slack at each end when a span is checked for covering a whole sentence (measure.py's slack).
SENTENCE_SLACK_53 = 2

#: A speaker label opening a paragraph: one to three capitalised words (or "Q" / "A") and a colon.
_SPEAKER_53 = re.compile(r"^([A-Z][A-Za-z.'\u2019-]*(?: [A-Z][A-Za-z.'\u2019-]*){0,2})\s?:(?!//)\s*\S")

#: Labels that open captions, credits and page furniture, never an interviewee's answer.
NOT_SPEAKERS_53 = frozenset({
    "photo", "photos", "image", "images", "picture", "caption", "credit", "credits", "source", "sources", "note",
    "update", "updated", "correction", "related", "read more", "see also", "watch", "listen", "editor's note",
    "editor\u2019s note", "disclosure", "tags", "share", "video", "illustration", "graphic", "by",
})


def _paragraphs53(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of ``text``: each non-blank line (pages keep a paragraph on one line; PTC and
    SemEval texts too), outer spaces left out."""
    return [(m.start(), m.end()) for m in re.finditer(r"\S(?:[^\n]*\S)?", text)]


def _label53(para: str) -> str | None:
    m = _SPEAKER_53.match(para)
    if not m or m.group(1).lower() in NOT_SPEAKERS_53:
        return None
    return m.group(1)


def answer_label(text: str) -> str | None:
    """The speaker label that opens at least :data:`MIN_ANSWERS_53` paragraphs (the most frequent one), else None.

    >>> qa = 'Intro line.\\n\\nWhy now?\\n\\nAmes: Because.\\n\\nAnd then?\\n\\nAmes: We grew.\\n\\nAmes:Yes.'
    >>> answer_label(qa), answer_label('Photo: a dog.\\n\\nPhoto: a cat.\\n\\nPhoto: a bird.')
    ('Ames', None)
    """
    counts = Counter(lab for s, e in _paragraphs53(text) if (lab := _label53(text[s:e])))
    if not counts:
        return None
    lab, n = counts.most_common(1)[0]
    return lab if n >= MIN_ANSWERS_53 else None


def question_paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each interviewer's question in an interview transcript (module docstring), in order.

    >>> qa = 'Intro line.\\n\\nWhy now?\\n\\nAmes: Because.\\n\\nAnd then?\\n\\nAmes: We grew.\\n\\nAmes: Yes?'
    >>> [qa[s:e] for s, e in question_paragraphs(qa)]
    ['Why now?', 'And then?']
    >>> question_paragraphs('Is it over?\\n\\nNo, the mayor said.')
    []
    """
    lab = answer_label(text)
    if lab is None:
        return []
    paras = _paragraphs53(text)
    out = []
    for (s, e), (s2, e2) in pairwise(paras):
        para = text[s:e]
        if para.endswith(("?", "?\u201d", '?"')) and _label53(para) != lab and _label53(text[s2:e2]) == lab:
            out.append((s, e))
    return out


def _whole_sentence53(text: str, start: int, end: int, para: tuple[int, int]) -> bool:
    return any(start <= s + SENTENCE_SLACK_53 and end >= e - SENTENCE_SLACK_53
               for s, e in split_sentences(text, para[0], para[1]))


def without_question_findings(text: str, found: Sequence[Technique]) -> list[Technique]:
    """``found`` less the tagger's Doubt spans and whole-sentence spans inside an interviewer's question."""
    if not any(tagger_evidence(t.evidence) for t in found):
        return list(found)
    questions = question_paragraphs(text)
    if not questions:
        return list(found)
    out = []
    for t in found:
        para = next(((s, e) for s, e in questions if s <= t.start and t.end <= e), None)
        if para is not None and tagger_evidence(t.evidence) and (
                t.label == DOUBT_LABEL_53 or _whole_sentence53(text, t.start, t.end, para)):
            continue
        out.append(t)
    return out


@register("techniques_gate53.v1", requires=("text", "techniques"), assigns=("techniques",))
class TechniquesGate53:
    """Removes the tagger's Doubt / whole-sentence spans on an interviewer's questions in a transcript (English)."""

    name = "techniques_gate53.v1"
    languages = ENGLISH | multilingual.PERSUASION_LANGUAGES

    def __call__(self, doc: Document) -> Document:
        if (doc.language or "en") not in ENGLISH or not doc.techniques:
            return doc
        doc.techniques = without_question_findings(doc.text, doc.techniques)
        return doc
