"""Quotation marks: balanced quotes per paragraph, found in one linear pass."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from ...result import TextRange

# ------------------------------------------------------------------------------------------ quotes


@dataclass(frozen=True)
class Quote:
    """A quoted stretch: ``[start, end)`` includes the marks, ``inner`` excludes them."""

    start: int
    end: int
    balanced: bool = True
    open_len: int = 1
    close_len: int = 1
    single: bool = False

    @property
    def inner(self) -> tuple[int, int]:
        return (self.start + self.open_len, self.end - self.close_len if self.balanced else self.end)


#: Double opening marks and the closing marks each accepts ('' is the doubled apostrophe some wires use).
#: A straight mark and a curly one may pair ('"...”'; '“..."' where the paragraph has no "”"): copied and
#: re-edited web text mixes them.
DOUBLE_MARKS: dict[str, tuple[str, ...]] = {"“": ("”",), "«": ("»",), "„": ("“", "”"), "»": ("«",),
                                            "”": ("”", "“"), '"': ('"', "”"), "''": ("''",), "‹": ("›",)}
#: Single opening marks and their closing marks; told from apostrophes by what stands on either side.
SINGLE_MARKS: dict[str, tuple[str, ...]] = {"‘": ("’", "'"), "'": ("'", "’"), "‚": ("‘", "’")}
STRAY_CLOSERS = frozenset({"”", "»", "›"})
#: Round 71: a quotation opened by a straight mark reads a curly pair inside it as nested ('"A “B” C"'), so the
#: inner "”" does not close it (a straight-quoted claim holding curly scare quotes was split in three).
CURLY_INSIDE_STRAIGHT_71 = ("\u201c", "\u201d")
#: The longest single-quoted stretch taken as a quote (longer ones are apostrophes read wrong).
SINGLE_QUOTE_MAX_CHARS = 600
#: speed47: every character that starts a mark :func:`find_quotes` reads (a double mark's or a single mark's first
#: character, their closers, a stray closer, the curly pair of round 71): outside a quotation, and inside a double
#: one, a character not in this class changes nothing but the position, so the scan jumps to the next one that is.
_MARK_SET_47 = frozenset(
    {k[0] for k in DOUBLE_MARKS} | {c[0] for v in DOUBLE_MARKS.values() for c in v} | set(SINGLE_MARKS)
    | {c[0] for v in SINGLE_MARKS.values() for c in v} | STRAY_CLOSERS | set(CURLY_INSIDE_STRAIGHT_71))
_MARK_CHARS_47 = re.compile("[" + "".join(re.escape(c) for c in sorted(_MARK_SET_47)) + "]")
_OPEN_BEFORE = frozenset(" \t\n([{—–-/“\"«„:;,")
_CLOSE_AFTER = frozenset(" \t\n)]}—–-/”\"»,.;:!?")


def _mark_at(text: str, i: int, para_start: int, table: dict[str, tuple[str, ...]]) -> str | None:
    if text.startswith("''", i) and "''" in table:
        return "''"
    ch = text[i]
    return ch if ch in table else None


def _opens_single(text: str, i: int, para_start: int, end: int) -> bool:
    """An opening single mark: at a word's start (space or bracket before) and a letter right after it."""
    before = text[i - 1] if i > para_start else " "
    after = text[i + 1] if i + 1 < end else " "
    return before in _OPEN_BEFORE and after.isalpha()


def _closes_single(text: str, i: int, end: int) -> bool:
    """A closing single mark: right after a word or punctuation, and a space or punctuation after it."""
    after = text[i + 1] if i + 1 < end else " "
    return not text[i - 1].isspace() and after in _CLOSE_AFTER


#: Words after "s'" that end a quote rather than follow a possessive ("... the farmers' said Kovac").
_AFTER_CLOSE_WORDS = frozenset({"said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "he",
                                "she", "they", "we", "i", "it", "and", "or", "but", "as", "when", "while", "is",
                                "was", "are", "were"})
_WORD_AFTER = re.compile(r" ([a-z]+)\b")


