"""Source typing, round 49 (issue 16, branch ``sources49``; gold ``sources_real49``): round 46's open leads.

One entry point, ``sources49_speakers``, called once from ``extract_attributions`` right after round 46's
``sources46_speakers`` (the last sources pass): types, names and countries only (no span moves, so no attribution
is added or dropped).

- ``federal_opposition_s49``: "The Federal Opposition" as a whole speaker phrase is the Australian party body:
  ``politician``, unnamed (as "the Federal Government" is, round 46's convention 6), AU where the article reads
  Australian (round 46's ``_bare_reserve46`` markers, or an Australian party); a later speaker the tagger gave the
  same name ("The Opposition") follows.
- ``shadow_office_s49``: "Shadow Treasurer X", "the Shadow Minister for Y, X", "Shadow Y Minister X": an
  opposition politician, whom round 44's Westminster offices (whose pattern lets "Shadow" through) or the actor
  dictionary type ``government``, is a ``politician`` (the scheme's type for legislators and party figures), every
  mention of the name.
- ``deputy_executive_s49``: "<Company>'s deputy chief executive X" (a company's officer, ``person``) read as a
  ``politician`` for its "deputy" is a ``person``, every mention of the name.
- ``bank_governor_s49``: "the Reserve Bank governor, X" is a central bank's officer (``government``) of the bank's
  country, over a country his own story gave (round 46's ``central_bank_s46`` reading: a bare "Reserve Bank" is AU
  where the article reads Australian).
- ``office_country_s49``: an office holder (``government`` / ``politician``) named in full with a country keeps
  that country in his other mentions ("he", "Mr X") where their own sentence gave another or none (a pronoun whose
  quotation speaks of the American economy is not American).
- ``northern_alliance_s49``: "The Northern Alliance" (the anti-Taliban front of the 2001 war) of no country is AF.
- ``igo_office_s49``: a named speaker whose own phrase gives him an international body's office ("a former arms
  inspector for the United Nations in <Country>, X", "UN envoy X") has no country (the sources convention: international
  bodies and their officers are of none; the country in his phrase is where the office works), every mention.
- ``agency_report_s49``: a bare "The report" right after a sentence that names a news outlet of the source table
  as the one that quoted or reported ("quoted by the <Agency> news agency as telling ...") is that outlet's report:
  ``media``, named, of the outlet's country (round 26's gold: "the report continued" is Reuters).
- ``administrators_s49``: "<Company> administrators" (or liquidators, receivers) speaking, left ``anonymous``,
  is the body that runs the company in administration: ``organization``, named by the company (round 26's gold:
  "Kremlin authorities" named "Kremlin"), AU where the article reads Australian (as for "the Federal Opposition").
- ``nested_says_s49`` (adds attributions): a reported statement whose content opens with another speaker's own
  "Mr X says ..." ("The report says Mr X says <what>") holds X's nested statement: X (a titled surname that names
  one full-named speaker of the article) is a speaker of <what>, typed, named and placed as that speaker; the outer
  statement is kept (round 44's convention 8: speech nested in another's words is the inner speaker's too).
"""

from __future__ import annotations

import re

from ...result import Attribution, AttributionSource, Span
from .sources import SourceTable
from .sources42 import _all as _all49
from .sources42 import _each, _names_updated, _update
from .sources42 import _phrase as _phrase49
from .sources46 import BANK_COUNTRY_S46, SENTENCE_START_S46, _bare_reserve46

Speaker = Attribution | AttributionSource


# ------------------------------------------------------------------------------------------ the Federal Opposition

#: "The Federal Opposition" as a whole speaker phrase.
FEDERAL_OPPOSITION_S49 = re.compile(r"(?:[Tt]he\s+)?(?:Federal|federal)\s+Opposition")
#: Australia's parties (an article naming one is an Australian story for "the Federal Opposition").
AU_PARTIES_S49 = re.compile(r"\b(?:Labor|Liberal\s+Party|Liberals|Nationals|Australian\s+Democrats|One\s+Nation)\b")


