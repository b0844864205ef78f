"""Source typing, round 44 (issue 16, branch ``sources44``): Australian wire copy (the Lee corpus, ABC 2001).

One entry point, ``sources44_speakers``, called once from ``extract_attributions`` right after round 43's
``sources43_speakers`` in the finished passes: types, names, ``named``, affiliations and countries
(scripts/sources44/README.md has the conventions).

- ``westminster_offices_s44``: a person named after an office of a Westminster cabinet or a city that the older
  title lists leave out ("The Treasurer, X", "Attorney-General X", "<City>'s Lord Mayor") is ``government``; a
  lord mayor given by the city alone (the city read as the person's name) is unnamed.
- ``parties_s44``: a party given by its name alone ("Labor says", "the Opposition says") is ``politician``;
  "Labor" (the Australian spelling) is of Australia.
- ``armed_bodies_s44``: "The Palestinian Authority" is a ``government`` (the text's country); a brigade, a
  movement's "military wing" ("X, the military wing of Y") or a named armed group of the Palestinian territories
  ("the Al-Aqsa Brigades") is an ``organization``, never a ``person``.
- ``body_officer_s44``: "The <Body>'s <First> <Last> says" (typed as the body) is the body's officer: a
  ``person`` with the body as affiliation; a later "the union" / "the society" (the body's head noun) is that body,
  named.
- ``honorific_surname_s44``: "Ms X" left under the surname alone is the one speaker named in full before it
  with that surname.
- ``titled_document_s44``: a document the article names by its title ('a report entitled "..."') is named by
  it: the bare "the report" / "the document" / "It" speakers of the article are that document.
- (``run_line_cue_s44``, removed in round 65: the last paragraph of a quotation run over lost paragraph breaks
  spoken by the "Mr X said" after its closing mark is round 61's ``_run_closing_speaker``, which runs first; the
  pass changed no output on any gold once round 61 ran: scripts/attr65/README.md.)
- ``story_government_s44``: the country of the story's government (the one country the actor dictionary gives the
  ministers the article names by office, or its government speakers). Speakers of no country that speak of "the
  Government" bare (their own government: "X says the Government should ..."), the government's bodies given
  bare ("the Federal Government", "Authorities", "a departmental report") and legislators ("Senator X") are of it;
  a body's officer's country is the body's. Where the speaker's own sentence names the US, nothing is given.
"""

from __future__ import annotations

import re

from ...result import Attribution, AttributionSource
from ..actors import BARE_GOVERNMENT_A47, MINISTER_BEFORE_A47, load_dictionary, phrase_key
from .sources import SourceTable
from .sources42 import _all as _all44
from .sources42 import _each, _update
from .sources42 import _phrase as _phrase44
from .speakers import alpha2_codes

Speaker = Attribution | AttributionSource


def _sentence44(text: str, pos: int) -> tuple[int, int]:
    """The sentence around ``pos`` (a stop and a space bound it)."""
    start = max(text.rfind(". ", 0, pos), text.rfind("? ", 0, pos), text.rfind("! ", 0, pos))
    start = 0 if start < 0 else start + 2
    ends = [i for i in (text.find(". ", pos), text.find("? ", pos), text.find("! ", pos)) if i >= 0]
    return start, (min(ends) + 1 if ends else len(text))


# ------------------------------------------------------------------------------------------ offices, parties

#: A Westminster office before a person's name that the older title lists leave out ("The Treasurer, X",
#: "Attorney-General X", "the Deputy Premier, X", "the Chief Minister X").
WESTMINSTER_OFFICE_S44 = re.compile(
    r"^(?:[Tt]he\s+)?(?:(?:Federal|State|Shadow|Deputy|Acting|[A-Z][a-z]+n)\s+)*(?:Treasurer|Attorney-General|"
    r"Premier|Chief\s+Minister|Lord\s+Mayor|Minister(?:\s+for\s+[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*)?)"
    r",?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*$")
#: "<City>'s Lord Mayor" (the city, a possessive, the office).
CITY_MAYOR_S44 = re.compile(r"^(?P<city>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['’]s\s+(?:Lord\s+)?Mayor$")
#: Australian cities the source table leaves out (a lord mayor of one is Australia's).
AU_CITIES_S44 = frozenset({"Perth", "Brisbane", "Melbourne", "Hobart", "Adelaide", "Darwin", "Sydney"})


