"""Round 45, helper 47 (issue 15): the tagger's Flag_Waving and Name_Calling spans that only name a people or a party.

The technique tagger learned the words of SemEval-2023's Flag_Waving spans (the nation, its people) and of its
Name_Calling spans (a party, a people named as a foe), and on 2016 US political news it gives those labels to the
bare words wherever they stand: "Americans" after a colour word in a film review, "the country's" in a clause about
police killings, a reader's hyphenated heritage. On tech41's marked ten and tech47's marked-new five
(``scripts/tech41``, ``scripts/tech47``) every such span was wrong; every right Flag_Waving finding said more than
the group's name ("we're America", "to keep America safe", "un-American" in a sentence of protest).

``techniques_gate47.v1`` runs after ``techniques_gate46.v1`` and, in an English article, removes the tagger's
Flag_Waving and Name_Calling-Labeling spans (evidence exactly ``techniques.v1:<model>``) that
:func:`plain_people_span` marks: once articles, demonstratives and third-person possessives are set aside, the span
is one to three words and each of them names a people or a party in general: a demonym or a generic nation word
from ``techniques44.nation_words`` ("Americans", "Mexican", "country", "nation") or a party's name
(:data:`PARTY_WORDS_47`: "Democrats", "GOP"). Kept: a country's own name (:func:`country_name`: "America", "the
United States"; SemEval-2023 marks a country's name alone as Flag_Waving often enough that removing it too lowers
PTC SI on the validation split, as round 41 found), "us" / "US", first-person plurals, values and institutions
("our country", "freedom") and any other word. Only the tagger's spans go; paragraph labels shown on a sentence, the
lexicon and the rules keep their findings, and nothing is added in a removed span's place. ``techniques_gate44.v1``
removes the Flag_Waving spans that name no group; this gate removes the ones that name nothing but a people.

``spinscope predict ptc`` / ``predict semeval2023`` run ``techniques.v1`` alone and ``spinscope eval techniques``
reads the tagger without the pipeline's gates: their outputs and figures do not change.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from ..document import Document
from ..pipeline import register
from ..result import Technique
from ..settings import ENGLISH
from . import multilingual
from .actors import RESOURCES
from .techniques43 import tagger_evidence
from .techniques44 import nation_words, span_words

#: The labels this gate reads.
GROUP_LABELS_47 = frozenset({"Flag_Waving", "Name_Calling-Labeling"})

#: Party names, read as plain group words like a demonym.
PARTY_WORDS_47 = frozenset({"democrat", "democrats", "republican", "republicans", "gop", "dem", "dems"})

#: Words set aside before the span is read: articles, demonstratives and third-person possessives.
FRAME_WORDS_47 = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their"})

#: Countries' own names that the actor dictionary's rows do not name as one word, and "us" (the country or "we").
COUNTRY_NAMES_47 = frozenset({"america", "britain", "europe", "usa", "u.s.a", "uk", "u.k", "eu", "us", "u.s", "u.s."})

#: The most words (after :data:`FRAME_WORDS_47`) a plain span has.
MAX_WORDS_47 = 3


@functools.lru_cache(maxsize=1)
def _row_names47() -> frozenset[str]:
    """The one-word names of the bundled actor dictionary's country rows, lower case ("mexico", "peru")."""
    names: set[str] = set()
    for line in (RESOURCES / "actors.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if not line.startswith("#") and len(parts) >= 5 and parts[1] == "country" and " " not in parts[0]:
            names.add(parts[0].lower())
    return frozenset(names)


def country_name(word: str) -> bool:
    """Is ``word`` (one of :func:`techniques44.span_words`' words) a country's own name rather than its people's?

    >>> [country_name(w) for w in ('america', 'united states', 'mexico', 'us')]
    [True, True, True, True]
    >>> [country_name(w) for w in ('americans', 'mexican', 'country', 'democrats')]
    [False, False, False, False]
    """
    return " " in word or word in COUNTRY_NAMES_47 or word in _row_names47()


def plain_people_span(words: str, label: str) -> bool:
    """Is ``words``, a span of ``label`` (Flag_Waving or Name_Calling-Labeling), nothing but a people's or a party's
    name, with no country's own name (module docstring)?

    >>> [plain_people_span(w, 'Flag_Waving') for w in ('Americans', "the country's", 'Peruvian-Dutch', 'Democrats')]
    [True, True, True, True]
    >>> [plain_people_span(w, 'Flag_Waving') for w in ('America', 'the United States', 'our country', 'US')]
    [False, False, False, False]
    >>> [plain_people_span(w, 'Flag_Waving') for w in ('keep Americans safe', 'un-American', 'proud Americans')]
    [False, False, False]
    >>> plain_people_span('Democrats', 'Name_Calling-Labeling'), plain_people_span('Americans', 'Loaded_Language')
    (True, False)
    """
    if label not in GROUP_LABELS_47:
        return False
    nations, _ = nation_words()
    found = [w for w in span_words(words) if w not in FRAME_WORDS_47]
    if not found or len(found) > MAX_WORDS_47:
        return False
    return all(not country_name(w) and (w in nations or w in PARTY_WORDS_47) for w in found)


def without_plain_people_spans(text: str, found: Sequence[Technique]) -> list[Technique]:
    """``found`` less the tagger's Flag_Waving and Name_Calling spans that :func:`plain_people_span` marks."""
    return [t for t in found if not (tagger_evidence(t.evidence) and plain_people_span(text[t.start:t.end], t.label))]


@register("techniques_gate47.v1", requires=("text", "techniques"), assigns=("techniques",))
class TechniquesGate47:
    """Removes the tagger's Flag_Waving and Name_Calling spans that only name a people or a party (English only)."""

    name = "techniques_gate47.v1"
    languages = ENGLISH | multilingual.PERSUASION_LANGUAGES

    def __call__(self, doc: Document) -> Document:
        if (doc.language or "en") not in ENGLISH or not doc.techniques:
            return doc
        doc.techniques = without_plain_people_spans(doc.text, doc.techniques)
        return doc
