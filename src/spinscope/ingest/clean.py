"""Cleaning: turn raw article text into the one clean text every offset points into.

Cleaning runs before any analysis, so every span in the result is an offset into the cleaned text and
never needs remapping. What cleaning removes is kept on ``article.removed``: nothing is lost silently.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from ..document import ArticleInput, Document
from ..errors import ReplacedCharacters
from .sanitize import sanitize_fields

#: Lines of page chrome that are not part of the article, matched against a whole stripped line.
CHROME_LINE = re.compile(
    r"""^(?:
        add\s+(?:a\s+)?comments?
      | (?:\d+\s+)?comments?(?:[\s\d:()]*)
      | leave\s+a\s+(?:comment|reply)
      | (?:share|share\s+this(?:\s+article|\s+story)?|share\s+on\s+\w+|tweet|print|email)(?:\s*[|:,/]\s*\w+)*
      | subscribe(?:\s+to\s+.{0,60})?
      | sign\s+up\s+for\s+(?:our|the)\s+newsletter.{0,60}
      | follow\s+us\s+on\s+.{0,60}
      | read\s+more:?
      | related\s+(?:articles|stories|posts):?
      | advertisement
      | (?:we\s+use\s+cookies|this\s+(?:web)?site\s+uses\s+cookies|by\s+continuing\s+to\s+(?:use|browse)).{0,300}
      | accept(?:\s+all)?\s+cookies
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

#: Boilerplate lines removed wherever they stand: each alternative matches a whole stripped line and is
#: written so that article prose cannot match it (a news sentence about subscribers or shares is longer,
#: or does not start with the imperative or the section label).
BOILERPLATE_LINE = re.compile(
    r"""^(?:
        (?:we\s+use\s+cookies|this\s+(?:web)?site\s+uses\s+cookies|by\s+continuing\s+to\s+(?:use|browse)).*
      | accept(?:\s+all)?\s+cookies
      # subscription and newsletters (imperatives and offers, not statements about subscribers)
      | (?:click\s+here\s+to\s+)?subscribe\b.{0,120}
      | (?:sign\s+up|register)\s+(?:now\s+)?(?:to|for)\s+(?:our|the|a|my)\b.{0,100}
      | (?:get|receive)\s+(?:our|the\s+latest|the\s+best|breaking)\b.{0,80}(?:newsletter|inbox|email|alerts?)[.!]?
      | (?:our|free)\s+(?:\w+\s+){0,3}newsletters?\b.{0,100}
      | (?:enter\s+your\s+email|your\s+email\s+address|unsubscribe\s+at\s+any\s+time|invalid\s+email
         |thanks?\s+for\s+subscribing).{0,100}
      | .{0,160}\bby\s+signing\s+up,?\s+you\s+agree\s+to\b.{0,200}  # a newsletter box ("... By signing up you agree")
      # channel and social promotions ("Read all the Latest News, Trending News, ... here. Follow us on ...")
      | read\s+(?:all\s+)?the\s+latest\s+(?:news|updates)\b[^.]{0,200}\bhere\b.{0,200}
      | (?:follow|like|join|find)\s+us\s+(?:on|at)\b.{0,80}
      | follow\s+(?:\S+\s+){1,4}on\s+(?:twitter|x|facebook|instagram|telegram|threads|bluesky|tiktok)\b.{0,40}
      | (?:join|follow|subscribe\s+to)\s+(?:our|the|us\s+on)\s+.{0,40}
         (?:channel|telegram|whatsapp|youtube|facebook|instagram|twitter|tiktok|podcast)\b.{0,60}
      | (?:watch|listen)\s+(?:more\s+)?on\s+(?:our|the)\s+.{0,30}(?:channel|app|podcast).{0,40}
      | download\s+(?:our|the)\s+(?:free\s+)?(?:\w+\s+)?app\b.{0,80}
      # shop promotions
      | (?:shop|buy)\s+(?:it\s+)?(?:now|here|today|online)(?:\s+(?:at|from|on)\s+[^,;]{1,60})?
      | (?:visit|browse|check\s+out)\s+(?:our|the)\s+(?:\w+\s+){0,3}(?:shop|store)\b.{0,80}
      | (?:shop|buy)\s+(?:\w+\s+){0,4}(?:at|from|on)\s+(?:our|the)\s+(?:\w+\s+){0,3}(?:shop|store)\b.{0,60}
      | get\s+\d{1,2}\s*%\s+off\b.{0,80}
      # share buttons and embed furniture
      | share\s+(?:this|on|via|to|with|article|story|page|post)\b.{0,40}
      | (?:copy\s+(?:the\s+)?link|link\s+copied|share|tweet|email|print|whatsapp|facebook|twitter|telegram|linkedin
         |reddit|pinterest)
      | (?:just\s+watched|must\s+watch)\b.{0,200}(?:replay\s+more\s+videos|\d{1,2}:\d{2})  # a video player's
      | replay\s+more\s+videos.{0,200}                                                # caption and playlist
      | (?:recommended|related|more|latest|trending|featured|top)\s+(?:videos?|stories|articles|reads?|news)
      | (?:view|see)\s+this\s+post\s+on\s+(?:instagram|facebook|twitter|x|tiktok)
      | (?:a\s+)?(?:post|photo|video)\s+shared\s+by\s+[^()\n]{1,60}\(@[\w.]{1,30}\).{0,60}
      | (?:this\s+)?(?:embedded\s+)?content\s+(?:is\s+)?(?:not\s+available|cannot\s+be\s+displayed).{0,80}
      | advertisement|sponsored(?:\s+content)?
      # reader polls and sign-up forms inside the article ("take our poll - story continues below", "Email *")
      | (?:take|answer|vote\s+in)\s+(?:our|this|the)\s+(?:\w+\s+)?(?:poll|survey|quiz)\b[^"\u201d\u2019]{0,60}
      | (?:\w+\s+){0,3}story\s+continues\s+below.{0,40}
      | (?:e-?mail|name|phone|comments?|website)\s*\*
      # links standing alone: a bare address, "Source: <address>", and calls to "click here"
      | (?:(?:source|via|originally\s+published\s+(?:at|on|by)|link)\s*:\s*)?(?:https?://|www\.)\S+
      # a few words that only point to an address ("TRUTH LIVES on at <address>", "Facebook: <address>")
      | (?:[^\s.!?]+\s+){1,8}(?:at|on|via|here:?)\s+(?:https?://|www\.)\S+
      | (?:[^\s.!?]+\s+){0,7}[^\s.!?]+:\s*(?:https?://|www\.)\S+
      # a syndication credit ("Article posted with permission from X", "This story was originally published by X")
      | (?:this\s+)?(?:article|story|post|piece)\s+(?:was\s+)?(?:originally\s+)?(?:posted|published|republished
         |reprinted|appeared)\s+(?:with\s+permission\s+)?(?:from|by|on|at|in)\s+[^.!?]{1,80}
      | (?:re)?(?:published|posted|reprinted)\s+with\s+(?:kind\s+)?permission(?:\s+(?:of|from)\s+[^.!?]{1,80})?
      | .{0,60}\bre-?post(?:ed|ing)?\b.{0,80}\boriginally\s+(?:released|published|posted)\s+(?:on|at|by|in)\b.{0,80}
      | (?:courtesy|(?:image|photo|video)\s+(?:credit|courtesy))\s*:\s*\S[^!?]{0,60}
      | .{0,80}\bclick\s+here\b.{0,120}
    )[.!]?$""",
    re.IGNORECASE | re.VERBOSE,
)

#: A section label of the page ("Most read in News", "Trending now", "READ MORE: <headline>", "Related", "Don't
#: miss..."), alone on its line or followed by a colon or arrow and a headline.
SECTION_HEADER = re.compile(
    r"""^(?:most\s+(?:read|popular|viewed|shared|watched)|trending(?:\s+now)?|top\s+stories|editor'?s\s+picks?
         |recommended(?:\s+for\s+you)?|more\s+(?:from|on|in)\s+[\w\s'&-]{1,40}|you\s+may\s+(?:also\s+)?like
         |read\s+(?:more|next|also)|see\s+also|related(?:\s+(?:articles?|stories|posts|topics|content|news))?
         |don'?t\s+miss|must\s+read|latest\s+(?:news|stories|videos?))
       \s*(?:(?:in|on|from|at)\s+[\w&'-]+(?:\s+[\w&'-]+){0,3}|[:|>\u00bb\u2013\u2014-].{0,160})?
       (?:[.!:]|\.\.\.|\u2026)?$""",
    re.IGNORECASE | re.VERBOSE,
)

#: A link to another story inside a paragraph, in brackets with a label in capitals or title case ("(RELATED: Did X
#: Say ...?)", "[READ MORE: ...]", "(Related: Last month we warned ...)"): another article's headline or blurb, cut
#: out of the line it stands in.
INLINE_FURNITURE = re.compile(
    r"\s*[(\[](?:RELATED|READ MORE|READ ALSO|ALSO READ|SEE ALSO|MORE|WATCH|LISTEN|Related|Read [Mm]ore|"
    r"Read [Aa]lso|Also [Rr]ead|See [Aa]lso)\s*:[^()\[\]\n]{1,240}[)\]]")

#: After a bare section label, the list of other stories' headlines that follows it is removed too: at most
#: this many lines, each short and without the closing punctuation of a sentence.
MAX_HEADLINE_LIST = 8
HEADLINE_LIKE = re.compile(r"^[^\n]{3,140}(?<![.!?:;,\"'\u201d\u2019)])$")

#: A line of nothing but network names and separators: a row of share buttons ("Facebook Twitter WhatsApp").
SOCIAL_BUTTONS = re.compile(
    r"^(?:(?:share|facebook|twitter|x|whatsapp|telegram|email|e-mail|print|linkedin|reddit|pinterest|messenger"
    r"|vk|copy\s+link|flipboard|comments?)[\s|,/\u00b7\u2022]*){2,}$",
    re.IGNORECASE,
)

#: The signature of an embedded social post: "\u2014 Jane Doe (@janedoe) March 3, 2022" (the post's own
#: text is on the same line or the one before, which ends with its link, see EMBED_LINK).
EMBED_SIGNATURE = re.compile(
    r"[\u2014\u2013-]{1,2}\s*[^()\n]{1,80}\(@\w{1,30}\)\s+"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}|\d{4}-\d{2}-\d{2})\s*$",
    re.IGNORECASE,
)

