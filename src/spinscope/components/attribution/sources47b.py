"""Source typing, round 40's second fresh Lee gold (issue 16, branch ``sources47``; gold ``sources_real47``).

``sources47.py`` already holds round 47 of the ``leads47`` branch, so this round's passes live here, under the
suffix ``_s47b``. One entry point, ``sources47b_speakers``, called once from ``extract_attributions`` right after
round 45's ``sources45_speakers``: types, affiliations and countries only (no span moves, so no attribution is
added or dropped).

- ``cause_council_s47b``: "The <Cause> Council's <role>, <First Last>" (a charity named after a disease or a cause:
  the Cancer Council, a Heart Foundation) typed ``government`` (its "Council" read as a state body's) is a named
  officer of a non-state body: a ``person`` affiliated with it (round 35; round 45's ``industry_council_s45`` did
  the same for industry councils), every mention of the name.
- ``company_officer_country_s47b``: a named ``person`` of no country whose own phrase names a body that speaks in
  the same article with a country ("<Company> mine manager, X" after "The company, <Company>, believes ...") is of
  that body's country, every mention of the name.
- ``body_report_country_s47b``: a ``report`` of no country released by a named body ("New figures released by the
  <Body>") is Australia's where its own story points to Australia (round 45's ``own_story_country_s45`` reading,
  AU only), and a later bare "the report" / "the figures" / "the statistics" / "the study" / "the survey" of no
  country in the same article speaks for it (round 44's convention 3: "The report" that speaks for the document).
"""

from __future__ import annotations

import re

from ...result import Attribution
from .sources import SourceTable
from .sources42 import _countries_found, _each, _update
from .sources43 import AU_PLACES_S43
from .sources45 import (
    AU_MORE_S45,
    STORY_REACH_S45,
    Speaker,
    _all45,
    _index45,
    _phrase45,
    _sentences45,
    body_officers_s45,
)
from .speakers import country_counts

# ------------------------------------------------------------------------------------------ a cause's council

#: "The <Cause> Council's [role,] <First> <Last>": a charity named after a disease or a cause.
CAUSE_COUNCIL_S47B = re.compile(r"(?:[Tt]he\s+)?(?P<body>(?:[A-Z][\w&'’-]*\s+)*(?:Cancer|Heart|Diabetes|Asthma|"
                                r"Arthritis|Kidney|Stroke|Leukaemia|Leukemia|Lung|AIDS|Alzheimer'?s?|Epilepsy)"
                                r"\s+(?:Council|Foundation|Society|Association))['’]s\s+(?:[a-z][\w-]*,?\s+){0,4}"
                                r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)+)")


def cause_council_s47b(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """A named officer of a cause's council typed ``government`` is a ``person`` of it (see the docstring)."""
    return body_officers_s45(text, attributions, CAUSE_COUNCIL_S47B)


# ------------------------------------------------------------------------------------------ a company's officer


def company_officer_country_s47b(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """A named person of no country whose phrase names a speaking body with a country is of that country."""
    bodies: dict[str, str] = {}
    for s in _all45(attributions):
        if s.speaker is not None and s.source_type == "organization" and s.named and s.speaker_name \
                and s.source_country and len(s.speaker_name) > 3:
            bodies.setdefault(s.speaker_name, s.source_country)
    if not bodies:
        return attributions
    found: dict[str, str] = {}
    for s in _all45(attributions):
        if s.speaker is None or s.source_type != "person" or s.source_country is not None or not s.named \
                or not s.speaker_name:
            continue
        phrase = _phrase45(text, s)
        hits = {country for body, country in bodies.items()
                if body != s.speaker_name and re.search(rf"(?<!\w){re.escape(body)}(?!\w)", phrase)}
        if len(hits) == 1:
            found.setdefault(s.speaker_name, hits.pop())
    return _countries_found(attributions, found, ("person",))


# ------------------------------------------------------------------------------------------ a body's report

#: "<figures> released by / published by / from the <Body>": a report a named body gives out.
BODY_REPORT_S47B = re.compile(r"\b(?:released|published|issued|compiled)\s+by\s+(?:the\s+)?[A-Z]")
#: A bare report that speaks for the last one ("The report reveals", "The statistics show").
BARE_REPORT_S47B = re.compile(r"(?:[Tt]he\s+)(?:report|figures|statistics|study|survey|data)")


def _story_au_s47b(text: str, table: SourceTable, sentences: list[tuple[int, int]], pos: int) -> bool:
    """Round 45's own-story reading: the speaker's sentence and two either side point to Australia."""
    i = _index45(sentences, pos)
    a = sentences[max(0, i - STORY_REACH_S45)][0]
    b = sentences[min(len(sentences) - 1, i + STORY_REACH_S45)][1]
    window = text[a:b]
    counts = country_counts(window, table)
    counts["AU"] = counts.get("AU", 0) + len(AU_PLACES_S43.findall(window)) + len(AU_MORE_S45.findall(window))
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][0] != "AU" or ranked[0][1] < 2:
        return False
    return len(ranked) < 2 or ranked[0][1] >= 2 * ranked[1][1]


def body_report_country_s47b(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """A body's report of no country in an Australian story is AU; a later bare "the report" follows it."""
    sentences = _sentences45(text)
    first: int | None = None
    for s in _all45(attributions):
        if s.speaker is None or s.source_type != "report" or s.source_country is not None:
            continue
        if BODY_REPORT_S47B.search(_phrase45(text, s)) and _story_au_s47b(text, table, sentences, s.speaker.start):
            first = s.speaker.start if first is None else min(first, s.speaker.start)
    if first is None:
        return attributions
    start = first

    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.source_type != "report" or s.source_country is not None:
            return s
        phrase = _phrase45(text, s)
        if s.speaker.start == start or (s.speaker.start > start and BARE_REPORT_S47B.fullmatch(phrase)) or (
                BODY_REPORT_S47B.search(phrase) and _story_au_s47b(text, table, sentences, s.speaker.start)):
            return _update(s, source_country="AU")
        return s
    return _each(attributions, change)


def sources47b_speakers(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """This round's passes (see the module's docstring), in this order."""
    out = cause_council_s47b(text, attributions)
    out = company_officer_country_s47b(text, out)
    return body_report_country_s47b(text, out, table)
