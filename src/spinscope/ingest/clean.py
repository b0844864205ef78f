"""Cleaning: turn raw article text into the one clean text every offset points into.

Cleaning runs before any analysis, so every span in the result is an offset into the cleaned text and
never needs remapping. What cleaning removes is kept on ``article.removed``: nothing is lost silently.
"""

from __future__ import annotations

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


def strip_chrome(text: str) -> tuple[str, list[str]]:
    """Remove page-chrome lines at the end (and cookie notices anywhere); return (text, removed lines).

    Only chrome that ends the article is cut from the tail, so a sentence in the body that happens
    to say "Comments" is kept. Cookie notices are removed wherever they stand.
    """
    lines = text.split("\n")
    removed: list[str] = []
    # 1. trailing chrome: walk back from the end over chrome and blank lines
    end = len(lines)
    while end > 0 and (not lines[end - 1].strip() or CHROME_LINE.match(lines[end - 1].strip())):
        if lines[end - 1].strip():
            removed.insert(0, lines[end - 1].strip())
        end -= 1
    kept = lines[:end]
    # 2. cookie notices anywhere
    body: list[str] = []
    for line in kept:
        stripped = line.strip()
        if stripped and re.match(r"^(?:we\s+use\s+cookies|this\s+(?:web)?site\s+uses\s+cookies)", stripped, re.I):
            removed.append(stripped)
            continue
        body.append(line)
    return "\n".join(body).strip(), removed


def find_dateline(text: str) -> str | None:
    match = DATELINE.match(text)
    return match.group("place").strip() if match else None


def make_document(article: ArticleInput) -> Document:
    """Clean an input article into a fresh working document.

    Text and metadata are sanitized first (lone surrogates replaced, NULs and control characters removed,
    see :mod:`.sanitize`), whatever path the article came by; what that changed is a warning on the result.
    """
    fields = ("text", "title", "url", "outlet", "author", "published", "id", "source")
    values, warning = sanitize_fields({name: getattr(article, name) for name in fields})
    text = normalize_text(values["text"] or "")
    title = values["title"]
    if title is None and article.input_format == "text":
        title, text = split_title(text)
    text, removed = strip_chrome(text)
    if title is not None:
        title = normalize_text(title).strip() or None
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
    doc = Document(text=text, meta=meta, removed=removed, place=find_dateline(text))
    for message in [*article.warnings, *([warning] if warning else [])]:
        doc.warn("ingest", ReplacedCharacters.code, message)
    return doc