def federal_opposition_s49(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """"The Federal Opposition" is an unnamed ``politician`` speaker, AU in an Australian story."""
    hits = [s for s in _all49(attributions) if s.speaker is not None
            and FEDERAL_OPPOSITION_S49.fullmatch(_phrase49(text, s))]
    if not hits:
        return attributions
    names = {str(s.speaker_name) for s in hits if s.speaker_name}
    country = "AU" if _bare_reserve46(text) == "AU" or AU_PARTIES_S49.search(text) else None

    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.source_type not in ("politician", "organization", "anonymous", "government"):
            return s
        if not FEDERAL_OPPOSITION_S49.fullmatch(_phrase49(text, s)) and s.speaker_name not in names:
            return s
        return _update(s, source_type="politician", named=False, speaker_name=None,
                       source_country=s.source_country or country)
    return _each(attributions, change)


# ------------------------------------------------------------------------------------------ shadow ministers

#: A shadow minister's office right before the name ("Shadow Treasurer X", "the Shadow Minister for Y, X",
#: "Shadow Health Minister X", "the shadow attorney-general, X").
SHADOW_OFFICE_S49 = re.compile(r"\b[Ss]hadow\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:[Tt]reasurer|[Mm]inister|"
                               r"[Aa]ttorney-[Gg]eneral|[Ss]ecretary)(?:\s+for\s+[A-Z][\w'’-]*"
                               r"(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*)?,?\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)$")


def shadow_office_s49(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """A shadow minister typed ``government`` is a ``politician`` (every mention of the name)."""
    names = set()
    for s in _all49(attributions):
        if s.speaker is None or not s.speaker_name:
            continue
        m = SHADOW_OFFICE_S49.search(_phrase49(text, s))
        if m is not None and m.group("name").endswith(str(s.speaker_name).split()[-1]):
            names.add(str(s.speaker_name))
    if not names:
        return attributions
    return _names_updated(attributions, names, ("government",), source_type="politician")


# ------------------------------------------------------------------------------------------ a company's deputy

#: "<Company>'s deputy chief executive X", "deputy managing director X": a company's officer.
DEPUTY_EXECUTIVE_S49 = re.compile(r"\b[Dd]eputy\s+(?:chief\s+executive(?:\s+officer)?|managing\s+director|"
                                  r"general\s+manager|chief\s+operating\s+officer|chairman|chairwoman|CEO)"
                                  r",?\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)$")


def deputy_executive_s49(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """A company's deputy executive typed ``politician`` (for "deputy") is a ``person`` (every mention)."""
    names = set()
    for s in _all49(attributions):
        if s.speaker is None or s.source_type != "politician" or not s.speaker_name:
            continue
        m = DEPUTY_EXECUTIVE_S49.search(_phrase49(text, s))
        if m is not None and m.group("name") == s.speaker_name:
            names.add(str(s.speaker_name))
    if not names:
        return attributions
    return _names_updated(attributions, names, ("politician",), source_type="person")


# ------------------------------------------------------------------------------------------ a central bank's governor

#: "the Reserve Bank governor, X", "Bank of Japan Governor X", "the Federal Reserve chairman X".
BANK_GOVERNOR_S49 = re.compile(r"(?:[Tt]he\s+)?(?P<bank>Reserve\s+Bank(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?|"
                               r"Federal\s+Reserve|Bank\s+of\s+(?:England|Japan|Canada|France|Italy|Korea|Thailand|"
                               r"Israel))\s+(?:[Dd]eputy\s+)?(?:[Gg]overnor|[Cc]hairman|[Cc]hief),?\s+"
                               r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)$")


def bank_governor_s49(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """A central bank's governor is ``government`` of the bank's country (every mention)."""
    found: dict[str, str] = {}
    for s in _all49(attributions):
        if s.speaker is None or not s.speaker_name:
            continue
        m = BANK_GOVERNOR_S49.search(_phrase49(text, s))
        if m is None or m.group("name") != s.speaker_name:
            continue
        bank = " ".join(m.group("bank").split())
        country = _bare_reserve46(text) if bank == "Reserve Bank" else BANK_COUNTRY_S46.get(bank)
        if country:
            found[str(s.speaker_name)] = country
    if not found:
        return attributions

    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.speaker_name not in found:
            return s
        return _update(s, source_type="government", source_country=found[str(s.speaker_name)])
    return _each(attributions, change)


# ------------------------------------------------------------------------------------------ one office, one country

OFFICE_TYPES_S49 = frozenset({"government", "politician"})


def office_country_s49(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """An office holder's full-name mention's country holds for his other mentions (see the module's docstring)."""
    found: dict[str, str] = {}
    clash: set[str] = set()
    for s in _all49(attributions):
        if s.speaker is None or s.source_type not in OFFICE_TYPES_S49 or not s.named or not s.speaker_name \
                or " " not in str(s.speaker_name) or not s.source_country:
            continue
        if str(s.speaker_name) not in _phrase49(text, s):
            continue
        if found.setdefault(str(s.speaker_name), s.source_country) != s.source_country:
            clash.add(str(s.speaker_name))
    for name in clash:
        del found[name]
    if not found:
        return attributions

    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.source_type not in OFFICE_TYPES_S49 or s.speaker_name not in found:
            return s
        country = found[str(s.speaker_name)]
        return s if s.source_country == country else _update(s, source_country=country)
    return _each(attributions, change)


# ------------------------------------------------------------------------------------------ the Northern Alliance

NORTHERN_ALLIANCE_S49 = re.compile(r"(?:[Tt]he\s+)?Northern\s+Alliance")


def northern_alliance_s49(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """"The Northern Alliance" of no country is Afghanistan's (an Afghan armed front, round 44's militias)."""
    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.source_country is not None or s.source_type != "organization":
            return s
        if not NORTHERN_ALLIANCE_S49.fullmatch(_phrase49(text, s)):
            return s
        return _update(s, source_country="AF")
    return _each(attributions, change)


# ------------------------------------------------------------------------------------------ an international office

#: An international body's office in a speaker's own phrase (no "ambassador to", no country's envoy).
IGO_OFFICE_S49 = re.compile(r"\b(?:inspector|envoy|official|spokes(?:man|woman|person)|co-?ordinator|representative|"
                            r"commissioner|administrator)s?\s+(?:for|of|with|at)\s+the\s+(?:United\s+Nations|UN)\b|"
                            r"\b(?:UN|United\s+Nations)(?:['’]s)?\s+(?:(?:chief|special|senior|weapons|humanitarian|"
                            r"former|top)\s+)*(?:inspector|envoy|official|spokes(?:man|woman|person)|co-?ordinator|"
                            r"representative|commissioner|administrator)s?\b")
AMBASSADOR_S49 = re.compile(r"\b[Aa]mbassador\b")


def igo_office_s49(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """A named speaker holding an international body's office has no country (every mention of the name)."""
    names = set()
    for s in _all49(attributions):
        if s.speaker is None or not s.speaker_name or not s.named or s.source_country is None \
                or s.source_type not in ("person", "organization"):
            continue
        phrase = _phrase49(text, s)
        if IGO_OFFICE_S49.search(phrase) and not AMBASSADOR_S49.search(phrase) \
                and phrase.endswith(str(s.speaker_name)):
            names.add(str(s.speaker_name))
    if not names:
        return attributions
    return _names_updated(attributions, names, ("person", "organization"), source_country=None)


# ------------------------------------------------------------------------------------------ an agency's report

#: "The report" as a whole speaker phrase.
BARE_REPORT_S49 = re.compile(r"[Tt]he\s+report")
#: An outlet that quoted or reported, named right before ("quoted by the X news agency as", "X reported").
QUOTED_BY_S49 = re.compile(r"\b(?:quoted|reported|cited)\s+(?:by|in)\s+(?:the\s+)?(?P<outlet>[A-Z][\w.'’&-]*"
                           r"(?:\s+[A-Z][\w.'’&-]*){0,3})")
SENTENCE_STOP_S49 = SENTENCE_START_S46


def agency_report_s49(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """"The report" after a sentence naming the outlet that quoted or reported is that outlet's (see above)."""
    outlets: dict[int, tuple[str, str | None]] = {}
    for s in _all49(attributions):
        if s.speaker is None or s.source_type != "report" or s.named or \
                not BARE_REPORT_S49.fullmatch(_phrase49(text, s)):
            continue
        start = s.speaker.start
        stops = [m.end() for m in SENTENCE_STOP_S49.finditer(text, 0, start)]
        if not stops or stops[-1] != start:
            continue  # "The report" opens its sentence
        before = text[stops[-2] if len(stops) > 1 else 0:start]
        hits = [m.group("outlet") for m in QUOTED_BY_S49.finditer(before)]
        found = [table.find_source(h) for h in hits]
        media = {(e.name, e.country) for f in found if f is not None for e in (f[0],) if e.type == "media"}
        if len(media) == 1:
            outlets[start] = media.pop()
    if not outlets:
        return attributions

    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.speaker.start not in outlets or s.source_type != "report":
            return s
        name, country = outlets[s.speaker.start]
        return _update(s, source_type="media", named=True, speaker_name=name, source_country=country)
    return _each(attributions, change)


# ------------------------------------------------------------------------------------------ a company's administrators

#: "<Company> administrators" as a whole speaker phrase.
ADMINISTRATORS_S49 = re.compile(r"(?:[Tt]he\s+)?(?P<company>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2})['’]?s?\s+"
                                r"(?:administrators?|liquidators?|receivers?)")


def administrators_s49(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """"<Company> administrators" speaking is an ``organization`` named by the company (see above)."""
    country = "AU" if _bare_reserve46(text) == "AU" or AU_PARTIES_S49.search(text) else None

    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.source_type != "anonymous":
            return s
        m = ADMINISTRATORS_S49.fullmatch(_phrase49(text, s))
        if m is None or m.group("company") in ("The", "Federal", "State"):
            return s
        return _update(s, source_type="organization", named=True, speaker_name=m.group("company"),
                       source_country=s.source_country or country)
    return _each(attributions, change)


# ------------------------------------------------------------------------------------------ nested speech

#: "Mr X says <what>" opening a statement's content.
NESTED_SAYS_S49 = re.compile(r"(?P<sp>(?:Mr|Mrs|Ms|Dr)\.?\s+(?P<surname>[A-Z][\w'’-]+))\s+(?P<cue>says|said)\s+"
                             r"(?:that\s+)?(?=\S)")


def nested_says_s49(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """A content opening with "Mr X says" adds X's own statement (see the module's docstring)."""
    named: dict[str, Attribution] = {}
    for a in attributions:
        if a.speaker is not None and a.named and a.speaker_name and " " in a.speaker_name \
                and a.speaker_name in _phrase49(text, a):
            named.setdefault(a.speaker_name.split()[-1], a)
    speakers = {a.speaker.start for a in attributions if a.speaker is not None}
    out = list(attributions)
    for a in attributions:
        if a.speaker is None or a.kind != "indirect":
            continue
        m = NESTED_SAYS_S49.match(text, a.content.start)
        if m is None or m.end() >= a.content.end or m.start("sp") in speakers:
            continue
        model = named.get(m.group("surname"))
        if model is None or model is a:
            continue
        evidence = "attribution:nested-says-s49"

        def span(start: int, end: int, label: str, score: float = a.score, evidence: str = evidence) -> Span:
            return Span(start=start, end=end, label=label, score=score, evidence=evidence)
        out.append(model.model_copy(update={
            "start": m.start("sp"), "end": a.content.end, "label": "indirect", "kind": "indirect",
            "evidence": evidence, "speaker": span(m.start("sp"), m.end("sp"), "speaker"),
            "cue": span(m.start("cue"), m.end("cue"), "cue"), "content": span(m.end(), a.content.end, "content"),
            "resolved_from": model.speaker, "sources": []}))
    if len(out) == len(attributions):
        return attributions
    out.sort(key=lambda x: (x.start, x.end))
    return out


def sources49_speakers(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Round 49's passes (see the module's docstring), in this order."""
    out = federal_opposition_s49(text, attributions)
    out = shadow_office_s49(text, out)
    out = deputy_executive_s49(text, out)
    out = bank_governor_s49(text, out)
    out = office_country_s49(text, out)
    out = northern_alliance_s49(text, out)
    out = igo_office_s49(text, out)
    out = agency_report_s49(text, out, table)
    out = administrators_s49(text, out)
    return nested_says_s49(text, out)
