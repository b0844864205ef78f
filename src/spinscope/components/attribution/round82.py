"""Attributions, round 82 (issue 16, helper round 46): shapes of English news pages' development errors.

One pass, ``round82_attributions``, called from ``extract_attributions`` after the lead's round 46 pass (the lead's
round 47 pass comes between them at the merge; neither reads the other's records). Its tests are in
``tests/test_attr82.py`` (invented sentences).

1. **A quotation that runs past the sentence.** 'X said Y "<words> ... <words>. <words>."': the speaker's partial
   quotation opens inside an indirect or mixed content and closes one or more sentences later in the same paragraph;
   the sentence splitter cut the content at the first sentence end (often an ellipsis), and a report verb inside the
   rest of the quotation ("<subject> underscores that ...") became a record of its own. The content runs to the
   closing mark (its final period or comma left out, as the golds bound contents), and a record whose cue and
   content lie inside the added stretch goes (PolNeAR's nesting rule: a report inside a quoted content is the
   speaker's words, not a new attribution). Only a quotation woven into the clause (its opening mark after a word);
   a direct quotation opened after a colon or comma is left (PolNeAR's tuning half: its speakers fell there).
2. **A speaker after the quotation and its tail.** '"<quote>" <clause>, <Name>, <title of ...>, told reporters.':
   with no speaker found, the content ran on to the cue over the name and its title. The content ends before
   ", <Name>", the name (two to four capitalised words) is the speaker, named, typed ``person`` where no type was
   given (a title after the name is not read for an office).
3. **An appointment is no report.** "<Name> was (later) named <lower-case title> of ...": a speakerless record whose
   cue is a passive "named" followed by a role goes ("named as <NP>", an identification, is left; PolNeAR's tuning
   half has no gold cue "named" and no passive "named <role>").
"""

from __future__ import annotations

import re

from ...result import Attribution, Span

#: Straight and curly double quotation marks.
OPENERS_82, CLOSERS_82 = ('"', "\u201c"), ('"', "\u201d")
#: ", <Name>, <lower-case title ...>," or ", <Name>" right before the cue.
NAME_TAIL_82 = re.compile(
    r",\s+((?:[A-Z][\w.'\u2019-]+\s+){1,3}[A-Z][\w'\u2019-]+)(?:,\s+[a-z][^\"\u201c\u201d]*?)?,?\s*$")


#: A passive "named" before a role: "was later named chief", "were named the new ...".
APPOINTED_82 = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+|later\s+|also\s+)?$")
ROLE_AFTER_82 = re.compile(r"\s+(?:(?:the|a|an)\s+)?[a-z]")


def _open_quote_82(text: str, start: int, end: int) -> int | None:
    """The offset of a double quotation mark opened in text[start:end] and not closed there, else None."""
    seg = text[start:end]
    if seg.count("\u201c") > seg.count("\u201d"):
        return start + seg.rfind("\u201c")
    if "\u201c" not in seg and "\u201d" not in seg and seg.count('"') % 2 == 1:
        return start + seg.rfind('"')
    return None


def _closing_82(text: str, open_at: int, after: int) -> int | None:
    """The closing mark of the quotation opened at ``open_at``, searched from ``after`` within the paragraph."""
    closer = "\u201d" if text[open_at] == "\u201c" else '"'
    para_end = text.find("\n", after)
    para_end = len(text) if para_end < 0 else para_end
    close = text.find(closer, after, para_end)
    if close < 0:
        return None
    # another quotation opened on the way means the marks do not pair as read here
    if any(text.find(o, after, close) >= 0 for o in OPENERS_82 if o != closer):
        return None
    return close


def _run_on_quote(text: str, attributions: list[Attribution]) -> list[Attribution]:
    out = list(attributions)
    drop: set[int] = set()
    for i, a in enumerate(out):
        c = a.content
        if a.kind not in ("indirect", "mixed") or c is None or i in drop:
            continue
        open_at = _open_quote_82(text, c.start, c.end)
        # a partial quotation woven into the clause ('Bushehr "does not ...', 'an "example of ...'), not a direct
        # quotation after a colon or a comma ('recalled thinking, "...', 'admonishing the client: "...')
        if open_at is None or not text[:open_at].rstrip()[-1:].isalnum():
            continue
        close = _closing_82(text, open_at, c.end)
        if close is None or not re.search(r"[.!?]", text[c.end:close]):
            continue
        end = close
        while end > c.end and text[end - 1] in ".,;: ":
            end -= 1
        if end <= c.end:
            continue
        for j, b in enumerate(out):
            if j != i and b.cue is not None and c.end <= b.cue.start and b.content.end <= close \
                    and b.content.start >= c.end:
                drop.add(j)
        content = c.model_copy(update={"end": end})
        out[i] = a.model_copy(update={"content": content, "end": max(a.end, end)})
    return [a for k, a in enumerate(out) if k not in drop]


def _speaker_after_tail(text: str, attributions: list[Attribution]) -> list[Attribution]:
    out = []
    for a in attributions:
        c, cue = a.content, a.cue
        if a.speaker is not None or cue is None or c is None or a.kind == "according_to" \
                or c.end > cue.start or text[c.end:cue.start].strip(" ,") or text[c.start] not in OPENERS_82:
            out.append(a)
            continue
        closes = [text.rfind(q, c.start + 1, c.end) for q in CLOSERS_82]
        last_close = max(closes)
        m = NAME_TAIL_82.search(text, max(last_close, c.start) + 1, c.end)
        if last_close <= c.start or m is None:
            out.append(a)
            continue
        name_start, name_end = m.start(1), m.end(1)
        speaker = Span(start=name_start, end=name_end, label="speaker", score=a.score, evidence=a.evidence)
        content = c.model_copy(update={"end": m.start()})
        out.append(a.model_copy(update={
            "speaker": speaker, "content": content, "speaker_name": text[name_start:name_end], "named": True,
            "source_type": a.source_type if a.source_type not in (None, "anonymous") else "person"}))
    return out


def _appointment(text: str, a: Attribution) -> bool:
    cue = a.cue
    if a.speaker is not None or cue is None or text[cue.start:cue.end].lower() != "named":
        return False
    after = ROLE_AFTER_82.match(text, cue.end)
    return bool(APPOINTED_82.search(text, max(0, cue.start - 40), cue.start)) and after is not None \
        and not text[cue.end:cue.end + 4].strip().lower().startswith("as")


def round82_attributions(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """The module's rules, in order."""
    out = _speaker_after_tail(text, _run_on_quote(text, attributions))
    return [a for a in out if not _appointment(text, a)]