def _plural_possessive(text: str, i: int, end: int, open_at: int, closers: tuple[str, ...]) -> bool:
    """A single mark after a plural's "s" and before a lowercase noun ("farmers' rights") inside a single-quoted
    quote that closes later in its paragraph: an apostrophe of possession, not the quote's end."""
    if text[i - 1] not in "sS":
        return False
    word = _WORD_AFTER.match(text, i + 1, end)
    if word is None or word.group(1) in _AFTER_CLOSE_WORDS:
        return False
    limit = min(end, open_at + SINGLE_QUOTE_MAX_CHARS)
    return any(text[j] in closers and _closes_single(text, j, end) and not (
        text[j - 1] in "sS" and _WORD_AFTER.match(text, j + 1, end)) for j in range(i + 1, limit))


def find_quotes(text: str, paragraphs: Sequence[TextRange]) -> tuple[list[Quote], list[int]]:
    """Outermost quotations per paragraph, and the offsets of unmatched closing marks.

    One pass over each paragraph, so the time is linear in the text however the marks are unbalanced.
    Double marks (“ ” « » „ “ " '') and single marks (‘ ’ ' ‚) are read; a single mark is a quotation mark
    only at a word's edge (so apostrophes in "don't" and "the '90s" are not), and a single quote runs at most
    SINGLE_QUOTE_MAX_CHARS. Marks inside a quote are nested quotes and are not reported. An opening double mark
    with no closing mark in its paragraph runs to the end of the paragraph (``balanced=False``): a quote
    spanning paragraphs, or a typo.
    """
    quotes: list[Quote] = []
    stray: list[int] = []
    open_singles: list[int] = []
    for para in paragraphs:
        i, end = max(0, para.start), min(para.end, len(text))
        # a paragraph that opens with curly marks and closes none with "”" closes them with straight ones
        # (“These images are fantastic," the scientist said): re-edited web text
        straight_closes = "\u201d" not in text[i:end]
        open_at: int | None = None
        opener = ""
        single = False
        depth = 0
        curly = 0  # round 71: curly pairs open inside a straight-quoted quotation
        while i < end:
            ch = text[i]
            if (not single or open_at is None) and ch not in _MARK_SET_47:
                # speed47: outside a quotation a character that is no mark only moves the position on (no double or
                # single mark starts with it, it is no stray closer), and so does one inside a double quotation (no
                # closer, opener or curly mark starts with it); a single quotation's length limit is tested at each
                # character, so its scan is left as it was
                nxt = _MARK_CHARS_47.search(text, i, end)
                i = end if nxt is None else nxt.start()
                continue
            if open_at is None:
                mark = _mark_at(text, i, para.start, DOUBLE_MARKS)
                if mark is not None and not (mark in ('"', "''") and i > para.start and text[i - 1].isalnum()):
                    if mark in ("»", "”") and not (i + 1 < end and text[i + 1].isalpha() and (
                            i == para.start or text[i - 1].isspace() or mark == "»")):
                        # a closing mark: not the Danish »opening« one, nor a ” typed to open a quote (”Fear. ...”)
                        stray.append(i)
                        i += 1
                        continue
                    open_at, opener, single, depth, curly = i, mark, False, 0, 0
                    i += len(mark)
                    continue
                if ch in SINGLE_MARKS and _opens_single(text, i, para.start, end):
                    open_at, opener, single, depth = i, ch, True, 0
                elif ch in STRAY_CLOSERS:
                    stray.append(i)
                i += 1
                continue
            closers = SINGLE_MARKS[opener] if single else (
                ('"',) if opener == "\u201c" and straight_closes else DOUBLE_MARKS[opener])
            if single:
                if i - open_at > SINGLE_QUOTE_MAX_CHARS:
                    i, open_at = open_at + 1, None  # an apostrophe read as a mark: scan on after it
                    continue
                if ch in closers and _closes_single(text, i, end) and not _plural_possessive(
                        text, i, end, open_at, closers):
                    quotes.append(Quote(open_at, i + 1, single=True))
                    open_at = None
                i += 1
                continue
            if opener == '"' and ch in CURLY_INSIDE_STRAIGHT_71:
                if ch == CURLY_INSIDE_STRAIGHT_71[0]:
                    curly += 1
                    i += 1
                    continue
                if curly > 0:
                    curly -= 1
                    i += 1
                    continue
            close = next((c for c in closers if text.startswith(c, i)), None)
            if close is not None:
                if depth == 0:
                    quotes.append(Quote(open_at, i + len(close), open_len=len(opener), close_len=len(close)))
                    open_at = None
                else:
                    depth -= 1
                i += len(close)
                continue
            if text.startswith(opener, i) and opener not in closers:
                depth += 1  # a nested quote of the same kind
            i += 1
        if open_at is not None and not single:
            quotes.append(Quote(open_at, end, balanced=False, open_len=len(opener)))
        elif open_at is not None and (open_at == para.start or text[open_at - 1].isspace()):
            open_singles.append(open_at)  # a single quote left open: closed on a later line, or no quote
    return _headless_quotes(text, paragraphs, *_join_broken_lines(text, paragraphs, quotes, stray, open_singles))