def westminster_offices_s44(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """A ``person`` named after a cabinet's or a city's office is ``government`` (every mention of the name); a
    lord mayor named by the city alone is an unnamed ``government`` speaker (Australia's for an Australian city)."""
    names = {s.speaker_name for s in _all44(attributions) if s.speaker is not None and s.source_type == "person"
             and s.speaker_name and WESTMINSTER_OFFICE_S44.match(_phrase44(text, s))
             and _phrase44(text, s).endswith(s.speaker_name.split()[-1])}

    def change(s: Speaker) -> Speaker:
        if s.speaker is None:
            return s
        if s.speaker_name in names and s.source_type == "person":
            return _update(s, source_type="government")
        m = CITY_MAYOR_S44.match(_phrase44(text, s))
        if m is not None and s.source_type == "person" and s.speaker_name == m.group("city"):
            country = "AU" if m.group("city") in AU_CITIES_S44 else s.source_country
            return _update(s, source_type="government", named=False, speaker_name=None, source_country=country)
        return s
    return _each(attributions, change)


#: A party given by its name alone as a speaker.
PARTY_S44 = re.compile(r"(?:[Tt]he\s+)?(?:Labor(?:\s+Party)?|Liberal\s+Party|Liberals|Nationals|National\s+Party|"
                       r"Greens|Australian\s+Democrats|One\s+Nation|Opposition)")


def parties_s44(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """A party named alone is a ``politician`` speaker; "Labor" (the Australian spelling) is Australia's."""
    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.source_type not in ("organization", "person", "anonymous"):
            return s
        phrase = _phrase44(text, s)
        if not PARTY_S44.fullmatch(phrase):
            return s
        country = s.source_country or ("AU" if "Labor" in phrase else None)
        return _update(s, source_type="politician", source_country=country)
    return _each(attributions, change)


# ------------------------------------------------------------------------------------------ armed bodies

#: "The Palestinian Authority" given bare.
PALESTINIAN_AUTHORITY_S44 = re.compile(r"(?:[Tt]he\s+)?Palestinian\s+(?:National\s+)?Authority")
#: A brigade, or a movement's armed wing given by apposition ("X, the military wing of Y").
ARMED_BODY_S44 = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+Brigades?|"
                            r"[^,]+,\s+(?:the|its)\s+(?:military|armed)\s+wing\s+of\s+[A-Z][\w'’ -]+")
#: Armed groups of the Palestinian territories named in the phrase.
PALESTINIAN_GROUPS_S44 = re.compile(r"\b(?:Hamas|Fatah|Islamic\s+Jihad|Al-Aqsa|al-Aqsa|Qassam|Tanzim)\b")


def armed_bodies_s44(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """The Palestinian Authority is a government; a brigade or an armed wing is an organization (see above)."""
    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.source_type not in ("person", "anonymous", "organization"):
            return s
        phrase = _phrase44(text, s)
        if PALESTINIAN_AUTHORITY_S44.fullmatch(phrase):
            return _update(s, source_type="government", source_country=s.source_country or "PS")
        if ARMED_BODY_S44.fullmatch(phrase) and (s.source_type != "organization" or s.source_country is None):
            country = s.source_country or ("PS" if PALESTINIAN_GROUPS_S44.search(phrase) else None)
            return _update(s, source_type="organization", source_country=country)
        return s
    return _each(attributions, change)


# ------------------------------------------------------------------------------------------ a body's officer

#: "The <Body>'s <First> <Last>": a body's officer named after its possessive.
BODY_OFFICER_S44 = re.compile(r"(?:[Tt]he\s+)?(?P<body>[A-Z][\w&'’-]*(?:\s+(?:and|of|for|[A-Z][\w&'’-]*))*?)['’]s\s+"
                              r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)+)")
#: A body of a state (its officer is ``government``).
STATE_BODY_S44 = re.compile(r"\b(?:Department|Ministry|Police|Office|Commission|Council|Government|Agency|Army|Navy)$")
#: A body named again by its head noun ("the union", "the society").
BODY_HEAD_S44 = re.compile(r"(?:[Tt]he|[Tt]his)\s+(?P<head>union|society|council|association|federation|"
                           r"foundation|institute|commission|group|party|company|bank|firm)")


def body_officer_s44(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """A named person given with the possessive of a body and typed as the body is the body's officer (a
    ``person``, a state body's ``government``), affiliated with it; a later unnamed mention of the body by its head
    noun ("the union") is the body, named."""
    bodies: dict[str, tuple[str, int]] = {}
    officers: dict[str, str] = {}
    for s in _all44(attributions):
        if s.speaker is None or not s.speaker_name or s.source_type not in ("organization", "person"):
            continue
        m = BODY_OFFICER_S44.fullmatch(_phrase44(text, s))
        if m is None or m.group("name") != s.speaker_name:
            continue
        body = m.group("body")
        officers[s.speaker_name] = body
        head = body.split()[-1].lower()
        if head not in bodies or bodies[head][0] == body:
            bodies[head] = (body, s.speaker.start)
        else:
            bodies[head] = ("", 0)  # two bodies of one head noun: "the union" is neither

    def change(s: Speaker) -> Speaker:
        if s.speaker is None:
            return s
        if s.speaker_name in officers and s.source_type == "organization":
            body = officers[s.speaker_name]
            kind = "government" if STATE_BODY_S44.search(body) else "person"
            return _update(s, source_type=kind, affiliation=s.affiliation or body)
        if s.speaker_name in officers and s.affiliation is None and s.source_type == "person":
            return _update(s, affiliation=officers[s.speaker_name])
        m = BODY_HEAD_S44.fullmatch(_phrase44(text, s))
        if m is not None and not s.named and s.source_type == "organization":
            body, at = bodies.get(m.group("head"), ("", 0))
            if body and at < s.speaker.start:
                return _update(s, named=True, speaker_name=body)
        return s
    return _each(attributions, change)


# ------------------------------------------------------------------------------------------ "Ms X" after "Y X"

#: A courtesy title and a surname ("Ms Caird", "Mr Lew").
HONORIFIC_S44 = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?P<surname>[A-Z][\w'’-]+)")


def honorific_surname_s44(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """"Ms X" named by the surname alone is the one speaker named in full before it with that surname: the full
    name, its type, country and affiliation (none where two speakers share the surname)."""
    full: dict[str, list[Speaker]] = {}
    for s in _all44(attributions):
        if s.speaker is not None and s.named and s.speaker_name and " " in s.speaker_name and \
                s.source_type in ("person", "government", "politician", "academic"):
            full.setdefault(s.speaker_name.split()[-1], []).append(s)

    def change(s: Speaker) -> Speaker:
        if s.speaker is None or not s.speaker_name or " " in s.speaker_name:
            return s
        m = HONORIFIC_S44.fullmatch(_phrase44(text, s))
        if m is None or m.group("surname") != s.speaker_name:
            return s
        models = [f for f in full.get(s.speaker_name, [])
                  if f.speaker is not None and f.speaker.start < s.speaker.start]
        if len({f.speaker_name for f in models}) != 1:
            return s
        model = models[0]
        return _update(s, speaker_name=model.speaker_name, source_type=model.source_type, named=True,
                       source_country=s.source_country or model.source_country,
                       affiliation=s.affiliation or model.affiliation)
    return _each(attributions, change)


# ------------------------------------------------------------------------------------------ a titled document

#: A document given its title ('a report entitled "X"', "the paper titled 'X'").
TITLED_DOCUMENT_S44 = re.compile(r"\b(?:report|document|paper|study|review|survey|strategy|plan|submission)\b"
                                 r"[^.\"]{0,80}?\b(?:entitled|titled|called)\s+[\"“](?P<title>[^\"”]{3,80})[\"”]")
#: A document given bare, or the pronoun a rule resolved to one.
BARE_DOCUMENT_S44 = re.compile(r"(?:[Tt]he|[Tt]his|[Aa]|[Aa]n)\s+(?:new\s+)?(?:[a-z]+\s+)?(?:report|document|paper|"
                               r"study|review|survey)(?:\s+which|\s+that)?|It|it")


def titled_document_s44(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """Where the article names one document by its title, its bare ``report`` speakers are that document."""
    titles = {m.group("title") for m in TITLED_DOCUMENT_S44.finditer(text)}
    if len(titles) != 1:
        return attributions
    title = next(iter(titles))

    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.source_type != "report" or s.named:
            return s
        if not BARE_DOCUMENT_S44.fullmatch(_phrase44(text, s)):
            return s
        return _update(s, named=True, speaker_name=title)
    return _each(attributions, change)


# ------------------------------------------------------------------------------------------ the story's government

#: A US marker in a sentence: its speakers are not of another country's government.
US_MARK_S44 = re.compile(r"\b(?:U\.S\.|US|United\s+States|America|American|Washington|Congress|White\s+House)\b")
#: A body of the story's government given bare, or unnamed officials.
GOVERNMENT_BARE_S44 = re.compile(r"(?:[Tt]he\s+)?(?:(?:Federal|National|Commonwealth)\s+)?Government|"
                                 r"(?:[Tt]he\s+)?(?:[Aa]uthorities|[Oo]fficials|[Pp]olice)|Senator\s+[A-Z][\w'’-]+")
#: A document of the government given by its kind ("a new departmental report", "a government report").
GOVERNMENT_DOCUMENT_S44 = re.compile(r"\b(?:departmental|[Gg]overnment|[Cc]abinet|ministerial)\s+(?:report|document|"
                                     r"paper|review|study)\b")
#: "the Government" bare (capitalised: a national government by wire style).
BARE_GOVERNMENT_IN_S44 = re.compile(r"\b[Tt]he\s+(?:Federal\s+)?Government\b(?!['’]s\s+[A-Z])")
#: A person's full name (two capitalised words or more), read for an office right before it.
FULL_NAME_S44 = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+")


def story_government_s44(text: str, attributions: list[Attribution], table: SourceTable) -> str | None:
    """The one country the actor dictionary gives the ministers the article names by office ("The Minister for X,
    <Name>"; ``MINISTER_BEFORE_A47`` right before the name) and its named ``government`` speakers; None where it
    gives two or none, or where the article names no government bare ("the Government")."""
    if not BARE_GOVERNMENT_IN_S44.search(text) and not any(
            BARE_GOVERNMENT_A47.fullmatch(_phrase44(text, s)) for s in _all44(attributions) if s.speaker is not None):
        return None
    dictionary = load_dictionary()
    alpha2 = alpha2_codes(table)
    names: set[str] = set()
    for m in FULL_NAME_S44.finditer(text):
        if MINISTER_BEFORE_A47.search(text, max(0, m.start() - 70), m.start()):
            names.add(m.group(0))
    names |= {s.speaker_name for s in _all44(attributions) if s.speaker is not None and s.named
              and s.source_type == "government" and s.speaker_name and " " in s.speaker_name}
    countries: set[str] = set()
    for name in names:
        idx = dictionary.aliases.get(phrase_key(name))
        entry = dictionary.entries[idx] if idx is not None else None
        if entry is not None and entry.type == "person" and "GOV" in str(entry.code or "") and \
                str(entry.country) in alpha2:
            countries.add(alpha2[str(entry.country)])
    return next(iter(countries)) if len(countries) == 1 else None


def _sentences_of44(text: str, attributions: list[Attribution]) -> dict[str, list[tuple[int, int]]]:
    """Each speaker name's sentences (the speaker's and its content's)."""
    out: dict[str, list[tuple[int, int]]] = {}
    for s in _all44(attributions):
        if s.speaker is not None and s.speaker_name:
            out.setdefault(s.speaker_name, []).append(_sentence44(text, s.speaker.start))
    return out


def government_country_s44(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Speakers of no country of the story's government (see the module's docstring)."""
    country = story_government_s44(text, attributions, table)
    if country is None:
        return attributions
    sentences = _sentences_of44(text, attributions)
    domestic = {name for name, spans in sentences.items()
                if any(BARE_GOVERNMENT_IN_S44.search(text, a, b) and not US_MARK_S44.search(text[a:b])
                       for a, b in spans)}
    bodies = set()

    def change(s: Speaker) -> Speaker:
        if s.speaker is None or (s.source_country is not None and s.source_type != "report"):
            return s
        phrase = _phrase44(text, s)
        a, b = _sentence44(text, s.speaker.start)
        if US_MARK_S44.search(text[a:b]):
            return s
        if s.source_type == "report":
            if GOVERNMENT_DOCUMENT_S44.search(phrase) and BARE_GOVERNMENT_IN_S44.search(text, a, b):
                if s.speaker_name:
                    bodies.add(s.speaker_name)
                return _update(s, source_country=country)
            return s
        if s.source_type in ("government", "politician") and GOVERNMENT_BARE_S44.fullmatch(phrase):
            return _update(s, source_country=country)
        if s.speaker_name in domestic and s.source_type in ("person", "politician", "organization", "government") \
                and s.named:
            if s.affiliation:
                bodies.add(s.affiliation)
            return _update(s, source_country=country)
        return s
    out = _each(attributions, change)
    if not bodies:
        return out

    def follow(s: Speaker) -> Speaker:
        if s.speaker is None or (s.speaker_name not in bodies and s.affiliation not in bodies):
            return s
        if s.source_type == "report" and s.speaker_name in bodies:
            return _update(s, source_country=country)  # one document, one country (its title named them one)
        if s.source_country is None and s.named:
            return _update(s, source_country=country)
        return s
    return _each(out, follow)


# ------------------------------------------------------------------------------------------ a run-over quote's cue

def sources44_speakers(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Round 44's passes (see the module's docstring), in this order."""
    out = westminster_offices_s44(text, attributions)
    out = parties_s44(text, out)
    out = armed_bodies_s44(text, out)
    out = body_officer_s44(text, out)
    out = honorific_surname_s44(text, out)
    out = titled_document_s44(text, out)
    return government_country_s44(text, out, table)
