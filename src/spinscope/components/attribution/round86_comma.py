"""Attributions, round 86: the comma helpers ``cues._coordinated_cut`` calls (notes in ``round86.py``; a module of
their own because ``cues`` imports them and ``round86`` imports ``cues`` through the older rounds)."""

from __future__ import annotations

import re

#: Each rule of this round by name, on (the measure script turns one off to read main's behaviour in one process).
ON_R86 = {"participle": True, "dash_quote": True}

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


__all__ = ["ON_R86", "ends_with_comma_r86", "participle_r86"]