#: The body line of an embedded post: it ends with the post's picture or short link.
EMBED_LINK = re.compile(r"(?:pic\.twitter\.com/\w+|https?://t\.co/\w+|pic\.x\.com/\w+)\s*$", re.IGNORECASE)

#: The line of an embedded Facebook post: its text (often cut short with "...") and "Posted by Page Name on
#: Thursday, August 30, 2018" at its end. The post repeats a statement the article quotes or links to.
EMBED_POSTED_BY = re.compile(
    r"\bposted\s+by\s+[^\n]{1,80}?\s+on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\s*$",
    re.IGNORECASE)

#: The fine print of a reader poll's or sign-up form's submission, a line of its own however long: every
#: sentence of the line is one of these (or the rest of the line is other furniture, :func:`is_boilerplate`).
FORM_FINE_PRINT = re.compile(
    r"(?:phone\s+|e-?mail\s+|name\s+|comments?\s+)?this\s+field\s+is\s+for\s+validation\s+purposes\b[^.]*\.|"
    r"completing\s+this\s+(?:poll|survey|form)\s+grants\s+you\b[^.]*\.|you\s+(?:may|can)\s+opt\s+out\s+at\s+any\s*time\.|"
    r"you\s+(?:also\s+)?agree\s+to\s+(?:this\s+site's|our|the)\s+privacy\s+policy\b[^.]*\.",
    re.IGNORECASE)

