"""Attributions, round 113 (issue 16, branch ``attr113``): the sources (type and country) and records of twenty
fresh short 1987 wire stories' development part (``scripts/attr113/README.md``).

One pass, ``round113_attributions``, registered right after ``lead57_attributions`` in ``extract_attributions``
(attr112's ``round112`` is merged before it). Its invented tests are in ``tests/test_attr113.py``. Every rule reads
wire stories only (a capitals title line, round 93's ``_wire_title``).

Sources:

- **A national statistics institute.** "<Country>'s price index rose ..., the national statistics institute
  (<ACRONYM>) said" was ``academic`` of no country, then "<ACRONYM> said" an ``organization``: a statistics
  institute, office or bureau is ``government`` (the older golds' "the statistics department" NZ), of the country
  its phrase names or the story's (round 108's ``_one_country`` reading), named by the initials it gives in
  brackets; the records of those initials are the same body.
- **A central bank by its nation.** "The <Nationality> central bank announced" was an ``organization``, unnamed: a
  central bank named by its nation is ``government`` of that nation, named (the older golds' "The Dutch Central
  Bank" NL, "The central bank" ES named).
- **A port's spokesman.** "..., off the <Nationality> port of <Name>, a port control spokesman said" was a
  ``person`` of no country, and the "he added" after it a company named in the spokesman's statement: a spokesman
  of a port, harbour or port control is ``government`` (the older golds' "a board spokesman" CA) of the nation of
  the port the story names, unnamed; "The spokesman" and a "he" / "she" that follow him (with no other named
  speaker in between) are he.
- **A company's country in its name.** "<Name> Canada Corp told the SEC ..." was given the US: a company whose name
  ends in a country's name before its legal form ("<Name> Canada Corp", "<Name> Australia Ltd") is of that
  country.
- **A short name before an aside.** "<Short>, a <kind of> holding company controlled by its
  chairman, <Name>, said" was read as the chairman, a ``government`` speaker: a speaker phrase that is the first
  word of an earlier company speaker's name followed by an aside ("<Short>, a / an / the ...") is that company.
- **"<Surname> and his <entities>".** "In a filing with the SEC <Surname> and his <Name>, <Name> and <Name>
  entities said" had the speaker "his ... entities", unnamed: the speaker runs from the earlier named speaker's
  surname before "and his / her / its", and is that speaker.

- **A bare "It said".** "<Firm> Plc <TICKER.L> said ..." then "It said ...": with some tickers the parse left the
  second record with no speaker at all: a record with no speaker whose sentence opens with "It" right before the
  cue is spoken by the nearest earlier record's speaker when that is a named body (organization, government,
  media), the pronoun its mention.

Records:

- **"agreed to be acquired".** "<Firm> agreed <when> to be acquired by <A> and <B> in a leveraged
  buyout" gave two records: an agreement to undergo a deal is no statement (no older gold has a record of
  "agreed to be <participle>"); every record of that cue goes.
- **"<Dealers> estimated <NP> at <amount>".** "Money dealers estimated today's shortage at <amount>" had no record:
  market voices (dealers, traders, analysts, economists, bankers, brokers) that estimate a figure at an amount make
  one record (the older golds' "He estimated the amount of bags ... at about the same"), ``anonymous`` of no
  country, the content the rest of the sentence.
- **A hedged act inside a report.** "Dealers noted that <A> and the Bank may have refused <NP> ...": the second
  clause's "refused" was a record of the Bank's, cutting the dealers' content short: a record whose cue follows
  "may / might / could / must have" and whose speaker opens an "and" clause right after an earlier record's content
  is part of that content (the dealers' guess, not the Bank's word); its record goes.
"""

from __future__ import annotations

import re

from ...result import Attribution
from ._shared import landed, with_added
from .round88 import _sentence_bounds, _span
from .round93 import _wire_title
from .round101 import _phrase, _speakers
from .round105 import _record, _sentence_end
from .round108 import Speaker
from .round111 import _cue_text, _speak_as, _story_or_one
from .sources import SourceTable
from .sources42 import _each, _update

