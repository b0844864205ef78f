"""Round 42 (issue 15): tagger spans that are fragments no reader can judge.

The tagger marks words, and its word spans are snapped to word edges but not to phrases. On news it sometimes marks
a piece of a name or of a quotation's frame: the last word of a quotation run on over the closing quotation mark
into the next speaker's title (a Loaded_Language span such as ``now," Sen``), the tail of a department's name
(Flag_Waving on ``and Urban Affairs`` inside ``Department of Housing and Urban Affairs``), or a title cut from the
name it belongs to (``Former two-term Gov`` before ``. Smith``). None of these is a phrase that shows a technique:
the first mixes two speakers' words, the other two are part of what someone or something is called.

:func:`fragment_span` says whether a span is such a fragment:

(a) it **crosses a closing quotation mark** into the words after it: a closing mark (a curly right double quote,
    two single quotes, or a straight double quote written after a word) with a letter or digit after it inside the
    span, and no opening mark in the span before it (the span started inside the quotation);
(b) it lies **inside a name**: wholly inside a run of capitalised words (connectors such as "of", "and", "for",
    "the" allowed between them; a sentence's first word only when it is not a common function word) of two or more
    capitalised words, without being the whole run (the whole run is the name itself, which Flag_Waving may mark
    as a slogan or a country); or it **ends on a title cut from its name** (Sen, Rep, Gov, Gen, Dr, Mr, ... followed
    by a full stop and a capitalised word after the span).

Only short spans (at most :data:`FRAGMENT_MAX_WORDS_42` words) are read for (b); (a) reads any span. A line written
wholly in capitalised words (a headline) is not a name run. :func:`fragment_fix` says what is kept: a span crossing a
closing mark is cut at the mark when the quotation's part holds :data:`QUOTE_KEEP_WORDS_42` words or more (the
quotation is what was read; a quotation's technique is kept), and dropped otherwise; a piece of a name is dropped.
:func:`without_fragments` applies it to the tagger's own spans and to the sentences showing its paragraph labels
(the paragraph's best sentence, which a sentence split after a title such as "Sen." can cut to two words), after
every later stage has read them, as techniques41 does; paragraph labels (ST3), the sentence head, the lexicon and the
rules are untouched, and nothing is added in a dropped span's place.

On the validation split `spinscope eval techniques` reads, 18 tagger spans are fragments (5 over a closing mark, 13
pieces of names; 3 of them overlap a gold span of their label) and one shown sentence; PTC SI 0.4462 -> 0.4468.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from ..result import Technique

#: The longest span (in words) that (b) reads as a possible piece of a name.
FRAGMENT_MAX_WORDS_42 = 4

#: The fewest words of a quotation that (a) keeps (the span is cut at the closing mark); a shorter part is dropped.
QUOTE_KEEP_WORDS_42 = 3

#: Small words allowed between the capitalised words of a name ("Department of Housing and Urban Affairs").
NAME_CONNECTORS_42 = frozenset({"of", "and", "for", "the", "on", "in", "de", "&", "to", "at"})

#: Capitalised words that start sentences but never names: a run of capitalised words does not begin on one.
NOT_NAME_STARTS_42 = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "it", "its", "in", "on", "at", "but", "and", "or", "for",
    "if", "when", "while", "as", "so", "now", "then", "yet", "he", "she", "we", "they", "i", "you", "his", "her",
    "our", "their", "my", "your", "there", "here", "after", "before", "since", "with", "without", "by", "from",
    "to", "of", "what", "who", "why", "how", "where", "some", "many", "most", "all", "every", "no", "not", "one",
    "also", "still", "even", "just", "only", "more", "because", "although", "though", "about", "under", "over",
    "both", "each", "such", "last", "next", "today", "yesterday", "tomorrow", "meanwhile", "however", "instead",
})

#: Titles written before a name and shortened with a full stop.
NAME_TITLES_42 = frozenset({"sen", "rep", "gov", "gen", "dr", "mr", "mrs", "ms", "lt", "col", "sgt", "capt", "adm",
                            "pres", "sec", "atty", "cmdr", "rev", "prof", "supt", "maj", "cpl", "pvt", "amb"})

_WORD_42 = re.compile(r"[A-Za-z0-9&][\w'\u2019.&-]*")
# a straight double quote or two single quotes (the New York Times' files write both ends so) close a quotation
# when written after a word or its punctuation and before a space, punctuation or the end
_CLOSING_QUOTE_42 = re.compile(r"\u201d|(?<=[\w.,!?;:\u2014-])(?:\"|'')(?=[\s,.;:!?)\]\u2015]|$)")
_OPENING_QUOTE_42 = re.compile(r"\u201c|``|(?:(?<=^)|(?<=[\s(\[\u2014-]))(?:\"|'')(?=\S)")


def closing_quote_cut(text: str, start: int, end: int) -> int | None:
    """(a): where ``text[start:end]`` runs over a closing quotation mark into the words after it, the offset of that
    mark (the first such); None where it does not.

    >>> t = '"We are done now," Gov. Smith said.'
    >>> closing_quote_cut(t, 14, 24)
    17
    >>> closing_quote_cut(t, 0, 35) is None, closing_quote_cut(t, 8, 16) is None
    (True, True)
    >>> closing_quote_cut("''It will not end,'' she said. ''We go on.''", 2, 26)
    18
    """
    for m in _CLOSING_QUOTE_42.finditer(text, start, end):
        if not re.search(r"[A-Za-z0-9]", text[m.end():end]):
            continue
        if _OPENING_QUOTE_42.search(text[:m.start()], start) is None:
            return m.start()
    return None


def crosses_closing_quote(text: str, start: int, end: int) -> bool:
    """(a): does ``text[start:end]`` run over a closing quotation mark into the words after it?"""
    return closing_quote_cut(text, start, end) is not None


def _line_of(text: str, start: int, end: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return lo, len(text) if hi < 0 else hi


def _sentence_start(text: str, at: int, lo: int) -> bool:
    before = text[lo:at].rstrip(" \t\"'\u201c\u2018(")
    return not before or before[-1] in ".!?:\u2014"


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or (word[:1].isdigit() and any(c.isupper() for c in word))


def name_runs(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Runs of two or more capitalised words in ``text[lo:hi]`` (connectors between them allowed), as offsets."""
    words = [(m.start(), m.end(), m.group().rstrip(".'\u2019")) for m in _WORD_42.finditer(text, lo, hi)]
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        s, _, w = words[i]
        start_ok = _capitalised(w) and not (w.lower() in NOT_NAME_STARTS_42 and _sentence_start(text, s, lo))
        if not start_ok:
            i += 1
            continue
        j, last, caps = i, i, 1
        while j + 1 < len(words):
            gap = text[words[j][1]:words[j + 1][0]]
            if gap.strip() not in ("", "-") or "\n" in gap:
                break
            if words[j][2] != text[words[j][0]:words[j][1]] and words[j][2].lower() not in NAME_TITLES_42:
                break  # a word ending on a full stop ends the sentence, unless it is a title
            nxt = words[j + 1][2]
            if _capitalised(nxt):
                j += 1
                last, caps = j, caps + 1
            elif nxt.lower() in NAME_CONNECTORS_42:
                j += 1
            else:
                break
        if caps >= 2:
            runs.append((s, words[last][0] + len(words[last][2])))
        i = last + 1
    return runs


