"""Quotation marks: balanced quotes per paragraph, found in one linear pass."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...result import TextRange

if TYPE_CHECKING:
    pass

from .rules import CLOSERS, OPENERS

# ------------------------------------------------------------------------------------------ quotes


@dataclass(frozen=True)
class Quote:
    """A quoted stretch: ``[start, end)`` includes the marks, ``inner`` excludes them."""

    start: int
    end: int
    balanced: bool = True

    @property
    def inner(self) -> tuple[int, int]:
        return (self.start + 1, self.end - 1) if self.balanced else (self.start + 1, self.end)


def find_quotes(text: str, paragraphs: Sequence[TextRange]) -> tuple[list[Quote], list[int]]:
    """Outermost quotations per paragraph, and the offsets of unmatched closing marks.

    An opening mark with no closing mark in its paragraph runs to the end of the paragraph
    (``balanced=False``): a quote spanning paragraphs, or a typo.
    """
    quotes: list[Quote] = []
    stray: list[int] = []
    for para in paragraphs:
        open_at: int | None = None
        opener = ""
        depth = 0
        for i in range(para.start, para.end):
            ch = text[i]
            if open_at is None:
                if ch in OPENERS and not (ch == '"' and i > para.start and text[i - 1].isalnum()):
                    open_at, opener, depth = i, ch, 0
                elif ch in CLOSERS:
                    stray.append(i)
                continue
            if ch == OPENERS[opener] and (ch != opener or opener == '"'):
                if depth == 0:
                    quotes.append(Quote(open_at, i + 1))
                    open_at = None
                else:
                    depth -= 1
            elif ch == opener and opener != '"':
                depth += 1  # a nested quote of the same kind
        if open_at is not None:
            quotes.append(Quote(open_at, para.end, balanced=False))
    return quotes, stray



def _quotes_in(quotes: Sequence[Quote], start: int, end: int) -> list[Quote]:
    return [q for q in quotes if q.start >= start - 1 and q.end <= end + 1]


def _opening_quote_only(text: str, content: tuple[int, int], quotes: Sequence[Quote]) -> tuple[int, int]:
    """Content that opens with a quotation ends where the quotation does ("“...,” that is, ..." is the author's).

    A direct quote's content is the text inside the marks.
    """
    q = next((q for q in quotes if q.start == content[0]), None)
    if q is None or q.end > content[1] + 1:
        return content
    rest = text[q.end:content[1]].strip(" .,;:")
    if not rest:
        return _trim(text, *q.inner, strip_that=False)
    gloss = re.match(r"(?:that is|i\.e\.|meaning|in other words|which means)\b", rest, re.IGNORECASE)
    return _trim(text, *q.inner, strip_that=False) if gloss else content


def _kind_of(text: str, content: tuple[int, int], quotes: Sequence[Quote]) -> str:
    inside = [q for q in quotes if _overlap((q.start, q.end), content) > 0]
    if not inside:
        return "indirect"
    quoted = sum(_overlap((q.start, q.end), content) for q in inside)
    unquoted = text[content[0]:content[1]]
    for q in inside:
        unquoted = unquoted.replace(text[q.start:q.end], "")
    return "direct" if quoted >= 0.9 * (content[1] - content[0]) or len(unquoted.split()) <= 1 else "mixed"


def _trim(text: str, start: int, end: int, *, strip_that: bool = True) -> tuple[int, int]:
    """Trim whitespace, a leading complementizer and trailing sentence punctuation from a content range."""
    while start < end and text[start] in " \t\n,:;-–—":
        start += 1
    if strip_that:
        m = re.match(r"(?:that|whether|if)\s+", text[start:end], re.IGNORECASE)
        if m and text[start:start + m.end()].lower().startswith("that"):
            start += m.end()
    while True:
        while end > start and text[end - 1] in " \t\n.,;:!?-–—":
            end -= 1
        m = re.search(r"\s(?:and|but|or|while|as)$", text[start:end])
        if not m:
            return start, end
        end = start + m.start()


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))

