"""Attributions, lead round 46 (issue 16): two content bounds a fresh wire story showed.

One pass, ``lead46_attributions``, called once from ``extract_attributions`` after the lead's round 44 pass. It only
narrows contents, so its place among the finished passes is free. Each rule has its own invented test
(``tests/test_lead46.py``).

- **A quotation, then "and <verb>".** "The suspect declared, "I am innocent," and lashed out at the minister for
  ...": the parser can hang the second verb under the quotation's clause, so the content ran on past the closing
  quotation mark over the speaker's next act. The content is the quotation, and the record is direct.
- **A speaker and cue inside their own content.** "the publicity that he says has ruined his career": in a relative
  clause, the clause under "says" is the reported part, but the content span was cut from the relative clause's
  start and held "he says". The content starts after the cue (and a "that" right after it).
"""

from __future__ import annotations

import re

from ...result import Attribution

#: Opening and closing quotation marks of a direct quotation.
OPENING_QUOTES_L46 = frozenset('"“')
CLOSING_QUOTES_L46 = frozenset('"”')
#: After the closing quotation mark: the speaker's next act, "and <verb>" / "but <verb>".
NEXT_ACT_L46 = re.compile(r"\s+(?:and|but|then)\s+[a-z]{3,}")
#: A "that" between the cue and the reported clause.
THAT_L46 = re.compile(r"\s*(?:that\s+)?")


def _quotation_then_act(text: str, a: Attribution) -> Attribution:
    c = a.content
    if c is None or c.end - c.start < 4:
        return a
    if text[c.start] in OPENING_QUOTES_L46:
        inner = c.start + 1
    elif c.start > 0 and text[c.start - 1] in OPENING_QUOTES_L46:
        inner = c.start
    else:
        return a
    close = next((i for i in range(inner, c.end) if text[i] in CLOSING_QUOTES_L46), None)
    if close is None or NEXT_ACT_L46.match(text, close + 1) is None:
        return a
    end = close
    while end > inner and text[end - 1] in ", \n":
        end -= 1
    if end - inner < 2:
        return a
    content = c.model_copy(update={"start": inner, "end": end})
    spans = [s for s in (a.speaker, a.cue, content) if s is not None]
    return a.model_copy(update={"content": content, "kind": "direct", "label": "direct",
                                "start": min(s.start for s in spans), "end": max(s.end for s in spans)})


def _cue_inside_content(text: str, a: Attribution) -> Attribution:
    c, cue = a.content, a.cue
    if c is None or cue is None or not c.start <= cue.start < cue.end < c.end:
        return a
    # only the speaker's own words stand before the cue: "he says", "the minister claims"
    if a.speaker is None or text[c.start:cue.start].strip() != text[a.speaker.start:a.speaker.end].strip():
        return a
    match = THAT_L46.match(text, cue.end)
    start = match.end() if match else cue.end
    if c.end - start < 3:
        return a
    content = c.model_copy(update={"start": start})
    spans = [s for s in (a.speaker, a.cue, content) if s is not None]
    return a.model_copy(update={"content": content,
                                "start": min(s.start for s in spans), "end": max(s.end for s in spans)})


def lead46_attributions(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """Contents bounded as the module's notes say."""
    return [_cue_inside_content(text, _quotation_then_act(text, a)) for a in attributions]