#: A run of such fine print at the start of a line whose rest is the article's prose (the form was pasted in front of
#: a paragraph): the run is cut off its line and the paragraph kept.
FORM_FINE_PRINT_RUN = re.compile(r"^\s*(?:(?:" + FORM_FINE_PRINT.pattern + r")\s*)+", re.IGNORECASE)

#: The start of a reader poll inside an article, and the lines of its question and answers that follow it.
POLL_MARKER = re.compile(r"^(?:take|answer|vote\s+in)\s+(?:our|this|the)\s+(?:\w+\s+)?(?:poll|survey|quiz)\b",
                         re.IGNORECASE)
#: A poll's marker with its question on the same line, after a separator ("take our poll - ... Whom do ...?").
POLL_MARKER_QUESTION = re.compile(POLL_MARKER.pattern + r"\s*[-\u2013\u2014:|]", re.IGNORECASE)
POLL_LINE = re.compile(r"^(?=[^\n]{1,200}$)[^\n]*(?:\?|(?:^|\s)\*(?:\s|$))")

#: A community site's closing pitch, two lines of which start the page's trailer ("Anyone can join." "Anyone can
#: contribute." on Before It's News and the sites that repost from it): the article ends above them, and what
#: follows them is the site's sign-up call and product advertisements (a supplement's claims read as the
#: article's own, its product names as actors). Everything from the first line on is removed.
PAGE_TRAILER = (re.compile(r"^anyone\s+can\s+join[.!]?$", re.IGNORECASE),
                re.compile(r"^anyone\s+can\s+contribute[.!]?$", re.IGNORECASE))

