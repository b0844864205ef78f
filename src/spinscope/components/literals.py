"""Skip a case-insensitive regular expression on a text that cannot hold a match: the literal words every match
starts with, read off the pattern once.

Python's ``re`` tries every alternative of an alternation at every position of the text, so a list of a few
hundred cue phrases, one alternation per label, cost the narratives layer most of its time on an article with
none of them (``python -m benchmarks.cpu_per_article``). Most cue phrases start with a literal word ("nuclear
war", "(forced|compelled) to launch"): when none of a pattern's starting words occurs in the lower-cased text,
the pattern has no match there, and is not run. The answer is the pattern's own whenever it is run, so
:meth:`Prefiltered.finditer` finds exactly what ``pattern.finditer`` finds (a test checks it on random texts).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

#: Literal starts are read up to this many characters (longer words add nothing to the filter).
MAX_PREFIX = 8
#: A pattern with more starting words than this is always run (the filter would cost what it saves).
MAX_PREFIXES = 64
#: Characters that IGNORECASE matches to an ASCII letter although ``str.lower`` does not map them to it (dotless
#: i, long s, capital I with dot, Kelvin sign): a text with any of them runs every pattern.
_FOLD_EXCEPTIONS = re.compile("[\u0130\u0131\u017f\u212a]")


def literal_starts(pattern: str, flags: int = re.IGNORECASE) -> frozenset[str] | None:
    """The lower-case literal strings one of which starts every match of ``pattern``, or None when a match may
    start with anything else (a character class like ``\\w``, a non-ASCII letter, an empty match).

    >>> sorted(literal_starts(r"\\b(forced|compelled) to (launch|start)"))
    ['compelle', 'forced t']
    >>> sorted(literal_starts(r"(peace )?talks? failed"))
    ['peace ', 'talk fai', 'talks']
    >>> literal_starts(r"\\w+ war") is None
    True
    """
    found = _starts(list(sre_parse.parse(pattern, flags)))
    if found is None or not found or "" in found or len(found) > MAX_PREFIXES:
        return None
    return frozenset(found)


def _starts(items: list[Any]) -> set[str] | None:
    """Literal starts of a parsed sequence (None: unknown), each at most MAX_PREFIX characters."""
    if not items:
        return {""}
    op, arg = items[0]
    rest = items[1:]
    if op is sre.AT:  # \b, ^: zero-width
        return _starts(rest)
    if op is sre.LITERAL or (op is sre.IN and all(kind is sre.LITERAL for kind, _ in arg)):
        chars = {chr(arg).lower()} if op is sre.LITERAL else {chr(value).lower() for _, value in arg}
        if not all(c.isascii() for c in chars):
            return None
        tails = _starts(rest)
        if tails is None:
            return chars
        return {(c + t)[:MAX_PREFIX] for c in chars for t in tails}
    if op is sre.SUBPATTERN:
        return _starts(list(arg[-1]) + rest)
    if op is sre.BRANCH:
        out: set[str] = set()
        for alternative in arg[1]:
            found = _starts(list(alternative) + rest)
            if found is None:
                return None
            out |= found
            if len(out) > MAX_PREFIXES:
                return None
        return out
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, _high, body = arg
        once = _starts(list(body))  # the body's own start, whatever follows it
        if once is None:
            return None
        if low == 0:
            skipped = _starts(rest)
            return None if skipped is None else once | skipped
        return once
    return None


class Prefiltered:
    """A compiled case-insensitive pattern with the literal starts that every match begins with."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.starts = literal_starts(pattern.pattern, pattern.flags) if pattern.flags & re.IGNORECASE else None

    def may_match(self, lowered: str | None) -> bool:
        """Whether a text can hold a match, given ``lowered``, its :func:`lowered_text`."""
        return self.starts is None or lowered is None or any(s in lowered for s in self.starts)

    def finditer(self, text: str, lowered: str | None = None) -> Iterator[re.Match[str]]:
        """What ``pattern.finditer(text)`` gives. ``lowered``: :func:`lowered_text` of ``text``, when the caller
        runs several patterns over one text."""
        if self.may_match(lowered_text(text) if lowered is None else lowered):
            yield from self.pattern.finditer(text)


def lowered_text(text: str) -> str | None:
    """``text.lower()``, or None (nothing may be skipped) when IGNORECASE would fold a character of the text to
    an ASCII letter that ``str.lower`` does not give."""
    return None if _FOLD_EXCEPTIONS.search(text) else text.lower()
