"""Round 47, helper tech54 (issue 15): the tagger's Exaggeration on a superlative of measure in a reported fact.

On English news pages the tagger gives Exaggeration-Minimisation to rankings and superlatives that state a measured
fact (a magazine's rank "the tenth richest person in the world", "its biggest rise in the price of bread").
``scripts/tech54/count54.py`` counted every Exaggeration mark on the four marked development sets (tech41's marked
ten, tech47's marked-new five, tech51's and tech53's marked threes): superlative or ordinal spans without an
overstating word are 0 right / 8 wrong; every right one is a quoted insult with "most" + an evaluative adjective,
"ever" or "greatest". ``scripts/tech54/RULE.md`` wrote the rule and its pass criteria before any figure.

``techniques_gate54.v1`` runs after ``techniques_gate52.v1`` and, in an English article (any genre), removes the
tagger's Exaggeration-Minimisation spans (evidence exactly ``techniques.v1:<model>``) that
:func:`measured_superlative` marks, all of:

1. the span's words are a superlative noun phrase only (:func:`superlative_phrase`): an optional determiner or
   possessive, an optional ordinal, a superlative of measure (:data:`MEASURE_SUPERLATIVES_54`, or "most" / "least"
   with :data:`MEASURE_MOST_54`) or the ordinal alone, then at most :data:`MAX_TAIL_54` words; not sentence-long;
2. no overstating word in the span (:data:`OVERSTATING_54`, with "most" before any other word) or in its sentence
   (:data:`OVERSTATING_54`);
3. the writer's words: outside every quotation (``techniques43.quoted_ranges``), no first- or second-person pronoun
   in the sentence;
4. the sentence reports a measured fact (:data:`FIGURE_54`: a digit, an ordinal or number word, a ranking verb).

Quoted superlatives, numbers alone (round 46's R50a lost a right finding) and the paragraph labels the tagger shows on
a sentence are kept; nothing is added in a removed span's place. Branch ``tech53`` adds ``techniques_gate53.v1``
after ``techniques_gate52.v1`` in the same round: the two read different findings (an interviewer's questions, a
superlative in the writer's words), so their order does not change the result; the lead orders them.

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
from .techniques50 import is_sentence_long

EXAGGERATION_54 = "Exaggeration-Minimisation"

#: Superlatives of size, amount, wealth, rank, age, order, speed and temperature, lower case.
MEASURE_SUPERLATIVES_54 = frozenset({
    "largest", "biggest", "smallest", "highest", "lowest", "oldest", "youngest", "newest", "longest", "shortest",
    "tallest", "fastest", "slowest", "heaviest", "wealthiest", "richest", "poorest", "busiest", "cheapest", "deepest",
    "widest", "hottest", "coldest", "warmest", "driest", "wettest"})

#: Adjectives whose "most" / "least" form states a measure ("the most populous state"), lower case.
MEASURE_MOST_54 = frozenset({"populous", "populated", "visited", "expensive", "common", "frequent", "senior"})

#: Ordinal words (digits with st / nd / rd / th count too, :data:`_ORDINAL_DIGITS_54`).
ORDINALS_54 = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                         "tenth"})

#: Words that may open the phrase: determiners and possessive pronouns.
DETERMINERS_54 = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these",
                            "those"})

#: The most words after the superlative (or the ordinal alone).
MAX_TAIL_54 = 12

_ORDINAL_DIGITS_54 = re.compile(r"^\d+(?:st|nd|rd|th)$")
_WORD_54 = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\u2019.-]*[A-Za-z0-9]|[A-Za-z0-9]")

#: Overstating words (tech46's ``OVERSTATEMENT_46`` without its "most" clause), read in the span and its sentence.
OVERSTATING_54 = re.compile(
    r"\b(?:greatest|best|worst|ever|never|history|all[- ]time|by\s+far|even|entire(?:ly)?|total(?:ly)?"
    r"|complete(?:ly)?|absolute(?:ly)?|utter(?:ly)?|enormous|huge|massive|tremendous|incredible|unbelievable"
    r"|unprecedented|astonishing|staggering|extraordinary|nothing|everything|everyone|everybody|nobody|always"
    r"|literally|unimaginable|unparalleled|unmatched)\b",
    re.IGNORECASE)

#: "most" before a word that is not a measure (an evaluative superlative: "the most unfit"), read in the span.
_EVALUATIVE_MOST_54 = re.compile(r"\bmost\s+(?!(?:" + "|".join(sorted(MEASURE_MOST_54)) + r")\b)[a-z]+",
                                 re.IGNORECASE)

#: First- and second-person pronouns: the sentence is someone's own view, not a report.
PERSON_54 = re.compile(r"\b(?:I|me|my|mine|we|us|our|ours|you|your|yours)\b|\bI['\u2019]", re.IGNORECASE)

#: A measured fact in the sentence: a digit, an ordinal or number word, a ranking verb.
FIGURE_54 = re.compile(
    r"\d|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred"
    r"|thousand|million|billion|dozen|" + "|".join(sorted(ORDINALS_54)) + r"|rank(?:s|ed|ing)?|rated|measured)\b",
    re.IGNORECASE)


def _words54(text: str) -> list[str]:
    return [w.lower().replace("\u2019", "'") for w in _WORD_54.findall(text)]


def _ordinal54(word: str) -> bool:
    return word in ORDINALS_54 or bool(_ORDINAL_DIGITS_54.match(word))


def superlative_phrase(words: str) -> bool:
    """Are ``words`` a superlative (or ordinal) noun phrase of measure and nothing else (module docstring, 1)?

    >>> superlative_phrase('the third tallest tower in the region')
    True
    >>> superlative_phrase("the county's busiest road")
    True
    >>> superlative_phrase('some of the oldest mills of the valley')
    True
    >>> superlative_phrase('the first woman to lead the board')
    True
    >>> superlative_phrase('the most populous province')
    True
    >>> superlative_phrase('the most reckless plan')
    False
    >>> superlative_phrase('it was the largest cut')
    False
    >>> superlative_phrase('a very large crowd')
    False
    """
    w = _words54(words)
    i = 0
    if w[:3] == ["some", "of", "the"]:
        i = 3
    elif w[:1] and w[0] in DETERMINERS_54:
        i = 1
    if i < len(w) and w[i].endswith("'s") and len(w[i]) > 2:
        i += 1
    ordinal = i < len(w) and _ordinal54(w[i])
    if ordinal:
        i += 1
    if i < len(w) and w[i] in MEASURE_SUPERLATIVES_54:
        i += 1
    elif i + 1 < len(w) and w[i] in ("most", "least") and w[i + 1] in MEASURE_MOST_54:
        i += 2
    elif not ordinal:
        return False
    return len(w) - i <= MAX_TAIL_54


def measured_superlative(text: str, start: int, end: int, label: str, sentences: Sequence[tuple[int, int]],
                         quoted: Sequence[tuple[int, int]]) -> bool:
    """Is the span ``text[start:end]`` of ``label`` an Exaggeration on a superlative of measure in a reported fact
    (module docstring, 1-4)?

    >>> t = 'Last year the survey ranked it the third tallest tower in the region.'
    >>> s, q = split_sentences(t), quoted_ranges(t)
    >>> measured_superlative(t, t.index('the third'), len(t) - 1, EXAGGERATION_54, s, q)
    True
    >>> measured_superlative(t, t.index('the third'), len(t) - 1, 'Loaded_Language', s, q)
    False
    >>> t = 'Last year we saw the third tallest tower in the region.'
    >>> measured_superlative(t, t.index('the third'), len(t) - 1, EXAGGERATION_54, split_sentences(t), [])
    False
    """
    if label != EXAGGERATION_54 or is_sentence_long(start, end, sentences):
        return False
    words = text[start:end]
    if not superlative_phrase(words) or OVERSTATING_54.search(words) or _EVALUATIVE_MOST_54.search(words):
        return False
    if any(s < end and start < e for s, e in quoted):
        return False
    sentence = " ".join(text[s:e] for s, e in sentences if s < end and start < e) or words
    if OVERSTATING_54.search(sentence) or PERSON_54.search(sentence):
        return False
    return FIGURE_54.search(sentence) is not None


def without_measured_superlatives(text: str, found: Sequence[Technique]) -> list[Technique]:
    """``found`` less the tagger's spans that :func:`measured_superlative` marks."""
    if not any(t.label == EXAGGERATION_54 and tagger_evidence(t.evidence) for t in found):
        return list(found)
    sentences, quoted = split_sentences(text), quoted_ranges(text)
    return [t for t in found if not (tagger_evidence(t.evidence)
                                     and measured_superlative(text, t.start, t.end, t.label, sentences, quoted))]


@register("techniques_gate54.v1", requires=("text", "techniques"), assigns=("techniques",))
class TechniquesGate54:
    """Removes the tagger's Exaggeration spans on a superlative of measure in the writer's report of a fact
    (English)."""

    name = "techniques_gate54.v1"
    languages = ENGLISH | multilingual.PERSUASION_LANGUAGES

    def __call__(self, doc: Document) -> Document:
        if (doc.language or "en") not in ENGLISH or not doc.techniques:
            return doc
        doc.techniques = without_measured_superlatives(doc.text, doc.techniques)
        return doc