#: Boilerplate is short: a longer line is prose even when it starts like a promotion.
MAX_BOILERPLATE_CHARS = 200

#: A news service's terms of republication, on a line of their own under a syndicated story ("All content created
#: by X ... is available without charge to any legitimate news publisher ... All republished articles must include
#: our logo ...; contact licensing@..."): longer than other boilerplate, so with its own limit.
REPUBLICATION_TERMS = re.compile(
    r"\b(?:is\s+available\s+(?:without\s+charge|free\s+of\s+charge)\s+to\s+any\s+(?:legitimate\s+)?news\s+"
    r"publishers?|all\s+republished\s+(?:articles|stories|content)\s+must\s+include)\b",
    re.IGNORECASE)
MAX_TERMS_CHARS = 700

#: An embedded post's line holds the post itself (up to 280 characters) and its link or signature.
MAX_EMBED_CHARS = 400

#: A dateline at the start of an article: "MOSCOW:", "KYIV, March 3 -", "WASHINGTON (Reuters) -".
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\- ]{1,40}[A-Z])"  # MOSCOW, NEW YORK, ST. PETERSBURG
    r"(?:,[^:\n]{0,40})?"  # , March 3
    r"(?:\s*\([^)\n]{1,40}\))?"  # (Reuters)
    r"\s*[:\u2014\u2013-]\s"
)

#: Control characters other than newline and tab are dropped: they carry no text and break renderers.
_CONTROL = {c for c in range(0x20) if c not in (0x09, 0x0A)} | {0x7F}
_CONTROL_TABLE = dict.fromkeys(_CONTROL)

MAX_TITLE_CHARS = 250


def normalize_text(text: str) -> str:
    """Normalize newlines and drop control characters and a leading byte-order mark."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = text.lstrip("\ufeff").translate(_CONTROL_TABLE)
    return unicodedata.normalize("NFC", text)


def split_title(text: str) -> tuple[str | None, str]:
    """Return (title, body): the first line is the title when a blank line follows it.

    A first "line" longer than MAX_TITLE_CHARS is a lead paragraph in a text whose paragraphs are
    separated by blank lines, not a title, and stays in the body.
    """
    lines = text.split("\n", 2)
    if len(lines) == 3 and lines[0].strip() and not lines[1].strip() and len(lines[0]) <= MAX_TITLE_CHARS:
        return lines[0].strip(), lines[2]
    return None, text


def is_boilerplate(line: str) -> bool:
    """Whether one stripped line is page furniture wherever it stands (not article prose)."""
    if not line:
        return False
    if FORM_FINE_PRINT.match(line):
        # the fine print alone, or followed on its line by other furniture (an embedded post pasted after a poll)
        rest = FORM_FINE_PRINT.sub("", line).strip()
        if not rest or (not FORM_FINE_PRINT.match(rest) and is_boilerplate(rest)):
            return True
    if EMBED_SIGNATURE.search(line) or EMBED_LINK.search(line) or EMBED_POSTED_BY.search(line):
        return len(line) <= MAX_EMBED_CHARS
    if REPUBLICATION_TERMS.search(line):
        return len(line) <= MAX_TERMS_CHARS
    return len(line) <= MAX_BOILERPLATE_CHARS and bool(
        BOILERPLATE_LINE.match(line) or SECTION_HEADER.match(line) or SOCIAL_BUTTONS.match(line))


def trailer_start(lines: list[str]) -> int:
    """The index of the line that starts a community site's trailer (:data:`PAGE_TRAILER`), or ``len(lines)``."""
    first, second = PAGE_TRAILER
    body = [(i, line.strip()) for i, line in enumerate(lines) if line.strip()]
    for (i, line), (_, nxt) in itertools.pairwise(body):
        if first.match(line) and second.match(nxt):
            return i
    return len(lines)


