"""Attributions, round 72 (issue 16): the PolNeAR tuning half's misses and false findings by pattern.

One pass, ``round72_attributions``, called once from ``extract_attributions`` after ``round68_attributions`` (the
last finished pass on main; rounds 70 and 71 add their own passes there in parallel: the lead orders them at the
merge; this one reads only finished records and merges two of them, so its place among those is free). The error
table is ``scripts/attr72/errors_tune.tsv`` (offsets and pattern labels only); each rule has invented tests in
``tests/test_attr72.py``.

- **'"A," X said, and still "B"': a statement and the quotation its own sentence runs on into are one statement.**
  '"The clerk never filed it," the councillor said, and still "sat on the board."': the quotation after the comma
  and "and" has no cue of its own; the quotation reader gives it its own record (``quote-continues-previous``) with
  the same speaker, which takes PolNeAR's match and leaves the first part spurious. PolNeAR annotates the pair as
  one attribution with a discontinuous content, and the older real golds keep a one-sentence pair one statement
  too (lead round 41's '"A," he said, "B."' guard). Also 'X said A, and of "B"' (the content's sentence goes on
  into the quotation). Merged: the first record runs on to the quotation's end; the quotation's record goes. Only
  for "say", a day at most between the cue and the comma, no paragraph break between, and only where the first
  part opens its paragraph (a wire text whose paragraph breaks were lost, as the Lee articles are, is left alone).
- **Backed out: the same pair across a full stop** ('A, X said. "B"', '"A," X said Monday. "B"'): PolNeAR merges
  those too (2 more tuning-half pairs), but the real golds split them (rounds 31-33's convention) and the broad
  form cost ``attributions_real37_heldout`` one match; the lead's call (docs/EVALUATION.md, round 42, attr72).
"""

from __future__ import annotations

import re

from ...document import Document
from ...result import Attribution
from .rules import NAME
from .sources import SourceTable

#: A sentence's end inside a paragraph (a full stop, question or exclamation mark, closing quotes, a capital next).
SENTENCE_END_72 = re.compile(r"[.!?][\"”']*\s+(?=[\"“'A-Z])")
#: The reporting verb forms of "say" whose paraphrase and following quotation PolNeAR keeps as one statement.
SAY_72 = frozenset({"said", "says", "say"})
#: Between the cue and the quotation: an optional day or time, a comma and "and" (the same sentence goes on), the
#: quotation's opening marks. A full stop there (a new sentence) is the split-pair convention of the real golds.
_DAY_72 = (r"(?:(?:on\s+|last\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|"
           r"week|night|morning|afternoon|evening)\s*)?")
AFTER_CUE_72 = re.compile(r"\s*" + _DAY_72 + r",\s*(?:and|but)\s+(?:still\s+|also\s+)?(?:[\"“]|'')\s*$")
#: 'X said A, and of "B"': the paraphrase's sentence goes on into a quotation of the same report.
IN_SENTENCE_72 = re.compile(r"\s*,?\s*(?:and|but)\s+(?:\w+\s+){0,2}(?:[\"“]|'')\s*$")


def _is_continuation(a: Attribution) -> bool:
    return a.evidence.split(":")[1:2] == ["quote-continues-previous"]


def _opens_paragraph(text: str, doc: Document, start: int) -> bool:
    """Whether no whole sentence of its paragraph comes before ``start`` (the paraphrase opens its paragraph, or
    follows only its own speaker and cue): a wire text whose paragraph breaks were lost has many before."""
    para = next((p for p in doc.paragraphs if p.start <= start < p.end), None)
    if para is None:
        return False
    end = SENTENCE_END_72.search(text, para.start, min(len(text), start + 1))  # the capital at ``start`` too
    return end is None or end.start() >= start


def _pair(text: str, doc: Document, a: Attribution, b: Attribution) -> bool:
    """Whether ``b`` (a quotation with no cue of its own) goes on ``a``'s statement (see the module's notes)."""
    if a.cue is None or a.speaker is None or b.speaker is None or _is_continuation(a):
        return False
    if (a.speaker.start, a.speaker.end) != (b.speaker.start, b.speaker.end):
        return False
    if text[a.cue.start:a.cue.end].lower() not in SAY_72 or not a.content.end <= b.content.start:
        return False
    if "\n" in text[a.content.end:b.content.start] or b.content.start - a.content.end > 160:
        return False
    if not _opens_paragraph(text, doc, a.content.start):
        return False
    if a.content.end <= a.speaker.start and a.cue.end <= b.content.start:
        # '"A," X said, and still "B"': a day at most, then a comma and "and", between the cue and the quotation
        return AFTER_CUE_72.match(text[a.cue.end:b.content.start]) is not None
    if a.cue.end <= a.content.start:
        # "X said A, and of "B"": the same sentence goes on into the quotation
        return IN_SENTENCE_72.match(text[a.content.end:b.content.start]) is not None
    return False


def round72_attributions(text: str, doc: Document, attributions: list[Attribution],
                         table: SourceTable) -> list[Attribution]:
    """Round 72's rule (see the module's notes) over the finished attributions."""
    del table
    out = list(attributions)
    dropped: set[int] = set()
    for j, b in enumerate(out):
        if not _is_continuation(b):
            continue
        before = [i for i, a in enumerate(out) if i not in dropped and a.content.end <= b.content.start
                  and a.speaker is not None and b.speaker is not None
                  and (a.speaker.start, a.speaker.end) == (b.speaker.start, b.speaker.end)]
        if not before:
            continue
        i = max(before, key=lambda k: out[k].content.end)
        a = out[i]
        if not _pair(text, doc, a, b):
            continue
        evidence = f"{a.evidence}:merged-72"
        out[i] = a.model_copy(update={
            "end": max(a.end, b.end, b.content.end),
            "content": a.content.model_copy(update={"end": b.content.end}),
            "kind": "mixed" if a.kind == "indirect" else a.kind, "evidence": evidence})
        dropped.add(j)
    return [a for k, a in enumerate(out) if k not in dropped]


__all__ = ["NAME", "round72_attributions"]
