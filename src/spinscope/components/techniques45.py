"""Round 43, helper 45 (issue 15): paragraph labels shown on a whole sentence of a report's own words.

``techniques.v1`` shows a paragraph's labels that its word spans do not carry on the paragraph's best sentence
(evidence ``techniques.v1:<model>:sentence``): a sentence-long finding. In an opinion article, or in a quoted
speaker's words, such a sentence is usually where the paragraph's loaded words or labels are. In a news report's own
words it is mostly a plain sentence: on tech41's ten hand-marked articles of 2016 US political news, the
Loaded_Language and Name_Calling-Labeling sentences wholly outside quotations in the eight that ``genre.v1`` calls
reports were 6 wrong and 1 right (round 43's open lead): a museum opening, a visit, a fund-raising tally, the
criticism a leader faced. The right one called people by their political camp in the writer's own words.

``techniques_gate45.v1`` runs after ``techniques_gate44.v1`` and, in an English article ``genre.v1`` calls
"reporting", removes the findings that :func:`plain_report_sentence` marks: a paragraph label shown on a sentence
(evidence exactly ``techniques.v1:<model>:sentence``, :func:`shown_sentence_evidence`) of Loaded_Language or
Name_Calling-Labeling (:data:`SHOWN_LABELS_45`) whose words lie wholly outside every quotation (round 42's
:func:`~spinscope.components.techniques43.quoted_ranges`) and hold no political-camp word
(:data:`CAMP_WORDS_45`) and give no speaker's words without quotation marks (:func:`unmarked_speech`: "...,
protesters shouted"). Nothing else is touched: the tagger's word spans, the sentence head, the lexicon, the
rules, the title's findings, opinion articles and a sentence that quotes anyone keep their findings; no label of
the paragraph (``techniques.paragraph_labels``) changes and nothing is added in a removed finding's place.

``spinscope predict ptc`` / ``predict semeval2023`` run ``techniques.v1`` alone (no genre) and ``spinscope eval
techniques`` reads the tagger without the pipeline's gates: their outputs and figures do not change.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..document import Document
from ..pipeline import register
from ..result import Technique
from ..settings import ENGLISH
from . import multilingual
from .techniques43 import quoted_ranges

#: The paragraph labels whose sentences in a report's own words are removed (the word-level labels the marked ten
#: show on such sentences; the other labels are not read).
SHOWN_LABELS_45 = frozenset({"Loaded_Language", "Name_Calling-Labeling"})

#: Words that call people by their political camp: a report that uses them in its own words takes a side, and the
#: sentence keeps its label.
CAMP_WORDS_45 = frozenset({
    "liberal", "liberals", "leftist", "leftists", "leftwing", "left-wing", "lefty", "lefties", "rightwing",
    "right-wing", "far-left", "far-right", "alt-right", "ultraliberal", "ultraconservative", "hard-left",
    "hard-right", "radical", "radicals", "extremist", "extremists"})

_WORD_45 = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")

#: The verbs of saying that close a speaker's words given without quotation marks.
_SAYING_45 = (r"(?:says?|said|shout(?:s|ed)?|chant(?:s|ed)?|cr(?:y|ies|ied)|yell(?:s|ed)?|scream(?:s|ed)?"
              r"|add(?:s|ed)|insist(?:s|ed)?|warn(?:s|ed)?|declar(?:es|ed)|argu(?:es|ed)|wr(?:ites|ote)"
              r"|told\s+\w+|tells\s+\w+)")

#: A speaker's words without quotation marks: a clause followed by ", <speaker> <verb of saying>" and a stop or a
#: comma ("..., protesters shouted, and ..."), or by ", <verb of saying> <speaker>" ("..., said the mayor.").
UNMARKED_SPEECH_45 = re.compile(
    r"\w[^,]*,\s+(?:[\w'\u2019.-]+\s+){1,4}" + _SAYING_45 + r"(?=\s*(?:[,.;:!?]|$))"
    r"|\w[^,]*,\s+" + _SAYING_45 + r"\s+(?:[\w'\u2019.-]+\s*){1,5}(?=[,.;:!?]|$)",
    re.IGNORECASE)


def shown_sentence_evidence(evidence: str) -> bool:
    """Is ``evidence`` a paragraph label that ``techniques.v1`` shows on a sentence (``techniques.v1:<model>:sentence``,
    no other part)?

    >>> shown_sentence_evidence('techniques.v1:minilm:sentence'), shown_sentence_evidence('techniques.v1:minilm')
    (True, False)
    """
    parts = evidence.split(":")
    return len(parts) == 3 and parts[0] == "techniques.v1" and parts[2] == "sentence"


def names_a_camp(words: str) -> bool:
    """Does ``words`` hold a political-camp word (:data:`CAMP_WORDS_45`)?

    >>> names_a_camp('The left-wing group met.'), names_a_camp('The group met on Monday.')
    (True, False)
    """
    return any(w.lower() in CAMP_WORDS_45 for w in _WORD_45.findall(words))


def unmarked_speech(words: str) -> bool:
    """Does the sentence ``words`` give a speaker's words without quotation marks (:data:`UNMARKED_SPEECH_45`)?

    >>> unmarked_speech('The plan will ruin us, protesters shouted, and the talks went on.')
    True
    >>> unmarked_speech('The plan will ruin us, said the mayor.')
    True
    >>> unmarked_speech('The mayor said that the plan would go ahead.')
    False
    >>> unmarked_speech('The mayor opened the bridge, a day after the vote.')
    False
    """
    return UNMARKED_SPEECH_45.search(words) is not None


def plain_report_sentence(text: str, start: int, end: int, label: str,
                          quoted: Sequence[tuple[int, int]] | None = None) -> bool:
    """Is ``text[start:end]``, a sentence showing the paragraph label ``label``, a sentence of the writer's own words
    (no character inside a quotation; ``quoted``: :func:`quoted_ranges` of ``text``, computed when None) of a
    label in :data:`SHOWN_LABELS_45` that names no political camp and gives no speaker's words without quotation
    marks (:func:`unmarked_speech`)?

    >>> text = 'The mayor opened the new bridge on Monday. "It is a disaster," a rival said.'
    >>> plain_report_sentence(text, 0, 41, 'Loaded_Language')
    True
    >>> plain_report_sentence(text, 43, 76, 'Loaded_Language')
    False
    >>> plain_report_sentence(text, 0, 41, 'Doubt')
    False
    """
    if label not in SHOWN_LABELS_45 or names_a_camp(text[start:end]) or unmarked_speech(text[start:end]):
        return False
    ranges = quoted_ranges(text) if quoted is None else quoted
    return not any(s < end and start < e for s, e in ranges)


def without_plain_report_sentences(text: str, found: Sequence[Technique]) -> list[Technique]:
    """``found`` less the shown sentences that :func:`plain_report_sentence` marks."""
    quoted = quoted_ranges(text)
    return [t for t in found if not (shown_sentence_evidence(t.evidence)
                                     and plain_report_sentence(text, t.start, t.end, t.label, quoted))]


@register("techniques_gate45.v1", requires=("text", "techniques", "genre"), assigns=("techniques",))
class TechniquesGate45:
    """Removes Loaded_Language / Name_Calling paragraph labels shown on a sentence of a report's own words."""

    name = "techniques_gate45.v1"
    languages = ENGLISH | multilingual.PERSUASION_LANGUAGES

    def __call__(self, doc: Document) -> Document:
        if (doc.language or "en") not in ENGLISH or not doc.techniques:
            return doc
        if doc.genre is None or doc.genre.label != "reporting":
            return doc
        doc.techniques = without_plain_report_sentences(doc.text, doc.techniques)
        return doc