def is_bare_section_header(line: str) -> bool:
    """A section label alone on its line ("Most read in News", "Related"), not one followed by a headline."""
    return bool(SECTION_HEADER.match(line)) and not re.search(r"[:|>\u00bb\u2013\u2014]\s*\S", line)


def strip_chrome(text: str, keep_offsets: bool = False) -> tuple[str, list[str]]:
    """Remove page chrome and boilerplate lines; return (text, removed lines in the order they stood).

    With ``keep_offsets`` the text comes back as long as it came in, every kept character at its own offset: what
    is removed is blanked instead of cut (:func:`blank_removed`), and nothing is stripped from the ends.

    0. A community site's trailer (:func:`trailer_start`): its pitch and the advertisements after it, to the end.
    1. Trailing chrome: walk back from the end over :data:`CHROME_LINE` and blank lines. Only chrome that ends
       the article is cut there, so a body sentence that happens to say "Comments" or "Print" is kept.
    2. Boilerplate anywhere (:func:`is_boilerplate`): cookie notices, "Most read in ...", subscription,
       newsletter, shop and channel promotions, share buttons, embedded social posts, links standing alone on
       their line, "click here" calls and a news service's terms of republication. Each pattern must match a
       whole short line, so prose that mentions subscribers or shares is never touched.
    3. Blank lines left doubled by a removal are merged, so paragraph boundaries stay as they were.
    4. A bracketed link to another story inside a paragraph ("(RELATED: ...)", :data:`INLINE_FURNITURE`) is cut
       out of its line, and so is a form's fine print in front of a paragraph (:data:`FORM_FINE_PRINT_RUN`).
    """
    lines = text.split("\n")
    removed: list[tuple[int, str]] = []
    # 0. a community site's trailer: its pitch and advertisements, from the pitch's first line to the end
    end = trailer_start(lines)
    removed += [(i, lines[i].strip()) for i in range(end, len(lines)) if lines[i].strip()]
    # 1. trailing chrome
    while end > 0 and (not lines[end - 1].strip() or CHROME_LINE.match(lines[end - 1].strip())):
        if lines[end - 1].strip():
            removed.append((end - 1, lines[end - 1].strip()))
        end -= 1
    # 2. boilerplate anywhere
    body: list[str] = []
    kept: list[int] = []  # the input line each line of ``body`` is
    headlines_left = poll_left = 0
    for i, line in enumerate(lines[:end]):
        stripped = line.strip()
        in_list = headlines_left > 0 and bool(HEADLINE_LIKE.match(stripped))
        # a poll's marker with its question on the same line ("take our poll - ... Whom do you ...?") starts it too
        in_poll = (poll_left > 0 or bool(POLL_MARKER_QUESTION.match(stripped))) and bool(POLL_LINE.match(stripped))
        if stripped:
            headlines_left = headlines_left - 1 if in_list else 0
            poll_left = max(poll_left - 1, 0) if in_poll else 0
        if in_list or in_poll or is_boilerplate(stripped):
            if not in_list and is_bare_section_header(stripped):
                headlines_left = MAX_HEADLINE_LIST  # "Most read in News": the other stories' headlines follow
            if POLL_MARKER.match(stripped):
                poll_left = MAX_HEADLINE_LIST  # "take our poll": its question and answers follow
            removed.append((i, stripped))
            # 3. a removed line between two blank lines leaves one blank line, not two
            if body and not body[-1].strip() and i + 1 < end and not lines[i + 1].strip():
                body.pop()
                kept.pop()
            continue
        fine_print = FORM_FINE_PRINT_RUN.match(line)
        if fine_print:
            removed.append((i, fine_print.group().strip()))
            line = line[fine_print.end():]
        for m in INLINE_FURNITURE.finditer(line):
            removed.append((i, m.group().strip()))
        body.append(INLINE_FURNITURE.sub("", line))
        kept.append(i)
    if keep_offsets:
        return blank_removed(text, lines, kept, "\n".join(body)), [line for _, line in sorted(removed)]
    return "\n".join(body).strip(), [line for _, line in sorted(removed)]