#: Past and present forms of the commonest reporting verbs, for a clause read off the text without its parse.
SAY_FORMS = frozenset({"said", "says", "told", "tells", "added", "adds", "wrote", "writes", "asked", "explained",
                       "noted", "stated", "argued", "insisted", "continued", "warned", "recalled", "declared",
                       "replied", "responded", "remarked", "observed", "concluded", "acknowledged", "admitted",
                       "claimed", "explains", "notes", "argues", "insists", "continues", "warns", "recalls"})
#: A reporting clause right after a closing mark: "..., the diplomat said", "..., he added", "..., said X".
SAY_CLAUSE = re.compile(r"[^.!?;:“”\"«»\n]{0,60}?\b(?:" + "|".join(sorted(SAY_FORMS)) + r")\b")


def _headless_quotes(text: str, paragraphs: Sequence[TextRange], quotes: list[Quote],
                     stray: list[int]) -> tuple[list[Quote], list[int]]:
    """A closing mark with no opening one in its paragraph, after a comma or a stop and before a reporting clause
    ("... in 2014,” the diplomat said."): the paragraph starts in the middle of a quote (its opening mark lies in an
    earlier paragraph that no join reached, or an excerpt cut it off), and the quote runs from the paragraph's
    start to the mark (``open_len=0``). Not when a quote of the paragraph comes before the mark."""
    if not stray:
        return quotes, stray
    starts = [p.start for p in paragraphs]
    q_starts = [q.start for q in quotes]
    added: list[Quote] = []
    left: list[int] = []
    for mark in stray:
        k = bisect_right(starts, mark) - 1
        para_start = max(0, paragraphs[k].start) if k >= 0 else 0
        while para_start < mark and text[para_start].isspace():
            para_start += 1
        j = bisect_right(q_starts, mark) - 1
        earlier = j >= 0 and quotes[j].end > para_start
        if earlier or text[mark] != "\u201d" or text[mark - 1:mark] not in (",", ".", "!", "?") or any(
                ch in "“«„\"" for ch in text[para_start:mark]) or len(text[para_start:mark].split()) < 3 or (
                SAY_CLAUSE.match(text, mark + 1) is None) or any(
                w in SAY_FORMS for w in re.findall(r"[a-z]+", text[para_start:mark])):
            # "He said the plan failed. It failed ...,” he added.": a missing opening mark, not a paragraph that
            # starts mid-quote
            left.append(mark)
            continue
        added.append(Quote(para_start, mark + 1, open_len=0, close_len=1))
    if not added:
        return quotes, stray
    return sorted(quotes + added, key=lambda q: q.start), left


#: The most lines without a quotation mark between a quote left open and the line that closes it.
BROKEN_QUOTE_MAX_GAP_LINES = 3
#: The most such lines when the quote opens right after a colon that ends a reporting clause ("..., declaring: “We
#: ..."): a speech printed one sentence a line runs on for longer.
BROKEN_QUOTE_MAX_GAP_LINES_INTRODUCED = 8
#: The longest quotation joined over lines.
BROKEN_QUOTE_MAX_CHARS = 2000
_STRAIGHT_CLOSE = re.compile(r'(?<=[\w.,!?;:…’\'])"(?=[\s,.;:!?)—–-]|$)')
_ANY_DOUBLE = frozenset("“”\"«»„")


def _closes_single_line(text: str, i: int, end: int) -> bool:
    """A single mark that can only close a quote: after a comma or a stop, before a space or the line's end
    ("..., one inch,’ he added"); never an apostrophe ("don’t", "the farmers’ votes")."""
    return text[i] in "’'" and text[i - 1] in ",.!?" and (i + 1 >= end or text[i + 1].isspace())


