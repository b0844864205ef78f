"""Round 46, helper tech52 (issue 15): the tagger's findings on a news page's furniture lines.

Pages saved by article extractors keep some of the page around the story: a trailing list of links to other stories
(a short title-case header, then one title per line) and image captions with their credits ("Header Image: ...
Credit: ..."). tech51 (branch ``tech51``, ``scripts/tech51/marks_m51.json``) marked the tagger's two findings there
wrong, whatever the label: a Doubt span on one link title, a Name_Calling span on a caption's plain word. Those lines
are not the writer's argument, so no technique finding in them is one the article makes.

``techniques_gate52.v1`` runs after ``techniques_gate47.v1`` (and after ``techniques_gate51.v1`` where branch
``tech51`` is merged; the two read different findings, so their order does not change the result) and, in an English
article, removes the tagger's spans (evidence exactly ``techniques.v1:<model>``) that lie wholly inside one line that
:func:`furniture_lines` marks, decided by the line's shape only:

- a caption or credit line (:func:`caption_line`): at most :data:`MAX_CAPTION_WORDS_52` words, opening with a
  picture label and a colon (one or two words before it at most: "Photo:", "Image:", "Header Image:", "Caption:",
  "Credit:", "Photograph:", "Illustration:") or carrying a credit label ("Credit:", "Photo credit:", "Image
  credit:") or "(Photo by" / "(Image by";
- a trailing title run (:func:`trailing_title_run`): at least :data:`MIN_RUN_52` non-blank lines at the very end of
  the text (blank lines between them only, nothing after them), each a title line (:func:`title_line`: after a list
  bullet, 2 to :data:`MAX_TITLE_WORDS_52` words, no final full stop, the first word and every word but short
  function words starting with a capital or a digit).

Kept: any finding in the body's lines, a finding that crosses a line break, the lexicon's and the rules' findings and
paragraph labels shown on a sentence; nothing is added in a removed span's place.

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
from .techniques43 import tagger_evidence

#: The fewest title lines that make a trailing run (a header and two links, or three links).
MIN_RUN_52 = 3

#: The most words a title line has (a long link title with a sign-up line runs to 16).
MAX_TITLE_WORDS_52 = 16

#: The most words a caption / credit line has (a long caption runs to 40; a whole article saved as one line that
#: opens "Photos:" is not a caption).
MAX_CAPTION_WORDS_52 = 60

#: Words a title may keep in lower case.
SMALL_WORDS_52 = frozenset({
    "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on", "per",
    "to", "up", "via", "vs", "vs.", "with", "from", "into", "onto", "over", "than", "that", "is", "are", "be", "if",
    "out", "its", "&", "-", "\u2013", "\u2014", "|",
})

#: A list bullet that opens a line.
_BULLET_52 = re.compile(r"^(?:[-*\u2022\u2013\u2014\u00b7>]|\d{1,2}[.)])\s+")

#: A picture label and colon opening a line (at most two words before it: "Header Image:", "Top photo:").
_CAPTION_OPEN_52 = re.compile(
    r"^(?:[A-Za-z]+\s+){0,2}(?:photo|photos|photograph|image|images|picture|illustration|caption|credit|credits)"
    r"\s*:", re.IGNORECASE)

#: A credit label anywhere in a line.
_CREDIT_52 = re.compile(r"(?:\b(?:Photo|Image|Picture)\s+[Cc]redit\s*:|\bCredit\s*:|\((?:Photo|Image)\s+by\s)")


def caption_line(line: str) -> bool:
    """Is ``line`` an image caption or a credit line, by its labels alone?

    >>> caption_line('Top Image: A boat on a grey river at dawn. Credit: Jo Bloggs')
    True
    >>> caption_line('Photo: the new bridge before it opened')
    True
    >>> caption_line('A field of wheat after the storm (Photo by Ann Lee/Agency)')
    True
    >>> caption_line('The minister said the photo was taken last week.')
    False
    >>> caption_line('Credit markets were calm on Tuesday, traders said.')
    False
    """
    s = line.strip()
    if not s or len(s.split()) > MAX_CAPTION_WORDS_52:
        return False
    return bool(_CAPTION_OPEN_52.match(s) or _CREDIT_52.search(s))


def title_line(line: str) -> bool:
    """Is ``line`` shaped like a headline or link title (title case, short, no final full stop)?

    >>> title_line('- Why the Old Mill Town Is Betting on Solar Power')
    True
    >>> title_line('Is Your Kettle Costing You More Than You Think?')
    True
    >>> title_line('More Stories From The Daily Planet')
    True
    >>> title_line('The council met on Monday and agreed the budget.')
    False
    >>> title_line('Prices rose again in the north of the country')
    False
    >>> title_line('Subscribe')
    False
    """
    s = _BULLET_52.sub("", line.strip())
    if not s or (s.endswith(".") and not s.endswith("...")):
        return False
    words = s.split()
    if not 2 <= len(words) <= MAX_TITLE_WORDS_52:
        return False
    for i, w in enumerate(words):
        core = w.strip("\"'\u2018\u2019\u201c\u201d([{:,;?!")
        if not core or not any(c.isalnum() for c in core):
            continue
        if core[0].isupper() or core[0].isdigit():
            continue
        if i > 0 and core.lower() in SMALL_WORDS_52:
            continue
        return False
    return True


def _lines52(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text``, the newline left out."""
    out, pos = [], 0
    for part in text.split("\n"):
        out.append((pos, pos + len(part)))
        pos += len(part) + 1
    return out


def trailing_title_run(text: str) -> list[tuple[int, int]]:
    """The lines of the title run that ends ``text`` (module docstring), or none when it is shorter than
    :data:`MIN_RUN_52`.

    >>> body = 'The plant will open next year, the firm said.\\n\\n'
    >>> links = 'More From The Gazette\\n\\n- Ten Towns Where Rents Fell\\n\\n- How a Ferry Saved an Island\\n'
    >>> len(trailing_title_run(body + links)), trailing_title_run(body + '- One Title Here\\n- Another Title\\n')
    (3, [])
    """
    run: list[tuple[int, int]] = []
    for start, end in reversed(_lines52(text)):
        line = text[start:end]
        if not line.strip():
            continue
        if not title_line(line):
            break
        run.append((start, end))
    return sorted(run) if len(run) >= MIN_RUN_52 else []


def furniture_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every caption / credit line and of the trailing title run's lines, in order."""
    caps = [(s, e) for s, e in _lines52(text) if caption_line(text[s:e])]
    return sorted(set(caps) | set(trailing_title_run(text)))


def without_furniture_findings(text: str, found: Sequence[Technique]) -> list[Technique]:
    """``found`` less the tagger's spans that lie wholly inside one of :func:`furniture_lines`."""
    if not any(tagger_evidence(t.evidence) for t in found):
        return list(found)
    lines = furniture_lines(text)
    if not lines:
        return list(found)
    return [t for t in found if not (tagger_evidence(t.evidence)
                                     and any(s <= t.start and t.end <= e for s, e in lines))]


@register("techniques_gate52.v1", requires=("text", "techniques"), assigns=("techniques",))
class TechniquesGate52:
    """Removes the tagger's findings inside a page's caption / credit lines and trailing list of titles (English)."""

    name = "techniques_gate52.v1"
    languages = ENGLISH | multilingual.PERSUASION_LANGUAGES

    def __call__(self, doc: Document) -> Document:
        if (doc.language or "en") not in ENGLISH or not doc.techniques:
            return doc
        doc.techniques = without_furniture_findings(doc.text, doc.techniques)
        return doc