EVIDENCE_113 = "attributions.v1:round113"
#: A national statistics body, its initials in brackets: "the national statistics institute (ABC)".
STATISTICS_113 = re.compile(r"(?:the\s+)?(?:(?:[A-Z][a-z]+|national|central|federal|state)\s+)?statisti(?:cs|cal)\s+"
                            r"(?:institute|office|bureau|agency|service)(?:\s*\((?P<initials>[A-Za-z]{2,8})\))?",
                            re.IGNORECASE)
#: A central bank named by its nation: "The Dutch central bank".
NATION_CENTRAL_BANK_113 = re.compile(r"(?:[Tt]he\s+)?(?P<nation>[A-Z][a-z]+)\s+central\s+bank")
#: A spokesman of a port: "a port control spokesman", "a harbour authority spokeswoman".
PORT_SPOKESMAN_113 = re.compile(r"(?:an?|the)\s+(?:port|harbour|harbor)(?:\s+(?:control|authority|authorities|"
                                r"police|office))?\s+spokes(?:man|woman|person)", re.IGNORECASE)
#: The port a story names by its nation: "the Belgian port of <Name>".
NATION_PORT_113 = re.compile(r"\b(?:the\s+)?(?P<nation>[A-Z][a-z]+)\s+port\s+of\s+[A-Z]")
#: "The spokesman" (with an aside) or a personal pronoun that goes on with a spokesman.
FOLLOWER_113 = re.compile(r"(?:[Tt]he\s+spokes(?:man|woman|person)\b.*|[Hh]e|[Ss]he)", re.DOTALL)
#: A company's name that ends in a country's name before its legal form: "<Name> Canada Corp".
COUNTRY_FORM_113 = re.compile(r"\b(?P<country>[A-Z][a-z]+)\s+(?:Corp|Corporation|Ltd|Limited|Inc|Co|Plc|PLC)\.?$")
#: A short name and its aside: "<Short>, a management ... company ..., <Name>".
SHORT_ASIDE_113 = re.compile(r"(?P<short>[A-Z][\w&.'-]+),\s+(?:an?|the)\s+\S.*", re.DOTALL)
#: "<Surname> and his / her / its " right before a speaker phrase that opens with the pronoun.
SURNAME_AND_113 = re.compile(r"(?P<surname>[A-Z][a-z]+)\s+and\s+$")
#: "agreed ... to be <participle>": an agreement to undergo a deal.
AGREED_113 = re.compile(r"agree[sd]?")
UNDERGO_113 = re.compile(r"to\s+be\s+[a-z]+(?:ed|en|ld|ht)\b")
#: "<Market voices> estimated <NP> at <amount>" at a sentence's start.
ESTIMATED_113 = re.compile(r"(?P<subj>(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+)?(?:dealers|traders|analysts|economists|bankers|"
                           r"brokers))\s+(?P<cue>estimated|estimate)\s+(?=\S)")
#: "at <amount>" after the estimated figure: "at 11 to 12 billion", "at about four billion".
AMOUNT_AT_113 = re.compile(r"\sat\s+(?:about\s+|around\s+|some\s+|roughly\s+)?(?:\d|(?:one|two|three|four|five|six|"
                           r"seven|eight|nine|ten|twenty|thirty|forty|fifty)\b)")
#: A modal perfect right before a cue: "may have", "might have".
HEDGE_113 = re.compile(r"\b(?:may|might|could|must)\s+have\s+$")