def blank_removed(text: str, lines: list[str], kept: list[int], cut: str) -> str:
    """The input ``text`` with what cleaning removed blanked in place: as long as ``text``, each kept character at
    its input offset, so a span of the cleaned text is a span of the input (the acceptance scorer maps spans back
    by one shift; a removal from the middle of the text used to move everything after it).

    ``lines`` are the input's lines, ``kept`` the indices of those that stay and ``cut`` the text cleaning made by
    cutting the rest out (:func:`strip_chrome`). Between two kept non-blank characters the blank run is the one the
    cut text has there (its line breaks, so paragraphs and blank lines stay as they were), padded with spaces to
    the input's length, the spaces before its first line break (at the end of the line above the removal, which
    :func:`~spinscope.components.core.paragraph_ranges` trims). Where nothing was removed the run is the input's
    own. The removed text reaches no layer: it is listed in ``article.removed`` only.
    """
    if kept == list(range(len(kept))) and cut == "\n".join(lines[:len(kept)]):
        # round 44 (speed45): nothing cut but lines at the end (trailing blank lines, chrome): the cut text is the
        # input's own start, every kept character stands at its own offset and every run between two of them is
        # the input's own, so the walk below gives the input with the blanks before its first and after its last
        # kept (non-blank) character turned to spaces (all spaces when it keeps none)
        if not cut.strip():
            return " " * len(text)
        first, last = len(cut) - len(cut.lstrip()), len(cut.rstrip()) - 1  # (str.strip strips what isspace says)
        return " " * first + text[first:last + 1] + " " * (len(text) - last - 1)
    starts = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))
    places = []
    for i in kept:
        line = lines[i]
        fine_print = FORM_FINE_PRINT_RUN.match(line)  # cut from the line's start before the inline furniture
        skip = fine_print.end() if fine_print else 0
        inside = [(0, skip)] + [(s + skip, e + skip) for s, e in (m.span() for m in INLINE_FURNITURE.finditer(
            line[skip:]))]
        if len(inside) == 1:  # speed43: no inline furniture: the kept characters are those from ``skip`` on
            base = starts[i]
            places += [base + j for j in range(skip, len(line)) if not line[j].isspace()]
            continue
        places += [starts[i] + j for j, ch in enumerate(line)
                   if not ch.isspace() and not any(s <= j < e for s, e in inside)]
    marks = [k for k, ch in enumerate(cut) if not ch.isspace()]
    if len(places) != len(marks):  # cannot happen: the cut text is the kept lines' characters in order
        raise AssertionError(f"cleaning kept {len(places)} characters but the cut text has {len(marks)}")
    out = [" "] * len(text)
    for n, (p, k) in enumerate(zip(places, marks, strict=True)):
        out[p] = text[p]
        if n + 1 == len(places):
            break
        q, run = places[n + 1], cut[k + 1:marks[n + 1]]
        if run != text[p + 1:q]:
            brk = run.find("\n") if "\n" in run else len(run)
            run = run[:brk] + " " * (q - p - 1 - len(run)) + run[brk:]
        out[p + 1:q] = run
    return "".join(out)


