"""Attributions, lead round 49 (issue 16): the wire's unnamed market sources, a coordinated modifier, a company's
head and the Treasury, from the lead's reading of eight fresh 1987 wire stories.

One pass, ``lead49_attributions``, called once from ``extract_attributions`` after lead round 48's pass. Its invented
tests are in ``tests/test_lead49.py``. (The same reading put the US farm department in the sources table and let a
surname with its particle, "said de Vries", join the person named in full before; those are in ``sources.toml``
and ``speakers.py``.)

- **Unnamed people in a role are anonymous.** "money market dealers said", "one dealer said", "a majority of
  producers wanted": the golds type an unnamed trader, dealer or analyst ``anonymous`` ("one commercial trader",
  "banking analysts"), but round 43's plural rule reads two words at most and no singular, so these stayed
  ``person``. An unnamed ``person`` whose phrase is lower-case words ending in a role noun of ``GROUP_NOUNS_L48``
  (plural, or singular after "one", "a", "an", "another") is ``anonymous``.
- **A coordinated modifier.** "..., weather and crop analysts said": the parser makes "weather" the subject and
  "crop analysts" its conjunct, and the speaker was "weather", typed ``person``. A speaker that is one bare
  lower-case noun followed by "and" and lower-case words ending in a plural role noun is the whole phrase,
  ``anonymous``.
- **A company's head is a person.** "X, head of the consulting firm Y Inc., said": "head of" typed the named
  speaker ``government``. A named speaker typed ``government`` whose phrase has "head / chief / chairman / president
  / director of" a firm, a company or a name ending in a company suffix is ``person`` (the golds' convention for a
  company's officer), not state-affiliated.
- **The Treasury's officials.** "Treasury officials said" was typed ``organization`` (a capitalised body the table
  lacks); the Treasury is a government's department: ``government``, state-affiliated (no country: the phrase
  names none).
- **Folded in round 50 (``attr97``).** A market place's unnamed people ("Wall Street traders", "City dealers"),
  round93's ``PLACE_ROLE_93`` in its retyping, are read by ``_unnamed_role`` here (``anonymous``, no country);
  lead47's "said <Given> <Surname> of <Firm>" (a following "he" / "she" or the surname speaking) and this
  module's known given name are one rule, ``_person_of_firm`` (the firm the affiliation when lead47's evidence
  holds).
- **A group with a participle after it.** "Diplomatic sources, frustrated with ..., characterized ...": the
  speaker ran on through the participle's clause; it ends before the comma, ``anonymous`` when the group is
  unnamed.
"""

from __future__ import annotations

import re

from ...result import Attribution
from .lead48 import GROUP_NOUNS_L48
from .sources import SourceTable
from .sources42 import _phrase
from .speakers import FIRST_NAME_GENDER

#: Role nouns of unnamed people: round 48's list and the doubters the wire quotes.
ROLE_NOUNS_L49 = GROUP_NOUNS_L48 | {"skeptics", "sceptics"}
_PLURALS = "|".join(sorted(ROLE_NOUNS_L49, key=len, reverse=True))
_SINGULARS = "|".join(sorted({w[:-1] for w in ROLE_NOUNS_L49}, key=len, reverse=True))
#: Lower-case words after a plural role noun: "at several companies" (not "for the county": a body's lawyers speak
#: for the body, and keep its type).
_WHERE = r"(?:\s+(?:at|of|with|from)\s+(?:[a-z][a-z.-]*\s+){0,4}[a-z][a-z.-]*)?"
#: After a singular one, only "of a / an ..." ("the trading manager of an oil company"): "a worker at the site" is
#: typed as before.
_OF_A = r"(?:\s+of\s+an?\s+(?:[a-z][a-z.-]*\s+){0,3}[a-z][a-z.-]*)?"
#: An unnamed group or one unnamed person in a role: lower-case words before the role noun, and after it.
UNNAMED_ROLE_L49 = re.compile(
    rf"(?:(?:the|some|many|several|most|other|two|three|a majority of|a group of|a number of)\s+)?"
    rf"(?:[a-z][a-z.-]*\s+){{0,3}}(?:{_PLURALS}){_WHERE}"
    rf"|(?:one|a|an|another|the)\s+(?:[a-z][a-z.-]*\s+){{0,3}}(?:{_SINGULARS}){_OF_A}")
