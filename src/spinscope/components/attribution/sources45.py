"""Source typing, round 45 (issue 16, branch ``sources45``): the lead's reading of Australian wire copy.

One entry point, ``sources45_speakers``, called once from ``extract_attributions`` right after round 44's
``sources44_speakers``: countries and types only (no span moves).

- ``office_named_after_s45``: "The new <Country> Prime Minister has told ..." (an office holder named by the
  office alone) followed by a sentence that opens with the holder's name and the same office ("Sir X Y, ..., was
  elected Prime Minister") is that person, named.
- ``one_type_s45``: one type per speaker, the office wins: a named speaker typed ``government`` in one mention
  and ``person`` in others is ``government`` in all (its country filled from the office mention).
- ``industry_council_s45``: "The <State> Tourism Industry Council's X says" (round 44 reads "Council" as a state
  body's) is a non-state body's officer: a ``person`` affiliated with the council (round 44's convention 4).
- ``own_story_country_s45``: a named private speaker (a union's state secretary, a company's chief executive) of
  no country is of Australia where the places of the speaker's own story (its sentence and the two either side:
  Lee files join several stories) point to Australia (round 43's ``place_country_s43`` reading: the table's
  country counts and round 43's places, with more Australian places; two mentions, twice any other country's);
  nothing is given elsewhere.
"""

from __future__ import annotations

import re

from ...result import Attribution, AttributionSource
from .sources import SourceTable
from .sources42 import _all as _all45
from .sources42 import _countries_found, _each, _update
from .sources42 import _phrase as _phrase45
from .sources43 import AU_PLACES_S43, SENTENCE_END_S43
from .speakers import country_counts

Speaker = Attribution | AttributionSource


#: A sentence's end: a stop, a closing mark, a space, then a capital or an opening mark.
SENTENCE_END_S45 = SENTENCE_END_S43


