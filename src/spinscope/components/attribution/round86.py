"""Attributions, round 86 (helper round 47, issue 16): PolNeAR tuning-half misses, sixth pass
(``scripts/attr86/README.md``; the tuning half read by pattern only, the held half twice, figures only).

- **A participle report after a quotation's closing mark.** "X blasted Y for failing to say it was “partial,”
  meaning ...": the deduplication keeps both reports of one sentence when the second is a participle after a comma
  (``cues._coordinated_cut``), but looked for the comma at the very end of the first content; with the comma inside
  a closing quotation mark (",”" / ",\"" / ",'") the first report was dropped as a clash. ``ends_with_comma_r86``
  reads a comma followed only by closing quotation marks as that comma, and ``participle_r86`` reads an "-ing" cue
  right after such a quoted comma as a participle sharing the sentence's subject. Both live in ``round86_comma.py``
  (``cues`` imports them; this module imports ``cues`` through the older rounds) and are called from
  ``cues._coordinated_cut``.
- **A quotation set off by dashes.** "<sentence> <Person> -- ''<quotation>'' -- and ..." / "<Person> hardly
  answered, treating it as a joke -- “<quotation>” -- and ...": the quotation between two dashes is the person's
  words; main had no record for it (or one of a quotation with no speaker over the whole sentence). ``round86_
  attributions`` (after ``round83`` in ``extract_attributions``) adds a record: content the quotation with its
  marks, cue the opening dash (PolNeAR's convention: the dash is the cue), speaker the person named right before the
  dash, else the sentence's subject when it is a person. A speakerless quotation record over the same quotation is
  replaced. Nothing fires when a record with a cue already starts its content inside the quotation.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...document import Document
from ...result import Attribution
from ._shared import landed
from .round56 import _sentence_bounds
from .round77 import _record
from .round86_comma import ON_R86, ends_with_comma_r86, participle_r86
from .sources import SourceTable

if TYPE_CHECKING:
    from spacy.tokens import Token

#: A quotation between two dashes: the opening dash, the quotation with its marks, the closing dash.
DASH_QUOTE_R86 = re.compile(r"(?P<dash>--|—|–|―)[ \t]?"
                            r"(?P<q>''(?:(?!'').){8,400}?''|“[^“”\n]{8,400}?”|\"[^\"\n]{8,400}?\")[ \t]?(?:--|—|–|―)")
#: Records of a quotation without a cue: replaced by the dash's record when they hold its quotation.
SPEAKERLESS_R86 = ("quote-continues-previous", "quote-no-speaker")


def _token_at(doc: Document, pos: int) -> Token | None:
    for para in doc.parsed:
        if para.offset <= pos < para.offset + len(para.doc.text):
            for tok in para.doc:
                if para.offset + tok.idx <= pos < para.offset + tok.idx + len(tok):
                    return tok
    return None


def _person_span(tok: Token, offset: int) -> tuple[int, int] | None:
    """The person's name ending at ``tok`` (its PERSON entity, with a title such as "Mr." before it)."""
    if tok.ent_type_ != "PERSON" or tok.pos_ != "PROPN":
        return None
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is None or ent.end != tok.i + 1:
        return None
    first = ent.start
    if first > 0 and tok.doc[first - 1].text in ("Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Rep.", "Gov."):
        first -= 1
    return offset + tok.doc[first].idx, offset + tok.idx + len(tok)


def _dash_speaker(doc: Document, dash: int) -> tuple[int, int] | None:
    """The person right before the dash, else the first subject of the dash's sentence when it is a person."""
    tok = _token_at(doc, dash)
    if tok is None or tok.i == 0:
        return None
    para = next(p for p in doc.parsed if p.doc is tok.doc)
    before = tok.doc[tok.i - 1]
    span = _person_span(before, para.offset)
    if span is not None:
        return span
    # the sentence's first subject before the dash (the parser may make the quotation's verb the root)
    subj = next((t for t in tok.sent if t.i < tok.i and t.dep_ == "nsubj"), None)
    return _person_span(subj, para.offset) if subj is not None else None


def _dash_quotes(text: str, doc: Document, attributions: list[Attribution],
                 table: SourceTable) -> list[Attribution]:
    """"<Person> -- ''<quotation>'' --" (module's notes)."""
    out = list(attributions)
    for m in DASH_QUOTE_R86.finditer(text):
        q0, q1 = m.span("q")
        sent = _sentence_bounds(text, m.start("dash"))
        if not sent[0] < m.start("dash") or q1 > sent[1] + 2:
            continue
        if any(a.cue is not None and not a.evidence.split(":")[1].startswith(SPEAKERLESS_R86)
               and q0 <= a.content.start < q1 for a in out):
            continue
        speaker = _dash_speaker(doc, m.start("dash"))
        if speaker is None:
            continue
        out = [a for a in out if not (a.evidence.split(":")[1].startswith(SPEAKERLESS_R86) and (
            (a.content.start <= q0 and q1 - 2 <= a.content.end) or (q0 <= a.content.start and a.content.end <= q1)))]
        out.append(_record(text, speaker, m.span("dash"), (q0, q1), "attributions.v1:dash-quote-86", table,
                           text[sent[0]:sent[1]]))
    return out


def round86_attributions(text: str, doc: Document, attributions: list[Attribution],
                         table: SourceTable) -> list[Attribution]:
    """Round 86's pass (see the module's notes) over the finished attributions."""
    if not ON_R86["dash_quote"]:
        return attributions
    out = _dash_quotes(text, doc, attributions, table)
    return landed(out, attributions)


__all__ = ["ON_R86", "ends_with_comma_r86", "participle_r86", "round86_attributions"]