#: "weather and crop analysts": "and", then lower-case words ending in a plural role noun, right after the speaker.
COORDINATED_L49 = re.compile(rf"\s+and\s+(?:[a-z][a-z-]*\s+){{0,2}}(?:{_PLURALS})\b")
#: A company's head: "head of the consulting firm ...", "chairman of ... Inc."
COMPANY_HEAD_L49 = re.compile(
    r",\s+(?:the\s+)?(?:head|chief|chairman|president|director|managing director)\s+of\s+(?:the\s+)?"
    r"(?:[\w&.-]+\s+){0,4}?(?:firm|company|consultancy|brokerage)\b"
    r"|,\s+(?:the\s+)?(?:head|chief|chairman|president|director|managing director)\s+of\s+.*\b"
    r"(?:Inc|Corp|Co|Ltd|Plc|PLC|AG|SA|NV)\.?$")
#: The Treasury's unnamed officials.
TREASURY_L49 = re.compile(r"(?:(?:the|a|an|one|some)\s+)?(?:U\.S\.\s+|US\s+|British\s+)?Treasury\s+"
                          r"(?:officials?|sources?|spokes(?:man|woman|person)|aides?)", re.IGNORECASE)
#: A group phrase, then a comma and a participle or "including" ("Diplomatic sources, frustrated with ...", "Other
#: analysts, including X of Y").
PARTICIPLE_AFTER_L49 = re.compile(rf"((?:[A-Za-z][a-z-]*\s+){{0,3}}(?:{_PLURALS})),\s+(?:[a-z]+ed|including)\b")
#: "<Given name> <Surname> of <Company>": a person of a firm, whom the "of" phrase made a body.
PERSON_OF_FIRM_L49 = re.compile(r"((?P<first>[A-Z][a-z]+)(?:\s+[A-Z]\.?)?\s+[A-Z][\w'’-]+)\s+of\s+[A-Z].*")
#: lead47's narrower shape: "<Given> <Surname> of <Firm>", two capitalised words, then "of" and a capitalised name.
PERSON_OF_FIRM_L47 = re.compile(r"(?P<name>(?P<given>[A-Z][a-z]+)\s+(?P<surname>[A-Z][a-z]+(?:-[A-Z][a-z]+)?))\s+of\s+"
                                r"(?P<firm>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)")
#: Words that make "<A> <B>" a body or a place, not a person's name ("Friends Committee of X", "United States of
#: America", "Royal Bank of Canada").
BODY_WORDS_L47 = frozenset({
    "bank", "group", "association", "council", "university", "institute", "ministry", "department", "office",
    "board", "commission", "committee", "society", "union", "federation", "league", "chamber", "court", "house",
    "party", "church", "republic", "kingdom", "states", "state", "united", "national", "federal", "royal", "city",
    "county", "province", "district", "government", "corporation", "company", "fund", "foundation", "friends",
    "museum", "college", "school", "academy", "agency", "authority", "service", "services", "bureau", "army",
    "navy", "force", "forces", "guard", "police", "secretary", "minister", "president", "director", "governor"})
#: The market's people a place names ("City dealers", "Wall Street traders"); "American lawyers" stay persons
#: (round93's ``PLACE_ROLE_93``, folded here).
MARKET_ROLES = "|".join(("traders", "dealers", "analysts", "brokers", "bankers", "economists", "investors",
                         "exporters", "importers", "producers", "growers", "sources"))
PLACE_ROLE = re.compile(rf"(?:[A-Z][a-z]+\s+){{1,3}}(?:{MARKET_ROLES})")


def _unnamed_role(text: str, a: Attribution) -> Attribution:
    if a.speaker is None or a.named or a.source_type != "person":
        return a
    phrase = _phrase(text, a)
    if PLACE_ROLE.fullmatch(phrase):
        return a.model_copy(update={"source_type": "anonymous", "source_country": None, "state_affiliated": False})
    if not UNNAMED_ROLE_L49.fullmatch(phrase[:1].lower() + phrase[1:]):
        return a
    return a.model_copy(update={"source_type": "anonymous", "state_affiliated": False})


def _coordinated(text: str, a: Attribution) -> Attribution:
    if a.speaker is None or a.named or not re.fullmatch(r"[a-z][a-z-]*", text[a.speaker.start:a.speaker.end]):
        return a
    m = COORDINATED_L49.match(text, a.speaker.end)
    if m is None or (a.cue is not None and a.speaker.start < a.cue.start < m.end()):
        return a
    speaker = a.speaker.model_copy(update={"end": m.end()})
    return a.model_copy(update={"speaker": speaker, "speaker_name": " ".join(text[a.speaker.start:m.end()].split()),
                                "source_type": "anonymous", "state_affiliated": False, "source_country": None})


def _company_head(text: str, a: Attribution) -> Attribution:
    if a.speaker is None or not a.named or a.source_type != "government":
        return a
    if not COMPANY_HEAD_L49.search(_phrase(text, a)):
        return a
    return a.model_copy(update={"source_type": "person", "state_affiliated": False})