def inside_name(text: str, start: int, end: int) -> bool:
    """(b): is ``text[start:end]`` a short piece of a name (not the whole name), or a title cut from its name?

    >>> t = 'Aid from the Department of Housing and Urban Affairs came late.'
    >>> inside_name(t, t.index('and Urban'), t.index(' came'))
    True
    >>> inside_name(t, t.index('Department'), t.index(' came'))
    False
    >>> t = 'Former two-term Gov. Ann Smith spoke.'
    >>> inside_name(t, 0, t.index('.'))
    True
    >>> inside_name('The American people will decide.', 4, 12)
    False
    """
    span = text[start:end]
    if not span.strip() or len(span.split()) > FRAGMENT_MAX_WORDS_42:
        return False
    last = re.search(r"([A-Za-z]+)\W*$", span)
    if last and last.group(1).lower() in NAME_TITLES_42 and re.match(r"\.\s+[A-Z]", text[end:end + 3]):
        return True
    lo, hi = _line_of(text, start, end)
    runs = name_runs(text, lo, hi)
    line_words = [m.group() for m in _WORD_42.finditer(text, lo, hi)]
    if len(line_words) > 1 and all(_capitalised(w) or w.lower() in NAME_CONNECTORS_42 for w in line_words):
        return False  # a headline written in capitalised words
    s = start + len(span) - len(span.lstrip())
    e = end - (len(span) - len(span.rstrip(" \t.,;:!?")))
    return any(rs <= s and e <= re_ and (rs, re_) != (s, e) for rs, re_ in runs)


def fragment_span(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a fragment (:func:`crosses_closing_quote` or :func:`inside_name`)?"""
    return crosses_closing_quote(text, start, end) or inside_name(text, start, end)


def fragment_fix(text: str, start: int, end: int) -> tuple[int, int] | None:
    """What is kept of ``text[start:end]``: the span itself when it is no fragment; the part before the closing
    quotation mark when the span crosses one (a) and that part holds at least :data:`QUOTE_KEEP_WORDS_42` words (the
    quotation is what the tagger read; the words after the mark are the next speaker's frame); None (drop) for a
    shorter part or a piece of a name (b).

    >>> t = '"We are done now," Gov. Smith said.'
    >>> fragment_fix(t, 14, 24) is None
    True
    >>> fragment_fix(t, 1, 24)
    (1, 16)
    >>> fragment_fix(t, 0, 35)
    (0, 35)
    """
    cut = closing_quote_cut(text, start, end)
    if cut is not None:
        kept = text[start:cut].rstrip(" \t,;:")
        if len(_WORD_42.findall(kept)) < QUOTE_KEEP_WORDS_42:
            return None
        return start, start + len(kept)
    if inside_name(text, start, end):
        return None
    return start, end


def without_fragments(text: str, found: Sequence[Technique], evidence: Collection[str]) -> list[Technique]:
    """``found`` with the spans whose evidence is one of ``evidence`` (the tagger's, the sentences showing its
    paragraph labels) trimmed or dropped where they are fragments (:func:`fragment_fix`)."""
    out: list[Technique] = []
    for t in found:
        fixed = fragment_fix(text, t.start, t.end) if t.evidence in evidence else (t.start, t.end)
        if fixed is None:
            continue
        out.append(t if fixed == (t.start, t.end) else t.model_copy(update={"start": fixed[0], "end": fixed[1]}))
    return out
