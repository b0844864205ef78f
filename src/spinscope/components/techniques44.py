"""Round 43, helper 44 (issue 15): the tagger's Flag_Waving spans that name no group.

SemEval-2023 marks Flag_Waving where a text appeals to a group's identity: the nation and its people ("our
country", "the American people", "America First"), its institutions and values ("our Constitution", "our
democracy"), a religion, a civilization, "we". The technique tagger learned the words of those spans as much as the
appeal, and on laid-out news it also gives Flag_Waving to spans that name no group at all: a reader's complaint
about a candidate's manners, a clause about police officers, a list of virtues. On tech41's ten hand-marked
articles of 2016 US political news such spans were most of the 25 wrong Flag_Waving findings; every right one
named the nation ("America", "un-American").

``techniques_gate44.v1`` runs after ``techniques_gate43.v1`` and removes the tagger's Flag_Waving spans (evidence
exactly ``techniques.v1:<model>``) that :func:`names_no_group` marks: no word of the span is a nation word (a
country's name or its people's, from the bundled actor dictionary's country rows, or "country", "nation",
"homeland" ...), a group-identity word (:data:`GROUP_WORDS_44`: citizens, flag, constitution, democracy, freedom,
a religion, "the West" ...) or a first-person plural ("we", "our", "us"). A span that names one is kept, however
plain: a country's name alone is often gold Flag_Waving in SemEval-2023's opinion articles, and round 41 found
that removing it costs PTC SI. Only the tagger's spans go; paragraph labels shown on a sentence, the lexicon and
the rules keep their findings, and nothing is added in a removed span's place.

``spinscope predict ptc`` / ``predict semeval2023`` run ``techniques.v1`` alone and ``spinscope eval techniques``
reads the tagger without the pipeline's gates: their outputs and figures do not change.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ..document import Document
from ..pipeline import register
from ..result import Technique
from ..settings import ENGLISH
from . import multilingual
from .actors import RESOURCES
from .techniques43 import tagger_evidence

#: The label this gate reads.
FLAG_LABEL_44 = "Flag_Waving"

#: Words that name a nation or a country in general (with :func:`nation_words`' names and demonyms).
NATION_GENERIC_44 = frozenset({
    "country", "countries", "countrymen", "nation", "nations", "national", "nationhood", "homeland", "motherland",
    "fatherland", "state", "states", "republic", "us", "u.s", "u.s.", "usa", "u.s.a", "uk", "u.k", "eu"})

#: Words that name a group's identity, institutions or values (Flag_Waving's appeals other than the nation).
GROUP_WORDS_44 = frozenset({
    "citizen", "citizens", "citizenry", "patriot", "patriots", "patriotic", "patriotism", "flag", "flags",
    "constitution", "constitutional", "unconstitutional", "anti-constitutional", "democracy", "democratic",
    "freedom", "freedoms", "liberty", "liberties", "heritage", "sovereignty", "independence", "civilization",
    "civilisation", "west", "western", "christian", "christians", "christianity", "christendom", "muslim",
    "muslims", "islam", "islamic", "jewish", "jews", "catholic", "catholics", "god", "faith", "troops", "soldiers",
    "veterans", "heroes", "hero", "founders", "founding", "hometown", "compatriots", "fellow"})

#: First-person plural words: "we" speaking for a group is Flag_Waving's most common form.
WE_WORDS_44 = frozenset({"we", "our", "ours", "us", "ourselves", "we're", "we've", "we'll", "let's"})

_WORD_44 = re.compile(r"[A-Za-z][A-Za-z.'\u2019]*(?:-[A-Za-z][A-Za-z.'\u2019]*)*")


@functools.lru_cache(maxsize=1)
def nation_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """Single nation words and multi-word country names (lower case) from the bundled actor dictionary's country
    rows: each row's name and its first alias when that is one word (the demonym: "peru", "peruvian"), with the
    demonym's plural ("peruvians"); plus :data:`NATION_GENERIC_44`.

    >>> words, names = nation_words()
    >>> {"america", "americans", "mexican", "peruvian", "britain", "country"} <= words
    True
    >>> "united states" in names
    True
    """
    words: set[str] = set(NATION_GENERIC_44)
    names: set[str] = set()
    for line in (RESOURCES / "actors.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("#") or len(parts) < 5 or parts[1] != "country":
            continue
        aliases = parts[4].split("|")
        for alias in [parts[0].lower(), *aliases[:2]]:
            if " " in alias:
                names.add(alias)
            elif alias.isalpha():
                words.add(alias)
                words.add(alias + "s")
    words |= {"america", "american", "americans", "britain", "british", "english", "europe", "european",
              "europeans"}
    return frozenset(words), tuple(sorted(names, key=len, reverse=True))


def span_words(text: str) -> list[str]:
    """The words of ``text``, lower case, multi-word country names joined with a space kept as one word; a
    hyphenated word is split ("Mexican-American" -> "mexican", "american"); possessives lose their "'s".

    >>> span_words("the United States' allies and Mexican-Peruvian voters")
    ['the', 'united states', 'allies', 'and', 'mexican', 'peruvian', 'voters']
    """
    low = text.lower().replace("\u2019", "'")
    out: list[str] = []
    pos = 0
    for m in _names_pattern().finditer(low):
        out += _split_words(low[pos:m.start()])
        out.append(m.group(1))
        pos = m.end()
    return out + _split_words(low[pos:])


@functools.lru_cache(maxsize=1)
def _names_pattern() -> re.Pattern[str]:
    """The multi-word country names of :func:`nation_words` as one compiled pattern (longest first)."""
    _, names = nation_words()
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b")


def _split_words(chunk: str) -> list[str]:
    out: list[str] = []
    for word in _WORD_44.findall(chunk):
        for part in word.split("-"):
            part = part.strip(".'")
            if part.endswith("'s"):
                part = part[:-2]
            if part:
                out.append(part)
    return out


def names_no_group(text: str, start: int, end: int, label: str) -> bool:
    """Is ``text[start:end]``, a span of ``label``, a Flag_Waving span that names no nation, no group identity
    and no "we" (module docstring)? "US" and "us" both name a group (the country, or "we").

    >>> text = "He never answers a question. We love this country. He promotes ignorance and hate."
    >>> names_no_group(text, 62, 84, 'Flag_Waving')
    True
    >>> names_no_group(text, 29, 50, 'Flag_Waving')
    False
    >>> names_no_group(text, 62, 84, 'Loaded_Language')
    False
    """
    if label != FLAG_LABEL_44:
        return False
    words, _ = nation_words()
    found = span_words(text[start:end])
    if not found:
        return False
    return not any(" " in w or w in words or w in GROUP_WORDS_44 or w in WE_WORDS_44 for w in found)


def without_groupless_flags(text: str, found: Sequence[Technique]) -> list[Technique]:
    """``found`` less the tagger's Flag_Waving spans that :func:`names_no_group` marks."""
    return [t for t in found if not (tagger_evidence(t.evidence) and names_no_group(text, t.start, t.end, t.label))]


@register("techniques_gate44.v1", requires=("text", "techniques"), assigns=("techniques",))
class TechniquesGate44:
    """Removes the tagger's Flag_Waving spans that name no nation, group identity or "we" (English only)."""

    name = "techniques_gate44.v1"
    languages = ENGLISH | multilingual.PERSUASION_LANGUAGES

    def __call__(self, doc: Document) -> Document:
        if (doc.language or "en") not in ENGLISH or not doc.techniques:
            return doc
        doc.techniques = without_groupless_flags(doc.text, doc.techniques)
        return doc