def _same_line(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def drop_repeated_title(title: str, body: str) -> tuple[str, str | None]:
    """Return (body, removed paragraph): a first body paragraph that only repeats the title is dropped.

    Scraped text often gives the headline twice (the page's title, then the article's own heading); analysed
    twice, its quotes, claims and techniques would be counted twice. A body that is nothing but the title again
    stays: the text then has a title and a body, as the user wrote it.
    """
    first, _, rest = body.partition("\n\n")
    if first.strip() and rest.strip() and _same_line(first, title):
        return rest.lstrip("\n"), first.strip()
    return body, None


def find_dateline(text: str) -> str | None:
    match = DATELINE.match(text)
    return match.group("place").strip() if match else None


#: Hard-wrapped text (e-mail, newsletters, plain-text archives) breaks its lines near one width: a text is read as
#: such when it has enough lines, its widest lines are 40-100 characters, half its lines reach 70% of that width
#: none is much longer (one paragraph a line, the SemEval and PTC convention, has lines of every length), and most
#: of its long lines go on in lowercase on the next (a list of headlines has lines of one width too).
HARD_WRAP_MIN_LINES = 5
HARD_WRAP_WIDTHS = (40, 100)
#: Where a hard-wrapped line ends a paragraph: shorter than this share of the width, or before a list item.
HARD_WRAP_SOFT_SHARE = 0.6
LIST_ITEM = re.compile(r"\s*(?:[-*\u2022\u00b7]|\d{1,2}[.)])\s")
HARD_WRAP_WARNING = "W011"


def unwrap_hard_lines(text: str) -> tuple[str, int]:
    """Join the lines of a hard-wrapped text into their paragraphs: each break after a line that fills the width
    and before another text line becomes a space, so a sentence broken across lines is one sentence again (and
    every offset into the text stays what it was). Returns the text and the number of breaks joined; a text that
    is not hard-wrapped comes back as it was."""
    lines = text.split("\n")
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < HARD_WRAP_MIN_LINES:
        return text, 0
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if not HARD_WRAP_WIDTHS[0] <= width <= HARD_WRAP_WIDTHS[1] or lengths[-1] > 1.3 * width or \
            sum(n >= 0.7 * width for n in lengths) < 0.5 * len(lengths):
        return text, 0
    soft = [bool(line.strip() and nxt.strip()) and len(line.rstrip()) >= HARD_WRAP_SOFT_SHARE * width and
            not LIST_ITEM.match(nxt) for line, nxt in itertools.pairwise(lines)]
    # prose broken mid-sentence goes on in lowercase on most next lines; a list of headlines never does
    lower = sum(nxt.lstrip()[:1].islower() for nxt, is_soft in zip(lines[1:], soft, strict=True) if is_soft)
    if not any(soft) or lower < 0.5 * sum(soft):
        return text, 0
    out = [lines[0]]
    for line, is_soft in zip(lines[1:], soft, strict=True):
        out += [" " if is_soft else "\n", line]
    return "".join(out), sum(soft)


def title_gap(full: str, title: str, body_start: int) -> str:
    """What stands between a text file's title and its body's first kept character (at ``body_start`` in the
    input ``full``): a blank line, and where something was removed there (a repeated headline, a line of page
    furniture) spaces before it, so the body keeps its input offset after the title. Blank lines alone between
    them are still read as one (a shift of a few characters, which moves no span to another occurrence)."""
    title_end = len(full) - len(full.lstrip()) + len(title)
    if not full[title_end:body_start].strip():
        return "\n\n"
    return " " * max(0, body_start - title_end - 2) + "\n\n"


def make_document(article: ArticleInput) -> Document:
    """Clean an input article into a fresh working document.

    Text and metadata are sanitized first (lone surrogates replaced, NULs and control characters removed,
    see :mod:`.sanitize`), whatever path the article came by; what that changed is a warning on the result.
    """
    fields = ("text", "title", "url", "outlet", "author", "published", "id", "source")
    values, warning = sanitize_fields({name: getattr(article, name) for name in fields})
    text, unwrapped = unwrap_hard_lines(normalize_text(values["text"] or ""))
    title = values["title"]
    title_in_text = False
    full = text
    if title is None and article.input_format == "text":
        # A text file's headline is its first line: it is the title, and it stays the first paragraph of the text,
        # so every span (a headline's "X says Y" among them) is an offset into what the user gave.
        title, text = split_title(text)
        title_in_text = title is not None
    body_at = len(full) - len(text)  # the body is the input's tail
    # what is removed from the middle of the text is blanked, not cut: every kept character after it stays at its
    # input offset (less what went before the body's first kept character), see blank_removed
    text, removed = strip_chrome(text, keep_offsets=True)
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    if title is not None:
        title = normalize_text(title).strip() or None
    if title_in_text and title:
        before = len(text)
        text, repeated = drop_repeated_title(title, text)
        if repeated is not None:
            removed.insert(0, repeated)
            lead += before - len(text)
    place = find_dateline(text)
    if title_in_text and title and text:
        text = f"{title}{title_gap(full, title, body_at + lead)}{text}"
    else:
        title_in_text = False
    meta = ArticleInput(
        text=values["text"] or "",
        title=title,
        url=values["url"],
        outlet=values["outlet"],
        author=values["author"],
        published=values["published"],
        id=values["id"],
        source=values["source"],
        input_format=article.input_format,
        digest=article.digest,
        warnings=list(article.warnings),
    )
    doc = Document(text=text, meta=meta, removed=removed, place=place, title_in_text=title_in_text)
    for message in [*article.warnings, *([warning] if warning else [])]:
        doc.warn("ingest", ReplacedCharacters.code, message)
    if unwrapped:
        doc.warn("ingest", HARD_WRAP_WARNING, f"hard-wrapped text: {unwrapped} line breaks inside paragraphs were "
                 "read as spaces")
    return doc
