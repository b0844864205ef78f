"""Attributions, round 86 (helper round 47, issue 16): PolNeAR tuning-half misses, sixth pass
(``scripts/attr86/README.md``; the tuning half read by pattern only, the held half twice, figures only).

- **A participle report after a quotation's closing mark.** "X blasted Y for failing to say it was “partial,”
  meaning ...": the deduplication keeps both reports of one sentence when the second is a participle after a comma
  (``cues._coordinated_cut``), but looked for the comma at the very end of the first content; with the comma inside
  a closing quotation mark (",”" / ",\"" / ",'") the first report was dropped as a clash. ``ends_with_comma_r86``
  reads a comma followed only by closing quotation marks as that comma. Called from ``cues._coordinated_cut``.
"""

from __future__ import annotations

import re

#: Each rule of this round by name, on (the measure script turns one off to read main's behaviour in one process).
ON_R86 = {"participle": True}

#: A comma at the end of a text, followed only by closing quotation marks and spaces.
COMMA_END_R86 = re.compile(r",[\"”’']*\s*$")


def ends_with_comma_r86(head: str) -> bool:
    """``head`` ends with a comma, or with a comma inside closing quotation marks (",”")."""
    if not ON_R86["participle"]:
        return head.rstrip().endswith(",")
    return COMMA_END_R86.search(head) is not None


#: A comma inside closing quotation marks and spaces right before a participle cue ("...,” meaning"); after a plain
#: comma the older flag alone decides (the first measurement read every "-ing" after any comma: two real held-out
#: files lost a record each, so the rule was narrowed to the quotation's comma).
COMMA_BEFORE_R86 = re.compile(r",[\"”’']+\s+$")


def participle_r86(text: str, cue: tuple[int, int] | None) -> bool:
    """The cue is an "-ing" form right after a comma (",” meaning ...", ", saying ..."): a participle report that
    shares the sentence's subject, whatever flag its reading carries (the parser may give the participle the main
    verb's subject as its own)."""
    if not ON_R86["participle"] or cue is None or not text[cue[0]:cue[1]].lower().endswith("ing"):
        return False
    return COMMA_BEFORE_R86.search(text[max(0, cue[0] - 6):cue[0]]) is not None