def _treasury(text: str, a: Attribution) -> Attribution:
    if a.speaker is None or a.named or a.source_type == "government" or \
            not TREASURY_L49.fullmatch(_phrase(text, a)):
        return a
    return a.model_copy(update={"source_type": "government", "state_affiliated": True})


def _participle_after(text: str, a: Attribution) -> Attribution:
    if a.speaker is None or a.named:
        return a
    m = PARTICIPLE_AFTER_L49.match(text, a.speaker.start, a.speaker.end)
    if m is None or any(w[:1].isupper() for w in m.group(1).split()[1:]):
        return a
    speaker = a.speaker.model_copy(update={"end": m.end(1)})
    update: dict[str, object] = {"speaker": speaker, "speaker_name": " ".join(m.group(1).split())}
    if a.source_type == "person":
        update.update(source_type="anonymous", state_affiliated=False)
    return a.model_copy(update=update)


def _person_of_firm47(text: str, a: Attribution, table: SourceTable) -> Attribution | None:
    """lead47's evidence: "said <Given> <Surname> of <Firm>" where the text goes on to call the speaker "he" or
    "she" or names the surname alone as a speaker: the person, the firm the affiliation (None: not this shape)."""
    phrase = " ".join(text[a.speaker.start:a.speaker.end].split()) if a.speaker is not None else ""
    match = PERSON_OF_FIRM_L47.fullmatch(phrase)
    if match is None or {w.lower() for w in match.group("name").split()} & BODY_WORDS_L47:
        return None
    name, surname = match.group("name"), match.group("surname")
    if table.find_source(name) is not None or table.country_in(name) is not None:
        return None
    after = text[a.end:a.end + 200]
    surname_speaks = re.search(rf"\b{re.escape(surname)}\s+(?:said|says|added|told)\b|\bsaid\s+{re.escape(surname)}\b",
                               text[a.end:])
    if re.match(r"[^.!?]*[.!?][\"”’]?\s+(?:He|She)\b", after) is None and surname_speaks is None:
        return None
    return a.model_copy(update={"speaker_name": name, "source_type": "person", "state_affiliated": False,
                                "affiliation": match.group("firm")})


def _person_of_firm(text: str, a: Attribution, table: SourceTable | None = None) -> Attribution:
    """"<Given> <Surname> of <Firm>" typed ``organization``: a person, by lead47's evidence (a pronoun or the
    surname speaking after) or by a known given name (the module's notes)."""
    if a.speaker is None or a.source_type != "organization":
        return a
    if table is not None:
        person = _person_of_firm47(text, a, table)
        if person is not None:
            return person
    if not a.named:
        return a
    m = PERSON_OF_FIRM_L49.fullmatch(_phrase(text, a))
    if m is None or m.group("first").lower() not in FIRST_NAME_GENDER:
        return a
    return a.model_copy(update={"speaker_name": m.group(1), "source_type": "person", "state_affiliated": False})


def _given_name(out: list[Attribution]) -> list[Attribution]:
    """A bare given name ("Somchai said") after the full name it opens ("Industry Minister Somchai Boonmee said"):
    the same person, when one full name of the article opens with it and none ends with it."""
    full = {a.speaker_name for a in out if a.named and a.speaker_name and len(a.speaker_name.split()) in (2, 3)}
    changed = []
    for a in out:
        name = a.speaker_name
        if a.named and name and re.fullmatch(r"[A-Z][a-z]+", name):
            opens = [f for f in full if f.split()[0] == name]
            ends = [f for f in full if f.split()[-1] == name]
            if len(opens) == 1 and not ends:
                model = next(b for b in out if b.speaker_name == opens[0])
                a = a.model_copy(update={"speaker_name": model.speaker_name, "source_type": model.source_type,
                                         "source_country": model.source_country,
                                         "state_affiliated": model.state_affiliated})
        changed.append(a)
    return changed


def lead49_attributions(text: str, attributions: list[Attribution],
                        table: SourceTable | None = None) -> list[Attribution]:
    """Round 49's lead rules, as the module's notes say."""
    out = []
    for a in attributions:
        a = _participle_after(text, a)
        a = _coordinated(text, a)
        a = _unnamed_role(text, a)
        a = _company_head(text, a)
        a = _person_of_firm(text, a, table)
        a = _treasury(text, a)
        if a.speaker_name and "  " in a.speaker_name:
            a = a.model_copy(update={"speaker_name": " ".join(a.speaker_name.split())})
        out.append(a)
    return _given_name(out)
