"""Round 42, helper 43 (issue 15): the tagger's whole-word technique spans in a news report's own words.

The technique tagger was fitted on SemEval-2023's articles, most of them opinion; on laid-out political news it
marks single reporting words as Loaded_Language ("explosion", "tensions", "outcry") and neutral group names or
titles as Name_Calling-Labeling ("super PAC", "mega-donors"). On tech41's ten hand-marked articles of 2016 US
political news these whole-word spans were the largest class of wrong findings left after rounds 41-42. In the
eight of them that ``genre.v1`` calls reporting, the tagger's spans of the three word-level techniques below that
hold at most two content words and lie wholly in the writer's words (outside every quotation) were 21 wrong and 1
right (a title's epithet); inside quotations the short spans of the four word-level techniques were 12 right and
10 wrong: a report's loaded words are mostly its speakers'. The same spans in the two opinion articles are kept:
there the writer's own words are the opinion (SemEval-2023's annotations of opinion articles mark them).

``techniques_gate43.v1`` runs after ``genre.v1`` and, in an article ``genre.v1`` calls "reporting", removes the
tagger's spans (evidence exactly ``techniques.v1:<model>``) that :func:`writers_word_span` marks. Nothing else is
touched: the paragraph labels shown on a sentence, the sentence head, the lexicon and the rules keep their
findings; the title's findings are kept; nothing is added in a removed span's place. Quotation (:func:`quoted_ranges`)
is read from the marks: straight and curly double quotes, the New York Times' ```` ``...'' ```` pairs, curly single
quotes opened after a space (headline quotations), and a paragraph that follows a line ending in a colon (a block
quotation: "X added:"). A quotation left open runs to the end of its paragraph.

``spinscope predict ptc`` and ``predict semeval2023`` run ``techniques.v1`` alone (no genre), and ``spinscope eval
techniques`` reads the tagger without genre: their outputs and figures do not change.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..document import Document
from ..pipeline import register
from ..result import Technique
from ..settings import ENGLISH
from . import multilingual

#: The word-level techniques whose whole-word spans in a report's own words are removed.
#: Flag_Waving is left out: the annotators mark the country and its people often enough that removing such spans
#: costs SI (round 41 measured it on the validation split; here: 1 removed span of 1, gold Flag_Waving, on its
#: reporting articles), and on the marked ten it would remove one wrong span more.
WRITERS_WORD_LABELS_43 = frozenset({"Loaded_Language", "Name_Calling-Labeling", "Exaggeration-Minimisation"})

#: At most this many content words (words not in :data:`FUNCTION_WORDS_43`) make a whole-word span.
WHOLE_WORD_MAX_43 = 2

#: Words that do not count as content words of a span.
FUNCTION_WORDS_43 = frozenset({"a", "an", "the", "of", "and", "or", "to", "in", "on", "is", "that", "for", "this",
                               "who", "as", "at", "with", "his", "her", "their", "our", "its", "be", "very", "so",
                               "more", "most"})

_WORD_43 = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\u2019-]*")


#: speed47: the characters :func:`quoted_ranges` reads as marks (both curly pairs, the straight double mark, and the
#: first characters of "``" and "''"): at any other character its scan only moves on by one.
_QUOTE_SET_47 = frozenset("\u2018\u2019\u201c\u201d\"`'")
_QUOTE_CHARS_47 = re.compile("[\u2018\u2019\u201c\u201d\"`']")


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """The character ranges of ``text`` inside a quotation (module docstring), paragraph by paragraph.

    >>> text = 'He called it "a disaster" today.'
    >>> [text[s:e] for s, e in quoted_ranges(text)]
    ['a disaster']
    >>> text = "The mayor added:\\nThis is the worst plan ever.\\nShe left."
    >>> [text[s:e] for s, e in quoted_ranges(text)]
    ['This is the worst plan ever.']
    """
    out: list[tuple[int, int]] = []
    pos, block = 0, False
    for para in text.split("\n"):
        # where the open quotation's words start, and whether a curly single quote opened it
        opened: int | None = 0 if block and para.strip() else None
        single = False
        i = 0
        while i < len(para):
            if para[i] not in _QUOTE_SET_47:
                # speed47: no mark here (width 1, neither opening nor closing): on to the next character that
                # may be one
                nxt = _QUOTE_CHARS_47.search(para, i)
                if nxt is None:
                    break
                i = nxt.start()
            c, two = para[i], para[i:i + 2]
            before = para[i - 1] if i else " "
            width = 2 if two in ("``", "''") else 1
            opening = closing = False
            if c == "\u2018":
                opening = not before.strip() or before in "(["
            elif c == "\u2019":
                closing = single and not para[i + 1:i + 2].isalpha()
            elif c == "\u201c" or two == "``":
                opening = True
            elif c == "\u201d":
                closing = True
            elif two == "''" or c == '"':
                opening = not before.strip() or before in "([\u2014-"
                closing = not opening
            if opening and opened is None:
                opened, single = i + width, c == "\u2018"
            elif closing and opened is not None and not block and (single == (c == "\u2019")):
                out.append((pos + opened, pos + i))
                opened = None
            i += width
        if opened is not None and opened < len(para):
            out.append((pos + opened, pos + len(para)))
        pos += len(para) + 1
        if para.strip():
            block = para.rstrip().endswith(":")
    return out


def writers_word_span(text: str, start: int, end: int, label: str,
                      quoted: Sequence[tuple[int, int]] | None = None) -> bool:
    """Is ``text[start:end]``, a span of ``label``, a whole-word span of a word-level technique in the writer's own
    words (no character inside a quotation; ``quoted``: :func:`quoted_ranges` of ``text``, computed when None)?

    >>> text = 'The explosion shook the street, and the mayor called it "a cowardly act".'
    >>> writers_word_span(text, 4, 13, 'Loaded_Language')
    True
    >>> writers_word_span(text, 57, 71, 'Loaded_Language')
    False
    >>> writers_word_span(text, 4, 13, 'Doubt')
    False
    """
    if label not in WRITERS_WORD_LABELS_43:
        return False
    content = [w for w in _WORD_43.findall(text[start:end].lower()) if w not in FUNCTION_WORDS_43]
    if not content or len(content) > WHOLE_WORD_MAX_43:
        return False
    ranges = quoted_ranges(text) if quoted is None else quoted
    return not any(s < end and start < e for s, e in ranges)


def tagger_evidence(evidence: str) -> bool:
    """Is ``evidence`` the tagger's own (``techniques.v1:<model>``, no further part such as ``:sentence``)?"""
    return evidence.startswith("techniques.v1:") and evidence.count(":") == 1


def without_writers_words(text: str, found: Sequence[Technique]) -> list[Technique]:
    """``found`` less the tagger's spans that :func:`writers_word_span` marks."""
    quoted = quoted_ranges(text)
    return [t for t in found if not (tagger_evidence(t.evidence)
                                     and writers_word_span(text, t.start, t.end, t.label, quoted))]


@register("techniques_gate43.v1", requires=("text", "techniques", "genre"), assigns=("techniques",))
class TechniquesGate43:
    """Removes the tagger's whole-word technique spans in a news report's own words (reporting genre only)."""

    name = "techniques_gate43.v1"
    languages = ENGLISH | multilingual.PERSUASION_LANGUAGES

    def __call__(self, doc: Document) -> Document:
        if (doc.language or "en") not in ENGLISH or not doc.techniques:
            return doc
        if doc.genre is None or doc.genre.label != "reporting":
            return doc
        doc.techniques = without_writers_words(doc.text, doc.techniques)
        return doc
