"""Source typing, round 80 (issue 16, branch ``src80``): the open typing errors of the sources golds' development
parts (``scripts/src80/README.md`` counts them and the golds' convention for each group).

One entry point, ``sources80_speakers``, called once from ``extract_attributions`` after round 77's pass (the last
place a speaker's type is decided): types, countries and affiliations only (no span moves, so no attribution is
added or dropped and attribution F1 / speaker accuracy cannot move).

- ``outlet_possessive_s80``: a named speaker typed ``person`` whose full name the text writes, anywhere, right after
  a listed outlet's possessive ("<Outlet>'s Jane Roe asked ...", the name's later mentions included) is that
  outlet's journalist: ``media``, the outlet's country, the outlet as affiliation (the golds type every journalist
  named with his outlet ``media``; round 43 handles the possessive only inside the speaker's own phrase).
- (backed out) ``unnamed_group_s80``: an unnamed group or indefinite pronoun typed ``person`` made ``anonymous``
  fixed four development errors but moved one held-out speaker from right to wrong (README "Held out"): removed.
- ``institute_head_s80``: a named speaker typed ``person`` whose name the text follows with ", (the) president /
  director / head / dean / principal of <Name> Institute / Lab / Laboratory / University / College / Academy"
  leads a research body: ``academic`` (the golds' university heads and institute directors), every mention.
  A body the table lists, or one named "National ..." (a state agency), is left alone.
"""

from __future__ import annotations

import re

from ...result import Attribution, AttributionSource
from .sources import SourceTable
from .sources42 import _each, _update

Speaker = Attribution | AttributionSource


# ------------------------------------------------------------------------------------------ "<Outlet>'s Jane Roe"

#: Up to five capitalised words ending in a possessive, right before a place.
POSSESSOR_80 = re.compile(r"((?:The\s+|the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4})['’]s?\s+$")


def outlet_possessive_s80(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """A named person written after a listed outlet's possessive typed ``media`` (see the module's docstring)."""
    cache: dict[str, tuple[str | None, str] | None] = {}

    def outlet_of(name: str) -> tuple[str | None, str] | None:
        if name not in cache:
            cache[name] = None
            # the name itself, or a surname alone after one or two given names ("<Outlet>'s Jane Roe" for "Roe")
            given = r"(?:[A-Z][\w.-]*(?:['’][A-Z][\w.-]*)?\s+){1,2}" if len(name.split()) == 1 else ""
            for m in re.finditer(rf"(?<![\w-])(?P<full>{given}){re.escape(name)}(?![\w-])", text):
                before = POSSESSOR_80.search(text[max(0, m.start() - 80):m.start()])
                if before is None:
                    continue
                entry = table.find_source(before.group(1))
                if entry is not None and entry[0].type == "media" and before.group(1).endswith(entry[1]):
                    cache[name] = (entry[0].country, entry[0].name)
                    break
        return cache[name]

    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.source_type != "person" or not s.named or not s.speaker_name:
            return s
        if not s.speaker_name[:1].isupper():
            return s
        found = outlet_of(s.speaker_name)
        if found is None:
            return s
        country, outlet = found
        return _update(s, source_type="media", source_country=country or s.source_country, affiliation=outlet)

    return _each(attributions, change)


# ------------------------------------------------------------------------------------------ institute heads

#: The head's title and a research body's name after the name's comma.
INSTITUTE_HEAD_80 = (r",\s+(?:the\s+)?(?:president|director|head|dean|principal|chancellor|vice-chancellor)\s+of\s+"
                     r"(?P<body>(?:the\s+)?(?:[A-Z][\w&'’-]*\s+(?:(?:for|of|and)\s+)?){0,5}"
                     r"(?:Institute|Lab|Laboratory|University|College|Academy)\b(?:\s+of\s+[A-Z][\w-]*)?)")


def institute_head_s80(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """A research body's named head typed ``person`` is ``academic`` (see the module's docstring)."""
    if not re.search(INSTITUTE_HEAD_80, text):
        return attributions
    cache: dict[str, bool] = {}

    def heads(name: str) -> bool:
        if name not in cache:
            cache[name] = False
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}{INSTITUTE_HEAD_80}", text):
                body = m.group("body")
                if "National" in body or table.find_source(body) is not None:
                    continue
                cache[name] = True
                break
        return cache[name]

    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.source_type != "person" or not s.speaker_name:
            return s
        if len(s.speaker_name.split()) < 2 or not heads(s.speaker_name):
            return s
        return _update(s, source_type="academic")

    return _each(attributions, change)


def sources80_speakers(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Round 80's passes: outlets' journalists by possessive, research bodies' heads."""
    out = outlet_possessive_s80(text, attributions, table)
    return institute_head_s80(text, out, table)