def _sentences45(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = 0
    for m in SENTENCE_END_S45.finditer(text):
        out.append((start, m.end()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def _index45(sentences: list[tuple[int, int]], pos: int) -> int:
    for i, (a, b) in enumerate(sentences):
        if a <= pos < b:
            return i
    return len(sentences) - 1


# ------------------------------------------------------------------------------------------ an office named after

#: An unnamed office holder given by the country and the office ("The new Solomon Islands Prime Minister").
COUNTRY_OFFICE_S45 = re.compile(r"(?:[Tt]he\s+)?(?:(?:new|newly\s+elected|incoming)\s+)?(?:[A-Z][\w'’-]+\s+){1,3}"
                                r"(?P<office>Prime\s+Minister|President|Premier|Chancellor)")
#: The name that opens a sentence ("Sir Allan Kemakeza, ...").
OPENING_NAME_S45 = re.compile(r"[\"“]?(?:(?:Sir|Dame|Dr|Mr|Mrs|Ms)\.?\s+)?(?P<name>[A-Z][a-z][\w'’-]*"
                              r"(?:\s+[A-Z][a-z][\w'’-]*)+)")


def office_named_after_s45(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """An unnamed office holder is the speaker the next sentence opens with, where that sentence names the
    same office (see the module's docstring)."""
    names = {str(s.speaker_name) for s in _all45(attributions) if s.speaker is not None and s.named
             and s.speaker_name and " " in s.speaker_name}
    if not names:
        return attributions
    sentences = _sentences45(text)

    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.source_type != "government":
            return s
        m = COUNTRY_OFFICE_S45.fullmatch(_phrase45(text, s))
        if m is None or (s.named and m.group("office").split()[-1] not in str(s.speaker_name)):
            return s  # named by a person's name already (the office phrase as its name is no name)
        i = _index45(sentences, s.speaker.start)
        if i + 1 >= len(sentences):
            return s
        a, b = sentences[i + 1]
        n = OPENING_NAME_S45.match(text, a)
        office = " ".join(m.group("office").split())
        if n is None or n.group("name") not in names or office not in " ".join(text[n.end():b].split()):
            return s
        return _update(s, named=True, speaker_name=n.group("name"))
    return _each(attributions, change)


def one_type_s45(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """A named speaker typed ``government`` and ``person`` is ``government`` throughout (the office wins)."""
    types: dict[str, set[str]] = {}
    country: dict[str, str] = {}
    for s in _all45(attributions):
        if s.speaker is not None and s.named and s.speaker_name and s.source_type:
            types.setdefault(s.speaker_name, set()).add(s.source_type)
            if s.source_type == "government" and s.source_country:
                country.setdefault(s.speaker_name, s.source_country)
    mixed = {name for name, kinds in types.items() if kinds == {"government", "person"}}
    if not mixed:
        return attributions

    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.speaker_name not in mixed or s.source_type != "person":
            return s
        return _update(s, source_type="government",
                       source_country=s.source_country or country.get(str(s.speaker_name)))
    return _each(attributions, change)


# ------------------------------------------------------------------------------------------ an industry council

#: "The <Body> Council's <First> <Last>" where the body is an industry's, a trade's or a business's.
INDUSTRY_COUNCIL_S45 = re.compile(r"(?:[Tt]he\s+)?(?P<body>(?:[A-Z][\w&'’-]*\s+)*(?:Industry|Industries|Business|"
                                  r"Trade|Tourism|Employers|Manufacturers|Retailers|Farmers)\s+(?:Council|"
                                  r"Association|Federation|Chamber))['’]s\s+(?P<name>[A-Z][a-z][\w'’-]*"
                                  r"(?:\s+[A-Z][a-z][\w'’-]*)+),?")


def industry_council_s45(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """A named officer of an industry council or association typed ``government`` is a ``person`` of it."""
    return body_officers_s45(text, attributions, INDUSTRY_COUNCIL_S45)


def body_officers_s45(text: str, attributions: list[Attribution], pattern: re.Pattern[str]) -> list[Attribution]:
    """A named officer typed ``government`` whose whole speaker phrase ``pattern`` matches ("<body>'s <name>", with
    groups ``body`` and ``name``) is a ``person`` of that non-state body, in every mention (round 40's
    ``sources47b`` uses it for a cause's council)."""
    officers: dict[str, str] = {}
    for s in _all45(attributions):
        if s.speaker is None or not s.speaker_name or s.source_type != "government":
            continue
        m = pattern.fullmatch(_phrase45(text, s))
        if m is not None and m.group("name") == s.speaker_name:
            officers[s.speaker_name] = m.group("body")

    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.speaker_name not in officers or s.source_type != "government":
            return s
        return _update(s, source_type="person", affiliation=s.affiliation or officers[str(s.speaker_name)])
    return _each(attributions, change)


# ------------------------------------------------------------------------------------------ the own story's places

#: Australian places, peoples and bodies round 43's list leaves out.
AU_MORE_S45 = re.compile(r"\b(?:Victoria|Victorian|New\s+South\s+Wales|Sydney|Canberra|Perth|Darwin|Cairns|"
                         r"Townsville|Whitsundays|Geelong|Newcastle|Wollongong|Queenslanders?|Tasmanian|"
                         r"South\s+Australian?|Western\s+Australian?|Qantas|CFMEU|ACTU)\b")
#: The sentences either side of the speaker's that make its story.
STORY_REACH_S45 = 2


def own_story_country_s45(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Named private speakers of no country are Australia's where their own story's places are (see above)."""
    sentences = _sentences45(text)
    memo: dict[int, str | None] = {}

    def story(pos: int) -> str | None:
        i = _index45(sentences, pos)
        if i not in memo:
            a = sentences[max(0, i - STORY_REACH_S45)][0]
            b = sentences[min(len(sentences) - 1, i + STORY_REACH_S45)][1]
            window = text[a:b]
            counts = country_counts(window, table)
            counts["AU"] = counts.get("AU", 0) + len(AU_PLACES_S43.findall(window)) + len(AU_MORE_S45.findall(window))
            ranked = sorted(counts.items(), key=lambda kv: -kv[1])
            top = ranked[0] if ranked else ("", 0)
            memo[i] = top[0] if top[1] >= 2 and (len(ranked) < 2 or top[1] >= 2 * ranked[1][1]) else None
        return memo[i]

    found: dict[str, str] = {}
    for s in _all45(attributions):
        if s.speaker is None or s.source_country is not None or not s.named or not s.speaker_name or \
                s.source_type not in ("person", "organization"):
            continue
        if story(s.speaker.start) == "AU":
            found.setdefault(s.speaker_name, "AU")
    return _countries_found(attributions, found, ("person", "organization"))


def sources45_speakers(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Round 45's passes (see the module's docstring), in this order."""
    out = office_named_after_s45(text, attributions)
    out = one_type_s45(text, out)
    out = industry_council_s45(text, out)
    return own_story_country_s45(text, out, table)