def _statistics(text: str, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    bodies: dict[str, str | None] = {}  # initials (or phrase) -> country
    names: dict[str, str] = {}
    for a in out:
        for s in _speakers(a):
            if s.speaker is None:
                continue
            m = STATISTICS_113.fullmatch(_phrase(text, s))
            if m is None:
                continue
            country = table.country_in(_phrase(text, s)) or _story_or_one(text, table)
            key = m.group("initials") or _phrase(text, s)
            bodies[_phrase(text, s)] = bodies[key] = country
            names[_phrase(text, s)] = names[key] = m.group("initials") or s.speaker_name or key
    if not bodies:
        return out

    def change(s: Speaker) -> Speaker:
        if s.speaker is None or _phrase(text, s) not in bodies:
            return s
        return _update(s, source_type="government", source_country=bodies[_phrase(text, s)] or s.source_country,
                       named=True, speaker_name=names[_phrase(text, s)])

    return _each(out, change)


def _nation_central_banks(text: str, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.source_type == "government":
            return s
        m = NATION_CENTRAL_BANK_113.fullmatch(_phrase(text, s))
        country = table.country_in(m.group("nation")) if m is not None else None
        if country is None:
            return s
        return _update(s, source_type="government", source_country=country, named=True)

    return _each(out, change)


def _port_spokesmen(text: str, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    ordered = sorted(out, key=lambda a: a.start)
    fix: dict[int, Attribution] = {}
    for i, a in enumerate(ordered):
        if a.speaker is None or PORT_SPOKESMAN_113.fullmatch(_phrase(text, a)) is None:
            continue
        start, _ = _sentence_bounds(text, a.start)
        port = NATION_PORT_113.search(text, start, _sentence_end(text, a.speaker.end))
        country = table.country_in(port.group("nation")) if port is not None else None
        typed = a.model_copy(update={"source_type": "government", "source_country": country or a.source_country,
                                     "named": False, "state_affiliated": False})
        fix[id(a)] = typed
        for b in ordered[i + 1:]:
            if b.speaker is None:
                continue
            if FOLLOWER_113.fullmatch(_phrase(text, b)) is None or any(
                    c.speaker_name == b.speaker_name for c in ordered if c is not b and c.named
                    and c.speaker is not None and FOLLOWER_113.fullmatch(_phrase(text, c)) is None):
                break  # another speaker: the spokesman's chain ends
            fix[id(b)] = typed
    if not fix:
        return out
    res = _speak_as(out, fix)
    return [b.model_copy(update={"named": False}) if id(a) in fix else b for a, b in zip(out, res, strict=True)]


def _country_names(text: str, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.source_type != "organization" or not s.speaker_name:
            return s
        m = COUNTRY_FORM_113.search(s.speaker_name)
        if m is None or len(s.speaker_name.split()) < 3:
            return s
        country = table.country_in(m.group("country"))
        if country is None or country == s.source_country or m.group("country") not in table.countries:
            return s
        return _update(s, source_country=country)

    return _each(out, change)


def _short_asides(text: str, out: list[Attribution]) -> list[Attribution]:
    ordered = sorted(out, key=lambda a: a.start)
    fix: dict[int, Attribution] = {}
    for i, a in enumerate(ordered):
        if a.speaker is None or (m := SHORT_ASIDE_113.fullmatch(_phrase(text, a))) is None:
            continue
        short = m.group("short")
        body = next((b for b in reversed(ordered[:i]) if b.speaker is not None and b.named and b.speaker_name
                     and b.source_type == "organization" and b.speaker_name.split()[0] == short
                     and b.speaker_name != a.speaker_name), None)
        if body is not None:
            fix[id(a)] = body
    res = _speak_as(out, fix)
    return [b.model_copy(update={"named": True}) if id(a) in fix else b for a, b in zip(out, res, strict=True)]


def _surname_and_his(text: str, out: list[Attribution]) -> list[Attribution]:
    ordered = sorted(out, key=lambda a: a.start)
    res = list(out)
    for i, a in enumerate(ordered):
        if a.speaker is None or not re.match(r"(?:his|her|its|their)\s", _phrase(text, a)):
            continue
        m = SURNAME_AND_113.search(text, max(0, a.speaker.start - 40), a.speaker.start)
        if m is None:
            continue
        body = next((b for b in reversed(ordered[:i]) if b.speaker is not None and b.named and b.speaker_name
                     and b.speaker_name.split()[-1] == m.group("surname")), None)
        if body is None:
            continue
        new = a.model_copy(update={
            "speaker": a.speaker.model_copy(update={"start": m.start()}), "speaker_name": body.speaker_name,
            "source_type": body.source_type, "source_country": body.source_country, "named": body.named,
            "state_affiliated": body.state_affiliated, "start": min(a.start, m.start())})
        res = [new if b is a else b for b in res]
    return res


def _bare_it(text: str, out: list[Attribution]) -> list[Attribution]:
    ordered = sorted(out, key=lambda a: a.start)
    res = list(out)
    for i, a in enumerate(ordered):
        if a.speaker is not None or a.cue is None or a.sources:
            continue
        start, _ = _sentence_bounds(text, a.cue.start)
        if re.fullmatch(r"It\s+", text[start:a.cue.start]) is None:
            continue
        body = next((b for b in reversed(ordered[:i]) if b.speaker is not None), None)
        if body is None or body.speaker is None or not body.named or body.source_type not in (
                "organization", "government", "media"):
            continue
        new = a.model_copy(update={
            "speaker": _span(start, start + 2, "speaker", EVIDENCE_113), "resolved_from": body.speaker,
            "speaker_name": body.speaker_name, "source_type": body.source_type,
            "source_country": body.source_country, "named": True, "state_affiliated": body.state_affiliated,
            "start": min(a.start, start)})
        res = [new if b is a else b for b in res]
    return res


def _undergone_deals(text: str, out: list[Attribution]) -> list[Attribution]:
    cues = {(a.cue.start, a.cue.end) for a in out if a.cue is not None and AGREED_113.fullmatch(_cue_text(text, a))
            and UNDERGO_113.match(text, a.content.start)}
    if not cues:
        return out
    return [a for a in out if a.cue is None or (a.cue.start, a.cue.end) not in cues]


def _estimates(text: str, out: list[Attribution]) -> list[Attribution]:
    cues = {a.cue.start for a in out if a.cue is not None}
    added: list[Attribution] = []
    for m in ESTIMATED_113.finditer(text):
        start, _ = _sentence_bounds(text, m.start())
        if start != m.start() or m.start("cue") in cues:
            continue
        end = _sentence_end(text, m.end())
        if AMOUNT_AT_113.search(text, m.end(), end) is None or any(
                a.content.start < end and m.start() < a.content.end for a in out):
            continue
        added.append(_record("indirect", m.span("subj"), m.span("cue"), (m.end(), end), {
            "speaker_name": " ".join(m.group("subj").split()), "source_type": "anonymous", "source_country": None,
            "named": False}))
    return with_added(out, added)


def _hedged_acts(text: str, out: list[Attribution]) -> list[Attribution]:
    res = list(out)
    for a in out:
        if a.speaker is None or a.cue is None or HEDGE_113.search(text, max(0, a.cue.start - 20), a.cue.start) is None:
            continue
        host = next((b for b in res if b is not a and b.cue is not None and b.cue.end <= b.content.start
                     and re.fullmatch(r"\s*,?\s*and\s+", text[b.content.end:a.speaker.start]) is not None), None)
        if host is None or a not in res:
            continue
        grown = host.model_copy(update={"content": host.content.model_copy(update={"end": a.content.end}),
                                        "end": max(host.end, a.content.end)})
        res = [grown if b is host else b for b in res if b is not a]
    return res


def round113_attributions(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Round 113's rules, as the module's notes say: records first, then sources."""
    if not _wire_title(text):
        return attributions
    out = _hedged_acts(text, _estimates(text, _undergone_deals(text, attributions)))
    out = _bare_it(text, _surname_and_his(text, _short_asides(text, out)))
    out = _statistics(text, out, table)
    out = _nation_central_banks(text, out, table)
    out = _port_spokesmen(text, out, table)
    out = _country_names(text, out, table)
    return landed(out, attributions, ordered=False)


__all__ = ["round113_attributions"]