def _lines_after(para_list: list[tuple[int, int]], para_starts: list[int], pos: int,
                 gap: int = BROKEN_QUOTE_MAX_GAP_LINES) -> list[tuple[int, int]]:
    """The lines after the one holding ``pos`` that a quote open there may run on through (a bisect, not a scan)."""
    k = bisect_right(para_starts, pos) - 1
    return para_list[k + 1:k + 2 + gap] if k >= 0 else []


#: A reporting clause that ends in a colon right before an opening mark: "..., declaring: “", "He told them: “".
_INTRODUCED = re.compile(r"\b[a-z]+:\s*$")
#: A line that ends with a quotation and its speaker ("“A couple of wins,” the coach said."): a quotation opening the
#: next line is that speaker going on, printed one sentence a line, and may run on as long as an introduced one.
_QUOTED_LINE_BEFORE = re.compile(
    r"[,.!?]\u201d\s+[^\u201c\u201d\"\n]{1,80}\b(?:said|says|added|continued|told \w+)\.\s*$")


def _join_single(text: str, para_list: list[tuple[int, int]], para_starts: list[int], open_at: int) -> Quote | None:
    """The quotation of a single mark left open at its line's end (‘A.¶B,’ he said), closed on one of the next lines
    that has no other mark before the closing one; None when none closes it."""
    for s, e in _lines_after(para_list, para_starts, open_at):
        if s - open_at > BROKEN_QUOTE_MAX_CHARS:
            return None
        for i in range(s, e):
            if _closes_single_line(text, i, e):
                return Quote(open_at, i + 1, single=True)
            if text[i] in _ANY_DOUBLE or (text[i] in SINGLE_MARKS and _opens_single(text, i, s, e)):
                return None
    return None


def _introduced_single(text: str, para_list: list[tuple[int, int]], para_starts: list[int],
                       open_at: int) -> Quote | None:
    """A single mark opened right after a colon and closed nowhere ("Vince said: 'The ban ... I believe they will
    ...¶"): a quotation to its line's end, read with low confidence as an open double mark is; a mark elsewhere
    left open may be an apostrophe, and is no quote."""
    if not re.search(r"\b[a-z]+:\s*$", text[max(0, open_at - 30):open_at]):
        return None  # "Vince said: '...", not a headline's "Killing Russian Culture: ‘..."
    k = bisect_right(para_starts, open_at) - 1
    if k < 0:
        return None
    return Quote(open_at, para_list[k][1], balanced=False, single=True)


def _join_broken_lines(text: str, paragraphs: Sequence[TextRange], quotes: list[Quote],
                       stray: list[int], open_singles: Sequence[int] = ()) -> tuple[list[Quote], list[int]]:
    """A double quote left open at the end of a line and closed on a later line that opens no quotation first is one
    quotation (“A.¶B,” she said): texts with one sentence a line (SemEval, PTC) break a quote of several sentences
    so. Only lines with no quotation mark may stand between; a line that opens its own quotation, as the newspaper
    convention for a quote over several paragraphs does, keeps the quote open as before."""
    if not open_singles and not any(not q.balanced for q in quotes):
        return quotes, stray
    para_list = [(max(0, p.start), min(p.end, len(text))) for p in paragraphs]
    para_starts = [s for s, _ in para_list]
    singles = [q for q in (_join_single(text, para_list, para_starts, at) or _introduced_single(
        text, para_list, para_starts, at) for at in open_singles) if q is not None]
    if singles:
        # a joined single quote holds the marks of its lines: those quotes are inside it, not quotes of their own
        single_starts = [j.start for j in singles]

        def inside(pos: int) -> bool:
            k = bisect_right(single_starts, pos) - 1
            return k >= 0 and singles[k].start <= pos < singles[k].end

        quotes = sorted([q for q in quotes if not inside(q.start)] + singles, key=lambda q: q.start)
        stray = [i for i in stray if not inside(i)]
    by_start = {q.start: q for q in quotes}
    stray_set = set(stray)
    out: list[Quote] = []
    dropped: set[int] = set()
    for q in quotes:
        if q.start in dropped:
            continue
        if q.balanced or q.open_len != 1 or text[q.start] not in "“\"":
            out.append(q)
            continue
        joined = None
        before = text.rfind("\n", 0, max(0, q.start - 1))
        gap = BROKEN_QUOTE_MAX_GAP_LINES_INTRODUCED if _INTRODUCED.search(
            text, max(0, q.start - 30), q.start) or (
            q.start > 0 and text[q.start - 1] == "\n" and _QUOTED_LINE_BEFORE.search(
                text, max(before + 1, q.start - 300), q.start - 1)) else BROKEN_QUOTE_MAX_GAP_LINES
        for s, e in _lines_after(para_list, para_starts, q.start, gap):
            if s - q.start > BROKEN_QUOTE_MAX_CHARS:
                break
            mark = next((i for i in range(s, e) if text[i] in _ANY_DOUBLE), None)
            if mark is None:
                continue  # a line with no mark: the quote may go on through it
            opened = by_start.get(mark)
            closes = (text[mark] == "\u201d" and opened is None) or (
                text[mark] == '"' and mark > s and _STRAIGHT_CLOSE.match(text, mark) is not None
                and text.count('"', s, e) % 2 == 1 and (opened is None or not opened.balanced))
            if closes:
                joined = Quote(q.start, mark + 1, open_len=1, close_len=1)
                stray_set.discard(mark)
                if opened is not None:
                    dropped.add(mark)
            break  # the first mark of a later line closes the quote, or it opens one of its own
        out.append(joined or q)
    # quotes are outermost and never overlap (``QuoteIndex.containing``): a quote that starts inside one joined
    # before it is a mark of its inside
    kept: list[Quote] = []
    for q in sorted(out, key=lambda q: q.start):
        if kept and q.start < kept[-1].end:
            continue
        kept.append(q)
    return kept, sorted(stray_set)


