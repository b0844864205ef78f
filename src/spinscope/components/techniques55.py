"""Round 48, helper tech55 (issue 15): the tagger's Appeal_to_Fear on a quoted negated commitment in a report.

On straight wire reporting the tagger gives few findings (``scripts/tech55``: one in 1,584 words of five Reuters
stories); the one it gave is a sentence-long Appeal_to_Fear-Prejudice on an official's quoted reassurance that his
body "will not" do what would alarm a market. ``scripts/tech55/count55.py`` counted every Appeal_to_Fear-Prejudice
mark on the marked development sets: 2 right / 4 wrong; both wrong ones in reporting articles are a quoted speaker's
negated "will not" / "won't" statement (a denial or a limit, not a warning); neither right one (both in opinion
pages) holds a negated future or modal. ``scripts/tech55/RULE.md`` wrote the rule and its pass criteria before any
figure.

``techniques_gate55.v1`` runs after ``techniques_gate54.v1`` and, in an English article that ``genre.v1`` calls
reporting, removes the tagger's Appeal_to_Fear-Prejudice spans (evidence exactly ``techniques.v1:<model>``) that
:func:`negated_quote` marks, all of:

1. at least half of the span's characters lie inside a quotation (``techniques43.quoted_ranges``);
2. the span's quoted words hold a negated future or modal (:data:`NEGATED_MODAL_55`: "will not", "won't", "would
   not", "wouldn't", "shall not", "not going to");
3. the span's sentence holds no condition or threat word (:data:`CONDITION_55`: "unless", "if", "otherwise", "or
   else", "until", "before it is too late").

Other genres, the writer's unquoted words, other labels and the paragraph labels the tagger shows on a sentence are
kept; nothing is added in a removed span's place.

``spinscope predict ptc`` / ``predict semeval2023`` run ``techniques.v1`` alone and ``spinscope eval techniques``
reads the tagger without the pipeline's gates: their outputs and figures do not change.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..document import Document
from ..pipeline import register
from ..result import Technique
from ..settings import ENGLISH
from . import multilingual
from .persuasion_models import split_sentences
from .techniques43 import quoted_ranges, tagger_evidence

FEAR_55 = "Appeal_to_Fear-Prejudice"

#: A negated future or modal verb: the speaker says what will not happen or what he will not do.
NEGATED_MODAL_55 = re.compile(
    r"\b(?:will\s+not|won['\u2019]t|would\s+not|wouldn['\u2019]t|shall\s+not|not\s+going\s+to)\b", re.IGNORECASE)

#: A condition or threat in the sentence: a warning may hide behind a negation ("we will not survive unless ...").
CONDITION_55 = re.compile(r"\b(?:unless|if|otherwise|or\s+else|until|before\s+it\s+is\s+too\s+late)\b",
                          re.IGNORECASE)


def _inside(start: int, end: int, quoted: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(max(start, s), min(end, e)) for s, e in quoted if s < end and start < e]


def negated_quote(text: str, start: int, end: int, label: str, sentences: Sequence[tuple[int, int]],
                  quoted: Sequence[tuple[int, int]]) -> bool:
    """Is the span ``text[start:end]`` of ``label`` an Appeal_to_Fear on a quoted negated commitment (module
    docstring, 1-3)?

    >>> t = '"We will not sell the farm in a panic," the chairman said.'
    >>> s, q = split_sentences(t), quoted_ranges(t)
    >>> negated_quote(t, 0, len(t) - 1, FEAR_55, s, q)
    True
    >>> negated_quote(t, 0, len(t) - 1, 'Loaded_Language', s, q)
    False
    >>> t = '"We will not survive the winter unless the mill reopens," the chairman said.'
    >>> negated_quote(t, 0, len(t) - 1, FEAR_55, split_sentences(t), quoted_ranges(t))
    False
    """
    if label != FEAR_55 or end <= start:
        return False
    parts = _inside(start, end, quoted)
    if 2 * sum(e - s for s, e in parts) < end - start:
        return False
    if not any(NEGATED_MODAL_55.search(text[s:e]) for s, e in parts):
        return False
    sentence = " ".join(text[s:e] for s, e in sentences if s < end and start < e) or text[start:end]
    return CONDITION_55.search(sentence) is None


def without_negated_quotes(text: str, found: Sequence[Technique]) -> list[Technique]:
    """``found`` less the tagger's spans that :func:`negated_quote` marks."""
    if not any(t.label == FEAR_55 and tagger_evidence(t.evidence) for t in found):
        return list(found)
    sentences, quoted = split_sentences(text), quoted_ranges(text)
    return [t for t in found if not (tagger_evidence(t.evidence)
                                     and negated_quote(text, t.start, t.end, t.label, sentences, quoted))]


@register("techniques_gate55.v1", requires=("text", "techniques", "genre"), assigns=("techniques",))
class TechniquesGate55:
    """Removes a report's tagger Appeal_to_Fear spans on a quoted negated commitment (English)."""

    name = "techniques_gate55.v1"
    languages = ENGLISH | multilingual.PERSUASION_LANGUAGES

    def __call__(self, doc: Document) -> Document:
        if (doc.language or "en") not in ENGLISH or not doc.techniques:
            return doc
        if doc.genre is None or doc.genre.label != "reporting":
            return doc
        doc.techniques = without_negated_quotes(doc.text, doc.techniques)
        return doc