class QuoteIndex:
    """Quotes sorted by start, for the lookups the cascade makes per token (bisect, not a scan)."""

    def __init__(self, quotes: Sequence[Quote]) -> None:
        self.quotes = sorted(quotes, key=lambda q: q.start)
        self.starts = [q.start for q in self.quotes]

    def containing(self, pos: int) -> Quote | None:
        """The quote whose marks enclose ``pos`` (quotes are outermost, so they do not overlap)."""
        k = bisect_right(self.starts, pos) - 1
        if k >= 0 and self.quotes[k].start <= pos < self.quotes[k].end:
            return self.quotes[k]
        return None

    def within(self, start: int, end: int) -> list[Quote]:
        """The quotes that start in ``[start, end)``."""
        return self.quotes[bisect_left(self.starts, start):bisect_left(self.starts, end)]

    def ending_before(self, pos: int, *, slack: int = 3) -> Quote | None:
        """The quote that ends at most ``slack`` characters (spaces, a comma) before ``pos``."""
        k = bisect_left(self.starts, pos) - 1
        if k >= 0 and pos - slack <= self.quotes[k].end <= pos:
            return self.quotes[k]
        return None

    def starting_at(self, pos: int) -> Quote | None:
        k = bisect_left(self.starts, pos)
        return self.quotes[k] if k < len(self.quotes) and self.quotes[k].start == pos else None

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.quotes)

    def __len__(self) -> int:
        return len(self.quotes)


def _opening_quote_only(text: str, content: tuple[int, int], quotes: QuoteIndex) -> tuple[int, int]:
    """Content that opens with a quotation ends where the quotation does ("“...,” that is, ..." is the author's).

    A direct quote's content is the text inside the marks.
    """
    last = quotes.containing(content[1] - 1) if content[1] > content[0] else None
    if last is not None and last.balanced and last.start >= content[0] and "\n" in text[content[1]:last.end]:
        # a quotation joined over lines (``_join_broken_lines``) that the line's parse cut short: said whole
        content = (last.inner[0] if last.start == content[0] else content[0], last.inner[1])
        return _trim(text, *content, strip_that=False)
    q = quotes.starting_at(content[0])
    if q is None or q.end > content[1] + 1:
        return content
    rest = text[q.end:content[1]].strip(" .,;:")
    if not rest:
        return _trim(text, *q.inner, strip_that=False)
    gloss = re.match(r"(?:that is|i\.e\.|meaning|in other words|which means)\b", rest, re.IGNORECASE)
    return _trim(text, *q.inner, strip_that=False) if gloss else content


def _kind_of(text: str, content: tuple[int, int], quotes: QuoteIndex) -> str:
    first = quotes.containing(content[0])
    inside = ([first] if first is not None and first.start < content[0] else []) + quotes.within(*content)
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

